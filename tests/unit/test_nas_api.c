/*
 * NAS API helpers: network names to UTF-8 (ASCII, packed GSM 7-bit,
 * UCS-2 big-endian, guessed when the message does not say), name lengths
 * out of codec strings, UTF-8 cut at character boundaries; and the wire
 * form of the message blocks the NAS API added.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "api/qmerrno.h"
#include "core/codec.h"
#include "pkgs/nas/nas_api.h"
#include "pkgs/nas/nas_msg.h"
#include "tests/unit/msg_fixture.h"

/* Converts `in` (len bytes) as enc into a 64-byte buffer; the result must be `want`. */
static void expect_utf8(enum slqs_nas_text enc, const char *in, size_t len, const char *want)
{
	char out[64];
	int n = slqs_nas_name_utf8(enc, (const uint8_t *)in, len, out, sizeof(out));

	assert_int_equal(n, (int)strlen(want));
	assert_string_equal(out, want);
}

#define EXPECT(enc, bytes, want) expect_utf8(enc, bytes, sizeof(bytes) - 1, want)

static void gsm7_packed(void **state)
{
	(void)state;
	EXPECT(SLQS_NAS_TEXT_GSM7, "\xE8\x32\x9B\xFD\x46\x97\xD9\xEC\x37", "hellohello");
	/* 7 characters in 7 bytes: the 8th septet is the filler, not '@'. */
	EXPECT(SLQS_NAS_TEXT_GSM7, "\x31\xD9\x8C\x56\xB3\xDD\x00", "1234567");
	/* GSM letters and the extension table: "Café €5". */
	EXPECT(SLQS_NAS_TEXT_GSM7, "\xC3\xB0\xB9\x00\xDA\x94\x6B", "Caf\xC3\xA9 \xE2\x82\xAC" "5");
	EXPECT(SLQS_NAS_TEXT_GSM7, "\x00\xF4\xBB\x5D\x06", "@home");
	EXPECT(SLQS_NAS_TEXT_GSM7, "", "");
}

static void gsm7_lost_last_byte(void **state)
{
	(void)state;
	/* "1234567" whose 0x00 last byte a string TLV dropped: '7' comes back. */
	EXPECT(SLQS_NAS_TEXT_GUESS, "\x31\xD9\x8C\x56\xB3\xDD", "1234567");
	/* Zero fill bits add nothing. */
	EXPECT(SLQS_NAS_TEXT_GSM7, "\x00\xF4\xBB\x5D\x06", "@home");
}

static void ucs2_big_endian(void **state)
{
	(void)state;
	EXPECT(SLQS_NAS_TEXT_UCS2, "\x00\x43\x00\x61\x00\x66\x00\xE9", "Caf\xC3\xA9");
	EXPECT(SLQS_NAS_TEXT_UCS2, "\x4E\x2D\x56\xFD\x79\xFB\x52\xA8",
	       "\xE4\xB8\xAD\xE5\x9B\xBD\xE7\xA7\xBB\xE5\x8A\xA8");
	EXPECT(SLQS_NAS_TEXT_UCS2, "\xD8\x3D\xDE\x00", "\xF0\x9F\x98\x80");	/* a pair */
	EXPECT(SLQS_NAS_TEXT_UCS2, "\xD8\x3D\x00\x41", "\xEF\xBF\xBD" "A");	/* a lone half */
	/* The SIM's 0x80 marker, then UCS-2. */
	EXPECT(SLQS_NAS_TEXT_UCS2, "\x80\x00\x4F\x00\x4B", "OK");
	EXPECT(SLQS_NAS_TEXT_UCS2, "\x00\x4F\x00", "O");	/* an odd byte is dropped */
}

static void guessed(void **state)
{
	(void)state;
	EXPECT(SLQS_NAS_TEXT_GUESS, "Test Network", "Test Network");
	EXPECT(SLQS_NAS_TEXT_GUESS, "Caf\xC3\xA9 Net", "Caf\xC3\xA9 Net");	/* UTF-8 */
	EXPECT(SLQS_NAS_TEXT_GUESS, "\x00\x54\x00\x2D\x00\x4D\x00\x6F", "T-Mo");	/* UCS-2 */
	EXPECT(SLQS_NAS_TEXT_GUESS, "\x80\x04\x1C\x04\x22\x04\x21", "\xD0\x9C\xD0\xA2\xD0\xA1");
	EXPECT(SLQS_NAS_TEXT_GUESS, "\xE8\x32\x9B\xFD\x46\x97\xD9\xEC\x37", "hellohello");
	/* Control bytes are not ASCII text: "\x05" is GSM 'é'. */
	EXPECT(SLQS_NAS_TEXT_GUESS, "\x05", "\xC3\xA9");
}

