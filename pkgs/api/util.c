#include "pkgs/api/rt.h"

#include <string.h>

#include "api/qmerrno.h"
#include "pkgs/api/slqs_call.h"

void slqs_rt_deadline(struct timespec *ts, ULONG ms)
{
	clock_gettime(CLOCK_MONOTONIC, ts);
	ts->tv_sec += ms / 1000;
	ts->tv_nsec += (long)(ms % 1000) * 1000000L;
	if (ts->tv_nsec >= 1000000000L) {
		ts->tv_sec++;
		ts->tv_nsec -= 1000000000L;
	}
}

int slqs_rt_cond_init(pthread_cond_t *c)
{
	pthread_condattr_t a;
	int rc;

	if (pthread_condattr_init(&a))
		return -1;
	/* Timeouts must not jump with the wall clock (NTP, manual changes). */
	rc = pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
	if (!rc)
		rc = pthread_cond_init(c, &a);
	pthread_condattr_destroy(&a);
	return rc ? -1 : 0;
}

bool slqs_rt_strcpy(char *dst, size_t size, const char *src)
{
	size_t n = strlen(src);

	if (n >= size) {
		if (size)
			dst[0] = '\0';
		return false;
	}
	memcpy(dst, src, n + 1);
	return true;
}

/* Here, not in call.c: the unit tests that fake the calls keep the real copy. */
ULONG slqs_copy_string(CHAR *dst, size_t size, const char *src)
{
	if (!dst || size == 0 || !src)
		return eQCWWAN_ERR_INVALID_ARG;
	return slqs_rt_strcpy(dst, size, src) ? eQCWWAN_ERR_NONE : eQCWWAN_ERR_BUFFER_SZ;
}
