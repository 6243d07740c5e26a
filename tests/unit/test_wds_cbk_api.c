/*
 * The data session callbacks (pkgs/wds/wds_cbk_api.c) against a fake
 * runtime, as tests/unit/test_cbk_api.c does for the NAS/DMS/UIM ones:
 * slqs_ind_enable() records the Set Event Report requests (encoded with
 * the real tables, compared byte for byte, with their client slot), and
 * indications are decoded from byte fixtures and handed to the subscribed
 * handlers on the slot they arrive on. Checked: what each callback gets
 * from Packet Service Status and Event Report indications (with the
 * session ids pkgs/wds/wds_api.h holds), the slot per
 * instance and family, counters passed on only when they changed, NULL
 * unsubscribing, argument errors, a refused registration.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "SWIWWANCMAPI.h"
#include "core/codec.h"
#include "pkgs/api/slqs_call.h"
#include "pkgs/wds/wds_api.h"
#include "pkgs/wds/wds_msg.h"
#include "tests/unit/ind_fake.h"

/* ---- the fake runtime ---------------------------------------------------------------- */

IND_FAKE_RUNTIME

/* The session bookkeeping (pkgs/wds/wds_slots_api.c) listens to device states: not here. */
ULONG slqs_state_listen(slqs_state_fn fn, void *ctx)
{
	(void)fn, (void)ctx;
	return eQCWWAN_ERR_NONE;
}

#define DELIVER(client, msg, ...)                                       \
	do {                                                            \
		static const uint8_t b_[] = { __VA_ARGS__ };            \
		ind_fake_deliver(client, msg, b_, sizeof b_);           \
	} while (0)

#define EXPECT_SENT(i, slot, ...)                                              \
	do {                                                                   \
		static const uint8_t e_[] = { __VA_ARGS__ };                   \
		assert_true((i) < fake_rt.n_sent);                             \
		assert_ptr_equal(fake_rt.sent[i].msg, &slqs_wds_event_report); \
		assert_int_equal(fake_rt.sent[i].client, (slot));              \
		assert_int_equal(fake_rt.sent[i].timeout_ms, 2000);            \
		assert_int_equal(fake_rt.sent[i].len, sizeof e_);              \
		assert_memory_equal(fake_rt.sent[i].tlv, e_, sizeof e_);       \
	} while (0)

/* Set Event Report: statistics every 5 s (TX/RX packets and bytes), bearer, dormancy. */
#define EVENTS_ON_5S 0x11, 0x05, 0x00, 0x05, 0xC3, 0x00, 0x00, 0x00, \
		     0x12, 0x01, 0x00, 0x01, 0x13, 0x01, 0x00, 0x01
#define EVENTS_OFF   0x11, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, \
		     0x12, 0x01, 0x00, 0x00, 0x13, 0x01, 0x00, 0x00

/* ---- session state and packet service status ---------------------------------------- */

static void session_state(slqsSessionStateInfo *s)
{
	fake_note("I%u/%u st%u rc%u end%u ids%x/%x ", s->pQmiInterfaceInfo->qaQmiinstanceid,
	          s->pQmiInterfaceInfo->qaQmisvctype, (unsigned)s->state,
	          (unsigned)s->reconfiguration_required, (unsigned)s->sessionEndReason,
	          (unsigned)s->pQmiInterfaceInfo->v4sessionId,
	          (unsigned)s->pQmiInterfaceInfo->v6sessionId);
}

static void packet_service(packetSrvStatus *p)
{
	fake_note("I%u c%u r%u end%u v%u/%u fam%u tech%x b%u ",
	          p->pQmiInterfaceInfo->qaQmiinstanceid, p->connStatus, p->reconfigReqd,
	          p->sessionEndReason, p->verboseSessnEndReasonType, p->verboseSessnEndReason,
	          p->ipFamily, p->techName, p->bearerID);
}