static void explicit_encodings(void **state)
{
	(void)state;
	assert_int_equal(slqs_nas_text_of(NAS_NAME_ENC_GSM), SLQS_NAS_TEXT_GSM7);
	assert_int_equal(slqs_nas_text_of(NAS_NAME_ENC_UCS2), SLQS_NAS_TEXT_UCS2);
	/* ASCII and unspecified: firmware uses them loosely, so the bytes decide. */
	assert_int_equal(slqs_nas_text_of(NAS_NAME_ENC_ASCII7), SLQS_NAS_TEXT_GUESS);
	assert_int_equal(slqs_nas_text_of(NAS_NAME_ENC_UNSPECIFIED), SLQS_NAS_TEXT_GUESS);
	/* ASCII declared but not text: stray bytes become U+FFFD. */
	EXPECT(SLQS_NAS_TEXT_ASCII, "A\xFF" "B", "A\xEF\xBF\xBD" "B");
}

static void buffer_sizes(void **state)
{
	char out[8];

	(void)state;
	/* "Caf\xC3\xA9" is 5 bytes: it needs 6 with the NUL. */
	assert_int_equal(slqs_nas_name_utf8(SLQS_NAS_TEXT_UCS2,
					    (const uint8_t *)"\x00\x43\x00\x61\x00\x66\x00\xE9", 8,
					    out, 6), 5);
	assert_string_equal(out, "Caf\xC3\xA9");
	assert_int_equal(slqs_nas_name_utf8(SLQS_NAS_TEXT_UCS2,
					    (const uint8_t *)"\x00\x43\x00\x61\x00\x66\x00\xE9", 8,
					    out, 5), -1);
	assert_string_equal(out, "");
	assert_int_equal(slqs_nas_name_utf8(SLQS_NAS_TEXT_GUESS, (const uint8_t *)"abc", 3, out,
					    3), -1);
	assert_string_equal(out, "");
	assert_int_equal(slqs_nas_name_utf8(SLQS_NAS_TEXT_GUESS, (const uint8_t *)"abc", 3, out,
					    0), -1);
	assert_int_equal(slqs_nas_name_copy("abcdefg", 8, out, sizeof(out)), eQCWWAN_ERR_NONE);
	assert_int_equal(slqs_nas_name_copy("abcdefgh", 9, out, sizeof(out)),
			 eQCWWAN_ERR_BUFFER_SZ);
}

static void name_lengths(void **state)
{
	/* As the codec leaves a string: bytes, then zeros to the end. */
	char ucs2[8] = { 0x00, 0x41, 0x01 };	/* "A\u0100" lost its last 0x00 */
	char ascii[8] = "abc";
	char out[16];

	(void)state;
	assert_int_equal(slqs_nas_name_len(ucs2, sizeof(ucs2)), 4);
	assert_int_equal(slqs_nas_name_len(ascii, sizeof(ascii)), 3);
	assert_int_equal(slqs_nas_name_len(ascii, 0), 0);
	assert_int_equal(slqs_nas_name_copy(ucs2, sizeof(ucs2), out, sizeof(out)),
			 eQCWWAN_ERR_NONE);
	assert_string_equal(out, "A\xC4\x80");
}

static void utf8_cut(void **state)
{
	char out[4];

	(void)state;
	slqs_nas_utf8_cut(out, sizeof(out), "ab\xC3\xA9");	/* 'é' would need 5 bytes */
	assert_string_equal(out, "ab");
	slqs_nas_utf8_cut(out, sizeof(out), "abc");
	assert_string_equal(out, "abc");
	slqs_nas_utf8_cut(out, sizeof(out), "\xE2\x82\xAC");	/* '€' fits exactly */
	assert_string_equal(out, "\xE2\x82\xAC");
	slqs_nas_utf8_cut(out, 1, "abc");
	assert_string_equal(out, "");
}

/* ---- the wire form of the added messages ------------------------------------ */

static void set_sys_sel_pref_wire(void **state)
{
	struct nas_set_sys_sel_pref_req in, out;
	/* Numbered as libqmi/qmicli send them: 0x18 service domain, 0x19 GSM/WCDMA order. */
	static const uint8_t want[] = {
		0x11, 0x02, 0x00, 0x18, 0x00,			/* mode: UMTS + LTE */
		0x16, 0x05, 0x00, 0x01, 0x06, 0x01, 0x02, 0x00,	/* manual 262-02 */
		0x17, 0x01, 0x00, 0x01,				/* permanent */
		0x18, 0x04, 0x00, 0x02, 0x00, 0x00, 0x00,	/* CS + PS */
		0x19, 0x04, 0x00, 0x02, 0x00, 0x00, 0x00,	/* WCDMA first */
		0x1E, 0x03, 0x00, 0x02, 0x08, 0x05,		/* LTE, UMTS */
	};

	(void)state;
	memset(&in, 0, sizeof(in));
	in.has_mode_pref = 1;
	in.mode_pref = 0x18;
	in.has_net_select = 1;
	in.net_select = (struct nas_net_select){ 1, 262, 2 };
	in.has_change_duration = 1;
	in.change_duration = 1;
	in.has_srv_domain_pref = 1;
	in.srv_domain_pref = 2;
	in.has_gw_acq_order = 1;
	in.gw_acq_order = 2;
	in.has_acq_order = 1;
	in.n_acq_order = 2;
	in.acq_order[0] = NAS_RADIO_LTE;
	in.acq_order[1] = NAS_RADIO_UMTS;
	msg_fx_expect_area(&slqs_nas_set_sys_sel_pref, QMI_REQUEST, &in, want, sizeof(want), &out);
	assert_memory_equal(&in, &out, sizeof(in));
}

