/*
 * CTL (service 0) messages: the control service every QMUX transport
 * speaks to allocate and release client ids.
 */
#ifndef SLQS_PKGS_CTL_MSG_H
#define SLQS_PKGS_CTL_MSG_H

#include <stdint.h>

#include "core/codec.h"
#include "core/msgdef.h"

#define CTL_MAX_SERVICES 64

/* ---- the messages: one block each, in ctl_msgs.def (see core/msgdef.h) ---- */

#define QMI_MSGDEF_MODE DECLARE
#include "pkgs/ctl/ctl_msgs.def"
#undef QMI_MSGDEF_MODE

/** Every CTL message, NULL-terminated. */
extern const struct qmi_msg *const slqs_ctl_msgs[];

#endif

