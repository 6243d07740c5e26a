/*
 * Setting and reading the service callbacks' functions (cbk.h).
 */
#include "pkgs/cbk/cbk.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "api/qmerrno.h"
#include "core/log.h"

/* Serialises the Set functions, so that registrations reach the modem in order. */
static pthread_mutex_t set_lock = PTHREAD_MUTEX_INITIALIZER;
static struct slqs_cbk *every_kind;	/* every kind ever set (set_lock) */
static int modem_lost;			/* the modem went away since it was READY */
static pthread_once_t listening = PTHREAD_ONCE_INIT;

slqs_cbk_fn slqs_cbk_get(const struct slqs_cbk *k)
{
	return __atomic_load_n(&k->fn, __ATOMIC_ACQUIRE);
}

static void store(struct slqs_cbk *k, slqs_cbk_fn fn)
{
	__atomic_store_n(&k->fn, fn, __ATOMIC_RELEASE);
}

int slqs_cbk_any(const struct slqs_cbk *const *kinds, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (slqs_cbk_get(kinds[i]))
			return 1;
	return 0;
}

/* The modem is back with new client ids: the registrations of the set kinds are gone. */
static void on_state(enum slqs_dev_state state, int reset, void *ctx)
{
	(void)reset, (void)ctx;
	pthread_mutex_lock(&set_lock);
	if (state == SLQS_DEV_DISCONNECTED) {
		modem_lost = 1;
	} else if (modem_lost) {
		modem_lost = 0;
		for (struct slqs_cbk *k = every_kind; k; k = k->next) {
			ULONG rc = slqs_cbk_get(k) ? k->reg(k->arg, 1) : eQCWWAN_ERR_NONE;

			if (rc)
				log_warn("slqsqmi: %s: callback not registered again: %u",
					 k->ind->name, (unsigned)rc);
		}
	}
	pthread_mutex_unlock(&set_lock);
}

static void listen_once(void)
{
	slqs_state_listen(on_state, NULL);
}

/* Keeps what the kind needs to register again (set_lock held). */
static void remember(struct slqs_cbk *k, slqs_cbk_register_fn reg, const void *arg,
		     size_t arg_size)
{
	void *copy = arg && arg_size ? malloc(arg_size) : NULL;

	if (copy)
		memcpy(copy, arg, arg_size);
	else if (arg && arg_size)
		log_warn("slqsqmi: out of memory: %s not registered again after a reset",
			 k->ind->name);
	free(k->arg);
	k->arg = copy;
	k->reg = reg;
	if (!k->listed) {
		k->listed = 1;
		k->next = every_kind;
		every_kind = k;
	}
}

ULONG slqs_cbk_set(struct slqs_cbk *k, slqs_cbk_fn fn, slqs_cbk_register_fn reg,
		   const void *arg, size_t arg_size)
{
	slqs_cbk_fn old;
	ULONG rc;

	pthread_once(&listening, listen_once);
	pthread_mutex_lock(&set_lock);
	old = slqs_cbk_get(k);
	if (fn) {
		rc = slqs_ind_subscribe(k->ind, k->handler, NULL);
		if (rc) {
			pthread_mutex_unlock(&set_lock);
			return rc;
		}
	}
	store(k, fn);
	rc = reg(arg, fn != NULL);
	if (rc && fn)
		store(k, old);
	else if (fn)
		remember(k, reg, arg, arg_size);
	if (!slqs_cbk_get(k))
		slqs_ind_unsubscribe(k->ind, k->handler);
	pthread_mutex_unlock(&set_lock);
	return rc;
}
