/*
 * What the service callback files (the cbk_api.c files of pkgs/nas, dms, uim) share: one
 * kind of callback (SetPowerCallback's, SetRFInfoCallback's ...) is the
 * application's function, the indication it is made from and the handler
 * subscribed to that indication while the function is set. Internal to
 * the SDK.
 *
 * Setting a kind is serialised with every other kind's: the function that
 * registers the indications at the modem sees every kind's current
 * function, so it can keep on what another callback still needs.
 */
#ifndef SLQS_PKGS_CBK_CBK_H
#define SLQS_PKGS_CBK_CBK_H

#include "api/inc/SwiDataTypes.h"
#include "pkgs/api/slqs_call.h"

/* Any application callback, stored as this type and cast back by its handler. */
typedef void (*slqs_cbk_fn)(void);

struct slqs_cbk {
	slqs_cbk_fn fn;			/* the application's function; NULL: none */
	const struct qmi_msg *ind;	/* the indication it is made from */
	slqs_ind_fn handler;		/* decodes it and calls fn */
	/* Kept by slqs_cbk_set() to register again after a reset: */
	ULONG (*reg)(const void *arg, int on);
	void *arg;			/* a copy of the last accepted arg */
	struct slqs_cbk *next;		/* every kind ever set */
	int listed;
};

/* A kind made from indication `msg`, decoded by handler `fn_`. */
#define SLQS_CBK_KIND(msg, fn_) { .ind = (msg), .handler = (fn_) }

/*
 * Tells the modem to send (on != 0) or stop the indications a kind needs;
 * `arg` is what the Set function passed along (thresholds ...). Runs with
 * the kinds' lock held, after the kind's new function is stored.
 */
typedef ULONG (*slqs_cbk_register_fn)(const void *arg, int on);

/*
 * Makes fn (NULL: none) the kind's function: subscribes its handler, then
 * registers at the modem with reg(arg, fn != NULL). When the modem refuses
 * a new function, the previous one stays (its registration is not
 * repeated) and the modem's error is returned; NULL always unsubscribes,
 * and returns what the modem said to the request turning it off.
 *
 * arg_size bytes of arg (none when arg is NULL) are kept: when the modem
 * comes back after a reset, an unplug or a lost daemon (its client ids,
 * and so its registrations, are gone), every kind that has a function is
 * registered again with reg(copy, 1), on the callback thread, before the
 * application's device-state callback hears READY.
 */
ULONG slqs_cbk_set(struct slqs_cbk *k, slqs_cbk_fn fn, slqs_cbk_register_fn reg,
		   const void *arg, size_t arg_size);

/* The kind's current function (any thread; NULL: none). */
slqs_cbk_fn slqs_cbk_get(const struct slqs_cbk *k);

/* Whether any of the n kinds has a function (for reg: what is still needed). */
int slqs_cbk_any(const struct slqs_cbk *const *kinds, size_t n);

#endif
