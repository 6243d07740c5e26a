/*
 * The public API without any daemon: type sizes, error numbers, argument
 * checks, and the errors an application gets (quickly) when no daemon runs.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "SWIWWANCMAPI.h"
#include "core/qmi_error.h"
#include "pkgs/api/slqs_call.h"
#include "pkgs/dms/dms_msg.h"

static char tmpdir[64];
static char sock_path[128];

static double now_s(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void type_sizes(void **state)
{
	(void)state;
	assert_int_equal(sizeof(ULONG), 4);
	assert_int_equal(sizeof(ULONGLONG), 8);
	assert_int_equal(sizeof(BYTE), 1);
	assert_int_equal(sizeof(WORD), 2);
	assert_int_equal(sizeof(USHORT), 2);
	assert_int_equal(sizeof(SHORT), 2);
	assert_int_equal(sizeof(INT8), 1);
	assert_int_equal(sizeof(INT32), 4);
	/* The vendor's applications declare this layout themselves. */
	assert_int_equal(sizeof(struct slqs_device_info), 256 + 16);
	assert_int_equal(offsetof(struct slqs_device_info, deviceKey), 256);
}

static void error_numbers(void **state)
{
	static const struct { ULONG got, want; } codes[] = {
		{ eQCWWAN_ERR_NONE, 0 }, { eQCWWAN_ERR_GENERAL, 1 },
		{ eQCWWAN_ERR_INTERNAL, 2 }, { eQCWWAN_ERR_MEMORY, 3 },
		{ eQCWWAN_ERR_INVALID_ARG, 4 }, { eQCWWAN_ERR_BUFFER_SZ, 5 },
		{ eQCWWAN_ERR_NO_DEVICE, 6 }, { eQCWWAN_ERR_INVALID_DEVID, 7 },
		{ eQCWWAN_ERR_NO_CONNECTION, 8 }, { eQCWWAN_ERR_QMI_RSP_TO, 15 },
		{ eQCWWAN_ERR_MALFORMED_QMI_RSP, 16 }, { eQCWWAN_ERR_INVALID_QMI_RSP, 17 },
		{ eQCWWAN_ERR_FILE_COPY, 20 }, { eQCWWAN_ERR_OFFLINE, 27 },
		{ eQCWWAN_ERR_RESET, 28 }, { eQCWWAN_ERR_DRIVER, 31 },
		{ eQCWWAN_ERR_MULTIPLE_SMS_UNSUPPORTED, 37 },
		{ eQCWWAN_ERR_QMI_OFFSET, 1000 }, { eQCWWAN_ERR_QMI_MALFORMED_MSG, 1001 },
		{ eQCWWAN_ERR_QMI_ARG_TOO_LONG, 1019 }, { eQCWWAN_ERR_QMI_INVALID_TX_ID, 1022 },
		{ eQCWWAN_ERR_QMI_INVALID_QOS_ID, 1041 }, { eQCWWAN_ERR_QMI_INJECT_TIMEOUT, 1085 },
		{ eQCWWAN_ERR_QMI_INCOMPATIBLE_STATE, 1090 }, { eQCWWAN_ERR_QMI_MSG_BLOCKED, 1098 },
		{ eQCWWAN_ERR_SWICM_START, 0xE000 }, { eQCWWAN_ERR_SWICM_TIMEOUT, 0xE004 },
		{ eQCWWAN_ERR_SWICM_SOCKET_IN_USE, 0xE005 },
		{ eQCWWAN_ERR_SWICM_AM_VERS_ERROR, 0xE006 },
		{ eQCWWAN_ERR_SWICM_V4DWN_V6DWN, 0xE009 }, { eQCWWAN_ERR_SWICM_V4DWN_V6UP, 0xE00A },
		{ eQCWWAN_ERR_SWICM_V4UP_V6DWN, 0xE00B }, { eQCWWAN_ERR_SWICM_V4UP_V6UP, 0xE00C },
		{ eQCWWAN_ERR_SWICM_SM_NO_AVAILABLE_SESSIONS, 0xE010 },
		{ eQCWWAN_ERR_SWISMS_BEARER_DATA_NOT_FOUND, 0xE104 },
		{ eQCWWAN_ERR_SWIIM_FW_INVALID_SLOT_INDEX, 0xE80F },
		{ eQCWWAN_ERR_SWIDCS_APP_DISCONNECTED, 0xE904 },
		{ eQCWWAN_ERR_QMI_ENVELOPE_CMD_FAILURE, 0xF3ED },
	};
	/* Every QMI error the core knows maps to its named API code. */
	static const struct { uint16_t qmi; ULONG api; } qmi[] = {
		{ QMI_ERR_MALFORMED_MESSAGE, eQCWWAN_ERR_QMI_MALFORMED_MSG },
		{ QMI_ERR_NO_MEMORY, eQCWWAN_ERR_QMI_NO_MEMORY },
		{ QMI_ERR_INTERNAL, eQCWWAN_ERR_QMI_INTERNAL },
		{ QMI_ERR_ABORTED, eQCWWAN_ERR_QMI_ABORTED },
		{ QMI_ERR_CLIENT_IDS_EXHAUSTED, eQCWWAN_ERR_QMI_CLIENT_IDS_EXHAUSTED },
		{ QMI_ERR_UNABORTABLE_TRANSACTION, eQCWWAN_ERR_QMI_UNABORTABLE_TRANSACTION },
		{ QMI_ERR_INVALID_CLIENT_ID, eQCWWAN_ERR_QMI_INVALID_CLIENT_ID },
		{ QMI_ERR_INVALID_HANDLE, eQCWWAN_ERR_QMI_INVALID_HANDLE },
		{ QMI_ERR_INVALID_PROFILE, eQCWWAN_ERR_QMI_INVALID_PROFILE },
		{ QMI_ERR_INVALID_PIN_ID, eQCWWAN_ERR_QMI_INVALID_PINID },
		{ QMI_ERR_INCORRECT_PIN, eQCWWAN_ERR_QMI_INCORRECT_PIN },
		{ QMI_ERR_NO_NETWORK_FOUND, eQCWWAN_ERR_QMI_NO_NETWORK_FOUND },
		{ QMI_ERR_CALL_FAILED, eQCWWAN_ERR_QMI_CALL_FAILED },
		{ QMI_ERR_OUT_OF_CALL, eQCWWAN_ERR_QMI_OUT_OF_CALL },
		{ QMI_ERR_NOT_PROVISIONED, eQCWWAN_ERR_QMI_NOT_PROVISIONED },
		{ QMI_ERR_MISSING_ARGUMENT, eQCWWAN_ERR_QMI_MISSING_ARG },
		{ QMI_ERR_ARGUMENT_TOO_LONG, eQCWWAN_ERR_QMI_ARG_TOO_LONG },
		{ QMI_ERR_INVALID_TRANSACTION_ID, eQCWWAN_ERR_QMI_INVALID_TX_ID },
		{ QMI_ERR_DEVICE_IN_USE, eQCWWAN_ERR_QMI_DEVICE_IN_USE },
		{ QMI_ERR_NO_EFFECT, eQCWWAN_ERR_QMI_NO_EFFECT },
		{ QMI_ERR_NO_FREE_PROFILE, eQCWWAN_ERR_QMI_NO_FREE_PROFILE },
		{ QMI_ERR_INVALID_PDP_TYPE, eQCWWAN_ERR_QMI_INVALID_PDP_TYPE },
		{ QMI_ERR_INVALID_PROFILE_TYPE, eQCWWAN_ERR_QMI_INVALID_PROFILE_TYPE },
		{ QMI_ERR_PIN_BLOCKED, eQCWWAN_ERR_QMI_PIN_BLOCKED },
		{ QMI_ERR_PIN_ALWAYS_BLOCKED, eQCWWAN_ERR_QMI_PIN_PERM_BLOCKED },
		{ QMI_ERR_UIM_UNINITIALIZED, eQCWWAN_ERR_QMI_SIM_NOT_INITIALIZED },
		{ QMI_ERR_INVALID_ARGUMENT, eQCWWAN_ERR_QMI_INVALID_ARG },
		{ QMI_ERR_DEVICE_NOT_READY, eQCWWAN_ERR_QMI_DEVICE_NOT_READY },
		{ QMI_ERR_INVALID_QMI_COMMAND, eQCWWAN_ERR_QMI_INVALID_QMI_CMD },
		{ QMI_ERR_NOT_SUPPORTED, eQCWWAN_ERR_QMI_NOT_SUPPORTED },
	};

	(void)state;
	for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
		assert_int_equal(codes[i].got, codes[i].want);
	for (size_t i = 0; i < sizeof qmi / sizeof qmi[0]; i++)
		assert_int_equal(eQCWWAN_ERR_QMI_OFFSET + qmi[i].qmi, qmi[i].api);
}

