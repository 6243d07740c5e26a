/*
 * The loop's timers: a list sorted by time, earliest first. A timer is
 * armed only while something is due (a request's deadline, a device to
 * reopen, a refused peer to close), so an idle daemon has none and sleeps
 * until an fd wakes it. Most timers are armed later than every other
 * (equal timeouts), so the insertion walks from the tail.
 */
#include <limits.h>

#include "pkgs/sdk/sdk.h"

void sdk_timer_init(struct sdk_timer *t, void (*fn)(struct sdk *s, struct sdk_timer *t))
{
	list_init(&t->link);
	t->at = 0;
	t->fn = fn;
}

bool sdk_timer_armed(const struct sdk_timer *t)
{
	return !list_empty(&t->link);
}

void sdk_timer_cancel(struct sdk_timer *t)
{
	list_del(&t->link);
}

void sdk_timer_arm(struct sdk *s, struct sdk_timer *t, uint64_t at)
{
	struct list *pos;

	list_del(&t->link);
	t->at = at;
	for (pos = s->timers.prev; pos != &s->timers; pos = pos->prev)
		if (list_entry(pos, struct sdk_timer, link)->at <= at)
			break;
	/* after pos: the first timer not later than this one, or the head */
	t->link.prev = pos;
	t->link.next = pos->next;
	pos->next->prev = &t->link;
	pos->next = &t->link;
}

void sdk_timers_run(struct sdk *s)
{
	while (!list_empty(&s->timers)) {
		struct sdk_timer *t = list_entry(s->timers.next, struct sdk_timer, link);

		if (t->at > s->now)
			break;
		list_del(&t->link);	/* its call may arm it again */
		t->fn(s, t);
	}
}

int sdk_timers_wait_ms(const struct sdk *s)
{
	const struct sdk_timer *t;

	if (list_empty(&s->timers))
		return -1;
	t = list_entry(s->timers.next, struct sdk_timer, link);
	if (t->at <= s->now)
		return 0;
	return t->at - s->now > INT_MAX ? INT_MAX : (int)(t->at - s->now);
}