/* A network drop on the IPv6 client of instance 0: no service (3), verbose CM 2001. */
#define DROP_V6 0x01, 0x02, 0x00, 0x01, 0x00,                 \
		0x10, 0x02, 0x00, 0x03, 0x00,                 \
		0x11, 0x04, 0x00, 0x03, 0x00, 0xD1, 0x07,     \
		0x12, 0x01, 0x00, 0x06,                       \
		0x13, 0x02, 0x00, 0x04, 0x80,                 \
		0x14, 0x01, 0x00, 0x05

static void session_state_and_packet_service(void **state)
{
	(void)state;
	assert_int_equal(SLQSSetSessionStateCallback(session_state), 0);
	assert_int_equal(SLQSSetPacketSrvStatusCallback(packet_service), 0);
	assert_int_equal(fake_rt.n_sent, 0);		/* the modem sends it unasked */
	slqs_wds_session_set(0, 4, 0x1234);	/* as SLQSStartStopDataSession() does */
	slqs_wds_session_set(0, 6, 0x5678);
	DELIVER(1, &slqs_wds_packet_service_status, DROP_V6);
	slqs_wds_session_set(0, 4, 0);
	slqs_wds_session_set(0, 6, 0);
	assert_string_equal(fake_seen, "I0/1 st1 rc0 end3 ids1234/5678 "
				  "I0 c1 r0 end3 v3/2001 fam6 tech8004 b5 ");
	/* Connected, nothing optional: family from the slot (2: instance 1, IPv4). */
	fake_seen[0] = '\0';
	DELIVER(2, &slqs_wds_packet_service_status, 0x01, 0x02, 0x00, 0x02, 0x01);
	assert_string_equal(fake_seen,
			    "I1/1 st2 rc1 end0 ids0/0 I1 c2 r1 end0 v0/0 fam4 tech0 b0 ");
	assert_int_equal(SLQSSetSessionStateCallback(NULL), 0);
	fake_seen[0] = '\0';
	DELIVER(1, &slqs_wds_packet_service_status, DROP_V6);
	assert_string_equal(fake_seen, "I0 c1 r0 end3 v3/2001 fam6 tech8004 b5 ");
	assert_int_equal(SLQSSetPacketSrvStatusCallback(NULL), 0);
	assert_int_equal(fake_rt.n_subs, 0);
	assert_int_equal(fake_rt.n_sent, 0);
}

/* ---- WDS events ------------------------------------------------------------------------ */

static void wds_event(slqsWdsEventInfo *e)
{
	fake_note("I%u", e->pQmiInterfaceInfo->qaQmiinstanceid);
	if (e->pDormancyStatus)
		fake_note(" d%u", (unsigned)*e->pDormancyStatus);
	if (e->pDataBearer)
		fake_note(" b%u", (unsigned)*e->pDataBearer);
	if (e->pPacketsCountTX)
		fake_note(" pt%u", (unsigned)*e->pPacketsCountTX);
	if (e->pPacketsCountRX)
		fake_note(" pr%u", (unsigned)*e->pPacketsCountRX);
	if (e->pTotalBytesTX)
		fake_note(" bt%llu", (unsigned long long)*e->pTotalBytesTX);
	if (e->pTotalBytesRX)
		fake_note(" br%llu", (unsigned long long)*e->pTotalBytesRX);
	fake_note(" ");
}

#define COUNTS(tx) 0x10, 0x04, 0x00, tx, 0x00, 0x00, 0x00,             \
		   0x11, 0x04, 0x00, 0x09, 0x00, 0x00, 0x00,            \
		   0x19, 0x08, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, \
		   0x1A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00