static void result_codes(void **state)
{
	static const uint8_t ok[] = { 0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00 };
	static const uint8_t pin[] = { 0x02, 0x04, 0x00, 0x01, 0x00, 0x0C, 0x00 };
	static const uint8_t noerr[] = { 0x02, 0x04, 0x00, 0x01, 0x00, 0x00, 0x00 };
	static const uint8_t shorty[] = { 0x02, 0x02, 0x00, 0x01, 0x00 };
	static const uint8_t none[] = { 0x01, 0x01, 0x00, 0x07 };

	(void)state;
	assert_int_equal(slqs_result_code(ok, sizeof ok), eQCWWAN_ERR_NONE);
	assert_int_equal(slqs_result_code(pin, sizeof pin), eQCWWAN_ERR_QMI_INCORRECT_PIN);
	assert_int_equal(slqs_result_code(noerr, sizeof noerr), eQCWWAN_ERR_GENERAL);
	assert_int_equal(slqs_result_code(shorty, sizeof shorty), eQCWWAN_ERR_MALFORMED_QMI_RSP);
	assert_int_equal(slqs_result_code(none, sizeof none), eQCWWAN_ERR_MALFORMED_QMI_RSP);
	assert_int_equal(slqs_result_code(NULL, 0), eQCWWAN_ERR_MALFORMED_QMI_RSP);
}

