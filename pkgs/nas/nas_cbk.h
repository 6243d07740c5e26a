/*
 * The NAS callbacks that share Register Indications (nas_cbk_serving_api.c,
 * nas_cbk_siginfo_api.c): the runtime resends only the latest one after a
 * reset (cbk.h), so each adds what the other callbacks still set need.
 * Internal to the SDK; called with the kinds' lock held.
 */
#ifndef SLQS_PKGS_NAS_NAS_CBK_H
#define SLQS_PKGS_NAS_NAS_CBK_H

#include "pkgs/nas/nas_msg.h"

/* Adds the serving system report when its callbacks still need it. */
void slqs_nas_cbk_serving_needs(struct nas_register_indications_req *req);

/* Adds the signal info report when its callback is still set. */
void slqs_nas_cbk_sig_info_needs(struct nas_register_indications_req *req);

#endif
