/*
 * For a unit test that fakes the modem by defining slqs_qmi_call_on()
 * (and slqs_ind_enable()) itself: CALL_FAKE_REST defines the other
 * functions of pkgs/api/call.c, so that the library's call.c is not linked
 * in beside the test's. slqs_qmi_call() goes to slqs_qmi_call_on() on
 * slot 0; the raw calls fail (eQCWWAN_ERR_GENERAL).
 */
#ifndef TESTS_UNIT_CALL_FAKE_H
#define TESTS_UNIT_CALL_FAKE_H

#include "pkgs/api/slqs_call.h"

#define CALL_FAKE_REST                                                                      \
	ULONG slqs_qmi_call(const struct qmi_msg *msg, const void *req, void *rsp,          \
			    ULONG timeout_ms)                                               \
	{                                                                                   \
		return slqs_qmi_call_on(0, msg, req, rsp, timeout_ms);                      \
	}                                                                                   \
	ULONG slqs_raw_call(uint8_t service, uint8_t client, uint16_t msg_id,               \
			    const uint8_t *tlv, size_t tlv_len, uint8_t *rsp, size_t cap,   \
			    size_t *rsp_len, ULONG timeout_ms)                              \
	{                                                                                   \
		(void)service, (void)client, (void)msg_id, (void)tlv, (void)tlv_len;        \
		(void)rsp, (void)cap, (void)rsp_len, (void)timeout_ms;                      \
		return eQCWWAN_ERR_GENERAL;                                                 \
	}                                                                                   \
	ULONG slqs_result_code(const uint8_t *tlv, size_t len)                              \
	{                                                                                   \
		(void)tlv, (void)len;                                                       \
		return eQCWWAN_ERR_GENERAL;                                                 \
	}

#endif