static void wds_event_dual_stack(void **state)
{
	(void)state;
	assert_int_equal(SLQSSetWdsEventCallback(wds_event, 5, 0, 7), 0);
	assert_int_equal(fake_rt.n_sent, 2);
	EXPECT_SENT(0, 0, EVENTS_ON_5S);
	EXPECT_SENT(1, 1, EVENTS_ON_5S);
	DELIVER(1, &slqs_wds_event_report, 0x18, 0x01, 0x00, 0x01);		/* dormant */
	DELIVER(0, &slqs_wds_event_report, 0x17, 0x01, 0x00, 0x04);		/* WCDMA */
	DELIVER(0, &slqs_wds_event_report, 0x17, 0x01, 0x00, 0xFF);		/* unknown */
	DELIVER(0, &slqs_wds_event_report, COUNTS(0x07));
	DELIVER(0, &slqs_wds_event_report, COUNTS(0x07));	/* unchanged: not passed on */
	DELIVER(0, &slqs_wds_event_report, COUNTS(0x08));
	DELIVER(0, &slqs_wds_event_report, 0x1F, 0x01, 0x00, 0x02);	/* call status only */
	assert_string_equal(fake_seen, "I0 d1 I0 b4 I0 b255 I0 pt7 pr9 bt4096 br4294967296 "
				  "I0 pt8 pr9 bt4096 br4294967296 ");
	assert_int_equal(SLQSSetWdsEventCallback(NULL, 0, 0, 0), 0);
	EXPECT_SENT(2, 0, EVENTS_OFF);
	EXPECT_SENT(3, 1, EVENTS_OFF);
	assert_int_equal(fake_rt.n_subs, 0);
	fake_seen[0] = '\0';
	DELIVER(1, &slqs_wds_event_report, 0x18, 0x01, 0x00, 0x02);
	assert_string_equal(fake_seen, "");
}

/* Instance 1 is slots 2 (IPv4) and 3 (IPv6); its callback ignores instance 0's events. */
static void wds_event_per_instance_and_family(void **state)
{
	(void)state;
	assert_int_equal(SLQSSetWdsEventCallback(wds_event, 5, 1, 7), 0);
	EXPECT_SENT(0, 2, EVENTS_ON_5S);
	EXPECT_SENT(1, 3, EVENTS_ON_5S);
	assert_int_equal(SLQSSetWdsEventCallback(wds_event, 5, 1, 6), 0);
	EXPECT_SENT(2, 2, EVENTS_OFF);		/* IPv4 not asked for any more */
	EXPECT_SENT(3, 3, EVENTS_ON_5S);
	DELIVER(0, &slqs_wds_event_report, 0x18, 0x01, 0x00, 0x01);
	DELIVER(3, &slqs_wds_event_report, 0x18, 0x01, 0x00, 0x02);
	assert_string_equal(fake_seen, "I1 d2 ");
	assert_int_equal(SLQSSetWdsEventCallback(NULL, 0, 1, 0), 0);
	assert_int_equal(fake_rt.n_sent, 5);
	EXPECT_SENT(4, 3, EVENTS_OFF);
}

static void wds_event_errors(void **state)
{
	(void)state;
	assert_int_equal(SLQSSetWdsEventCallback(wds_event, 5, 2, 4), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSSetWdsEventCallback(NULL, 5, 2, 4), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSSetWdsEventCallback(wds_event, 5, 0, 5), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSSetWdsEventCallback(wds_event, 0, 0, 4), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(fake_rt.n_sent, 0);
	/* Refused by the modem: nothing subscribed. */
	fake_rt.verdict = eQCWWAN_ERR_QMI_INVALID_ARG;
	assert_int_equal(SLQSSetWdsEventCallback(wds_event, 5, 0, 4), eQCWWAN_ERR_QMI_INVALID_ARG);
	assert_int_equal(fake_rt.n_subs, 0);
	DELIVER(0, &slqs_wds_event_report, 0x18, 0x01, 0x00, 0x01);
	assert_string_equal(fake_seen, "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(session_state_and_packet_service, ind_fake_reset),
		cmocka_unit_test_setup(wds_event_dual_stack, ind_fake_reset),
		cmocka_unit_test_setup(wds_event_per_instance_and_family, ind_fake_reset),
		cmocka_unit_test_setup(wds_event_errors, ind_fake_reset),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
