/*
 * Every message table the SDK knows, for look-ups by (service, message id):
 * trace names, generic tools and the table checks in the unit tests.
 */
#ifndef SLQS_PKGS_ALL_MSG_H
#define SLQS_PKGS_ALL_MSG_H

#include <stdint.h>

#include "core/codec.h"

/** Each service's NULL-terminated message list; the array ends with NULL. */
extern const struct qmi_msg *const *const slqs_all_msgs[];

/** The message `id` of `service`, or NULL when no table describes it. */
const struct qmi_msg *slqs_msg_lookup(uint8_t service, uint16_t id);

/** Its name ("Get Model"), or NULL; fits slqs_log_set_msg_namer(). */
const char *slqs_msg_name(uint8_t service, uint16_t id);

#endif