static void copy_string(void **state)
{
	char buf[6];

	(void)state;
	assert_int_equal(slqs_copy_string(buf, sizeof buf, "EM745"), eQCWWAN_ERR_NONE);
	assert_string_equal(buf, "EM745");
	assert_int_equal(slqs_copy_string(buf, sizeof buf, "EM7455"), eQCWWAN_ERR_BUFFER_SZ);
	assert_string_equal(buf, "");
	assert_int_equal(slqs_copy_string(NULL, 4, "x"), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(slqs_copy_string(buf, 0, "x"), eQCWWAN_ERR_INVALID_ARG);
}

static void argument_checks(void **state)
{
	struct slqs_device_info devs[2];
	BYTE n = 0;
	CHAR node[8], key[8], *ver = NULL;
	BYTE raw[8] = { 0x22, 0x00, 0x00, 0x00 }, *rsp;
	USHORT rsp_len;
	char longpath[5000];

	(void)state;
	memset(longpath, 'a', sizeof longpath - 1);
	longpath[sizeof longpath - 1] = '\0';
	assert_int_equal(SetSDKImagePath(NULL), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SetSDKImagePath(""), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SetSDKImagePath(longpath), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSStart(0, longpath), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(QCWWAN2kEnumerateDevices(NULL, (BYTE *)devs), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(QCWWAN2kEnumerateDevices(&n, NULL), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(QCWWAN2kEnumerateDevices(&n, (BYTE *)devs), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(QCWWAN2kConnect(NULL, NULL), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(QCWWAN2kConnect(longpath, NULL), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(QCWWAN2kGetConnectedDeviceID(sizeof node, NULL, sizeof key, key),
			 eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(QCWWAN2kGetConnectedDeviceID(sizeof node, node, sizeof key, NULL),
			 eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSGetDeviceMode(NULL), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSGetSdkVersion(NULL), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSGetSdkVersion(&ver), eQCWWAN_ERR_NONE);
	assert_non_null(strstr(ver, "SLQS"));
	assert_int_equal(SLQSSendRawQMI(NULL, 2, 4, 0, &rsp, &rsp_len), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSSendRawQMI(raw, 2, 4, 0, NULL, &rsp_len), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSSendRawQMI(raw, 2, 4, 0, &rsp, NULL), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSSendRawQMI(raw, 0, 4, 0, &rsp, &rsp_len), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSSendRawQMI(raw, 256, 4, 0, &rsp, &rsp_len), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSSendRawQMI(raw, 2, 3, 0, &rsp, &rsp_len), eQCWWAN_ERR_INVALID_ARG);
	/* TLV length 0 in the header but 4 more bytes claimed. */
	assert_int_equal(SLQSSendRawQMI(raw, 2, 8, 0, &rsp, &rsp_len), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(slqs_qmi_call(NULL, NULL, NULL, 0), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(slqs_qmi_call_on(4, &slqs_dms_get_model, NULL, NULL, 0),
			 eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(slqs_ind_subscribe(NULL, NULL, NULL), eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(slqs_state_listen(NULL, NULL), eQCWWAN_ERR_INVALID_ARG);
}

/* The DMS identity strings refuse bad buffers before asking anyone. */
static void dms_string_arguments(void **state)
{
	ULONG (*const fns[])(BYTE, CHAR *) = { GetManufacturer, GetModelID, GetFirmwareRevision };
	CHAR buf[8] = "stale";

	(void)state;
	for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
		assert_int_equal(fns[i](sizeof buf, NULL), eQCWWAN_ERR_INVALID_ARG);
		assert_int_equal(fns[i](0, buf), eQCWWAN_ERR_BUFFER_SZ);
		assert_string_equal(buf, "stale");	/* size 0: not a byte written */
		/* Not attached to a daemon: said at once, and no stale string left. */
		assert_int_equal(fns[i](sizeof buf, buf), eQCWWAN_ERR_NO_CONNECTION);
		assert_string_equal(buf, "");
		strcpy(buf, "stale");
	}
}

static void without_daemon(void **state)
{
	struct slqs_device_info devs[2];
	struct dms_string_rsp model;
	BYTE n = 2, mode = 7;
	CHAR node[256], key[16];
	BYTE raw[4] = { 0x22, 0x00, 0x00, 0x00 }, *rsp;
	USHORT rsp_len;

	(void)state;
	/* Never started: every call that needs the daemon says so at once. */
	assert_int_equal(QCWWAN2kEnumerateDevices(&n, (BYTE *)devs), eQCWWAN_ERR_NO_CONNECTION);
	assert_int_equal(QCWWAN2kConnect((CHAR *)"/dev/cdc-wdm0", NULL),
			 eQCWWAN_ERR_NO_CONNECTION);
	assert_int_equal(SLQSGetDeviceMode(&mode), eQCWWAN_ERR_NO_CONNECTION);
	assert_int_equal(SLQSSendRawQMI(raw, 2, 4, 0, &rsp, &rsp_len), eQCWWAN_ERR_NO_CONNECTION);
	assert_int_equal(slqs_qmi_call(&slqs_dms_get_model, NULL, &model, 0),
			 eQCWWAN_ERR_NO_CONNECTION);
	assert_int_equal(QCWWAN2kGetConnectedDeviceID(sizeof node, node, sizeof key, key),
			 eQCWWAN_ERR_NO_DEVICE);
	assert_int_equal(QCWWANDisconnect(), eQCWWAN_ERR_NONE);
	assert_int_equal(SetDeviceStateChangeCbk(NULL), eQCWWAN_ERR_NONE);
}

static void start_without_daemon_fails_fast(void **state)
{
	double t0 = now_s();
	char missing[200];

	(void)state;
	snprintf(missing, sizeof missing, "%s/no-such-slqssdk", tmpdir);
	assert_int_equal(SetSDKImagePath(missing), eQCWWAN_ERR_NONE);
	assert_int_equal(SLQSStart(0, NULL), eQCWWAN_ERR_SWICM_SOCKET_IN_USE);
	/* An image that is not executable fails the same way. */
	assert_int_equal(SetSDKImagePath(tmpdir), eQCWWAN_ERR_NONE);
	assert_int_equal(SLQSStart(0, NULL), eQCWWAN_ERR_SWICM_SOCKET_IN_USE);
	/* A daemon that cannot start (exits non-zero) is noticed at once. */
	if (access("/bin/false", X_OK) == 0) {
		assert_int_equal(SetSDKImagePath("/bin/false"), eQCWWAN_ERR_NONE);
		assert_int_equal(SLQSStart(0, NULL), eQCWWAN_ERR_SWICM_SOCKET_IN_USE);
	}
	assert_true(now_s() - t0 < 2.0);
	/* Still nothing attached afterwards. */
	assert_int_equal(SLQSGetDeviceMode(&(BYTE){ 0 }), eQCWWAN_ERR_NO_CONNECTION);
}

static void kill_without_daemon(void **state)
{
	double t0 = now_s();

	(void)state;
	assert_int_equal(SLQSKillSDKProcess(), eQCWWAN_ERR_NONE);
	assert_true(now_s() - t0 < 2.0);
}

static void socket_refused(void **state)
{
	double t0 = now_s();

	(void)state;
	/* A socket path nobody can create a socket at: connect fails, no spawn helps. */
	setenv("SLQS_SOCKET", "/proc/version/slqssdk.sock", 1);
	assert_int_equal(SetSDKImagePath("/nonexistent/slqssdk"), eQCWWAN_ERR_NONE);
	assert_int_equal(SLQSStart(0, NULL), eQCWWAN_ERR_SWICM_SOCKET_IN_USE);
	assert_true(now_s() - t0 < 2.0);
	setenv("SLQS_SOCKET", sock_path, 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(type_sizes),
		cmocka_unit_test(error_numbers),
		cmocka_unit_test(result_codes),
		cmocka_unit_test(copy_string),
		cmocka_unit_test(argument_checks),
		cmocka_unit_test(dms_string_arguments),
		cmocka_unit_test(without_daemon),
		cmocka_unit_test(start_without_daemon_fails_fast),
		cmocka_unit_test(kill_without_daemon),
		cmocka_unit_test(socket_refused),
	};
	int rc;

	snprintf(tmpdir, sizeof tmpdir, "/tmp/test_api_args.XXXXXX");
	if (!mkdtemp(tmpdir))
		return 1;
	snprintf(sock_path, sizeof sock_path, "%s/slqssdk.sock", tmpdir);
	setenv("SLQS_SOCKET", sock_path, 1);
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	rmdir(tmpdir);
	return rc;
}
