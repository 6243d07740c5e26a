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
 *
 * Registering again after a modem reset, an unplug, a restarted daemon or
 * a lost client id is the runtime's job: the register functions send
 * their requests through slqs_ind_enable() (pkgs/api/slqs_call.h), "off"
 * ones included, and the runtime resends the latest the modem accepted.
 * As it keeps one request per message, a request shared by several kinds
 * (NAS Set Event Report, NAS Register Indications) carries what every
 * kind still set needs, not only the caller's part.
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
};

/* A kind made from indication `msg`, decoded by handler `fn_`. */
#define SLQS_CBK_KIND(msg, fn_) { .ind = (msg), .handler = (fn_) }

/*
 * Tells the modem, through slqs_ind_enable(), to send (on != 0) or stop
 * the indications a kind needs; `arg` is what the Set function passed
 * along (thresholds ...). Runs with the kinds' lock held, after the kind's
 * new function is stored.
 */
typedef ULONG (*slqs_cbk_register_fn)(const void *arg, int on);

/*
 * Makes fn (NULL: none) the kind's function: subscribes its handler, then
 * registers at the modem with reg(arg, fn != NULL). When the modem refuses
 * a new function, the previous one stays (its registration is not
 * repeated) and the modem's error is returned; NULL always unsubscribes,
 * and returns what the modem said to the request turning it off.
 */
ULONG slqs_cbk_set(struct slqs_cbk *k, slqs_cbk_fn fn, slqs_cbk_register_fn reg,
		   const void *arg);

/* The kind's current function (any thread; NULL: none). */
slqs_cbk_fn slqs_cbk_get(const struct slqs_cbk *k);

/* Whether any of the n kinds has a function (for reg: what is still needed). */
int slqs_cbk_any(const struct slqs_cbk *const *kinds, size_t n);

#endif