static void initiate_register_wire(void **state)
{
	struct nas_initiate_register_req in, out;
	static const uint8_t want[] = {
		0x01, 0x01, 0x00, 0x02,					/* manual */
		0x10, 0x05, 0x00, 0x36, 0x01, 0x04, 0x01, 0x05,		/* 310-260 UMTS */
	};

	(void)state;
	memset(&in, 0, sizeof(in));
	in.action = NAS_REGISTER_MANUAL;
	in.has_manual = 1;
	in.manual = (struct nas_manual_register){ 310, 260, NAS_RADIO_UMTS };
	msg_fx_expect_area(&slqs_nas_initiate_register, QMI_REQUEST, &in, want, sizeof(want), &out);
	assert_memory_equal(&in, &out, sizeof(in));
}

static void answers_round_trip(void **state)
{
	static struct nas_network_scan_rsp scan_in, scan_out;	/* ~12 KB each */
	struct nas_get_sys_sel_pref_rsp pref_in, pref_out;
	struct nas_get_network_time_rsp time_in, time_out;
	static struct nas_serving_system ss_in, ss_out;

	(void)state;
	memset(&scan_in, 0, sizeof(scan_in));
	scan_in.has_networks = 1;
	scan_in.n_networks = 2;
	scan_in.networks[0] = (struct nas_scan_network){ 262, 1, 0x5A, "Telekom" };
	scan_in.networks[1] = (struct nas_scan_network){ 262, 2, 0x96, "\x80\x04\x1C" };
	scan_in.has_scan_result = 1;
	msg_fx_round_trip(&slqs_nas_network_scan, QMI_RESPONSE, &scan_in, &scan_out);
	assert_int_equal(NAS_NETSTAT_IN_USE(0x5A), 2);
	assert_int_equal(NAS_NETSTAT_ROAMING(0x5A), 2);
	assert_int_equal(NAS_NETSTAT_FORBIDDEN(0x5A), 1);
	assert_int_equal(NAS_NETSTAT_PREFERRED(0x5A), 1);

	memset(&pref_in, 0, sizeof(pref_in));
	pref_in.has_mode_pref = 1;
	pref_in.mode_pref = 0x1C;
	pref_in.has_lte_band_pref = 1;
	pref_in.lte_band_pref = 0x80000000000000C5ull;
	pref_in.has_gw_acq_order = 1;
	msg_fx_round_trip(&slqs_nas_get_sys_sel_pref, QMI_RESPONSE, &pref_in, &pref_out);

	memset(&time_in, 0, sizeof(time_in));
	time_in.has_time_3gpp = 1;
	time_in.time_3gpp = (struct nas_network_time){ 2026, 12, 3, 10, 5, 59, 3, 4, 0,
						       NAS_RADIO_LTE };
	msg_fx_round_trip(&slqs_nas_get_network_time, QMI_RESPONSE, &time_in, &time_out);

	memset(&ss_in, 0, sizeof(ss_in));
	ss_in.serving_system.n_radio_interfaces = 1;
	ss_in.serving_system.radio_interfaces[0] = NAS_RADIO_LTE;
	ss_in.has_cdma_base_station = 1;
	ss_in.cdma_base_station = (struct nas_cdma_base_station){ 7, -1000, 2000 };
	ss_in.has_roaming_list = 1;
	ss_in.n_roaming_list = 1;
	ss_in.roaming_list[0] = (struct nas_roaming_entry){ NAS_RADIO_LTE, 1 };
	ss_in.has_call_barring = 1;
	ss_in.call_barring = (struct nas_call_barring){ -1, 3 };
	msg_fx_round_trip(&slqs_nas_get_serving_system, QMI_RESPONSE, &ss_in, &ss_out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(gsm7_packed),
		cmocka_unit_test(gsm7_lost_last_byte),
		cmocka_unit_test(ucs2_big_endian),
		cmocka_unit_test(guessed),
		cmocka_unit_test(explicit_encodings),
		cmocka_unit_test(buffer_sizes),
		cmocka_unit_test(name_lengths),
		cmocka_unit_test(utf8_cut),
		cmocka_unit_test(set_sys_sel_pref_wire),
		cmocka_unit_test(initiate_register_wire),
		cmocka_unit_test(answers_round_trip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
