/*
 * Setting and reading the service callbacks' functions (cbk.h).
 */
#include "pkgs/cbk/cbk.h"

#include <pthread.h>

/* Serialises the Set functions, so that registrations reach the modem in order. */
static pthread_mutex_t set_lock = PTHREAD_MUTEX_INITIALIZER;

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

ULONG slqs_cbk_set(struct slqs_cbk *k, slqs_cbk_fn fn, slqs_cbk_register_fn reg,
		   const void *arg)
{
	slqs_cbk_fn old;
	ULONG rc;

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
	if (!slqs_cbk_get(k))
		slqs_ind_unsubscribe(k->ind, k->handler);
	pthread_mutex_unlock(&set_lock);
	return rc;
}
