/* The daemon's timer list: sorted, re-armable, fired in order, never while unarmed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "pkgs/sdk/sdk.h"

static struct sdk s;
static char fired[16];
static size_t n_fired;

struct named_timer {
	struct sdk_timer t;
	char name;
};

static void record(struct sdk *sp, struct sdk_timer *t)
{
	(void)sp;
	fired[n_fired++] = list_entry(t, struct named_timer, t)->name;
}

static int setup(void **state)
{
	(void)state;
	memset(&s, 0, sizeof(s));
	list_init(&s.timers);
	s.now = 100;
	n_fired = 0;
	memset(fired, 0, sizeof(fired));
	return 0;
}

static void fire_in_time_order(void **state)
{
	struct named_timer a = { .name = 'a' }, b = { .name = 'b' }, c = { .name = 'c' };

	(void)state;
	sdk_timer_init(&a.t, record);
	sdk_timer_init(&b.t, record);
	sdk_timer_init(&c.t, record);
	assert_int_equal(sdk_timers_wait_ms(&s), -1);
	sdk_timer_arm(&s, &b.t, 300);
	sdk_timer_arm(&s, &a.t, 200);
	sdk_timer_arm(&s, &c.t, 300);	/* equal times: in the order armed */
	assert_int_equal(sdk_timers_wait_ms(&s), 100);
	s.now = 299;
	sdk_timers_run(&s);
	assert_string_equal(fired, "a");
	assert_false(sdk_timer_armed(&a.t));
	s.now = 1000;
	sdk_timers_run(&s);
	assert_string_equal(fired, "abc");
	assert_int_equal(sdk_timers_wait_ms(&s), -1);
}

static void rearm_and_cancel(void **state)
{
	struct named_timer a = { .name = 'a' }, b = { .name = 'b' };

	(void)state;
	sdk_timer_init(&a.t, record);
	sdk_timer_init(&b.t, record);
	sdk_timer_arm(&s, &a.t, 200);
	sdk_timer_arm(&s, &b.t, 300);
	sdk_timer_arm(&s, &a.t, 400);	/* moved behind b */
	assert_int_equal(sdk_timers_wait_ms(&s), 200);
	sdk_timer_cancel(&b.t);
	sdk_timer_cancel(&b.t);		/* twice is harmless */
	assert_int_equal(sdk_timers_wait_ms(&s), 300);
	sdk_timer_arm(&s, &b.t, 0);	/* due at once */
	assert_int_equal(sdk_timers_wait_ms(&s), 0);
	s.now = 500;
	sdk_timers_run(&s);
	assert_string_equal(fired, "ba");
}

static struct named_timer again = { .name = 'r' };

static void rearm_self(struct sdk *sp, struct sdk_timer *t)
{
	record(sp, t);
	if (n_fired < 3)
		sdk_timer_arm(sp, t, sp->now + 10);
}

static void a_timer_may_rearm_itself(void **state)
{
	(void)state;
	sdk_timer_init(&again.t, rearm_self);
	sdk_timer_arm(&s, &again.t, 100);
	sdk_timers_run(&s);	/* fires once: the next is in the future */
	assert_string_equal(fired, "r");
	assert_int_equal(sdk_timers_wait_ms(&s), 10);
	s.now = 1000;
	sdk_timers_run(&s);	/* re-armed from the new now: once per run */
	assert_string_equal(fired, "rr");
	assert_int_equal(again.t.at, 1010);
	s.now = 1010;
	sdk_timers_run(&s);
	assert_string_equal(fired, "rrr");
	assert_false(sdk_timer_armed(&again.t));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(fire_in_time_order, setup),
		cmocka_unit_test_setup(rearm_and_cancel, setup),
		cmocka_unit_test_setup(a_timer_may_rearm_itself, setup),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
