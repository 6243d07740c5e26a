/*
 * Device management API (api/dms/inc/qaGobiApiDms.h): the modem's identity
 * strings. Each is a DMS request answered by strings in TLV 0x01 and, for
 * some messages, 0x10 and 0x11 (struct dms_string_rsp), or by Get IDs.
 */
#include "api/dms/inc/qaGobiApiDms.h"

#include <stddef.h>

#include "api/qmerrno.h"
#include "pkgs/api/slqs_call.h"
#include "pkgs/dms/dms_msg.h"

/* One of the caller's string buffers. */
struct dest {
	BYTE size;	/* bytes, NUL included; 0: the caller does not want it */
	CHAR *buf;
};

static void clear(const struct dest *d, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (d[i].size)
			d[i].buf[0] = '\0';
}

/*
 * Checks the buffers, empties them and asks for `msg`: any failure leaves
 * empty strings behind, so a caller that ignores the code never prints
 * stale bytes.
 */
static ULONG call_for_strings(const struct qmi_msg *msg, void *rsp, const struct dest *d,
			      size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!d[i].buf)
			return eQCWWAN_ERR_INVALID_ARG;
	clear(d, n);
	return slqs_qmi_call(msg, NULL, rsp, SLQS_TIMEOUT_DEFAULT);
}

/* Copies src[i] (NULL: the modem sent none, "" is returned) into d[i]. */
static ULONG copy_strings(const struct dest *d, const char *const *src, size_t n)
{
	ULONG rc = eQCWWAN_ERR_NONE;

	for (size_t i = 0; i < n && !rc; i++)
		if (d[i].size)
			rc = slqs_copy_string(d[i].buf, d[i].size, src[i] ? src[i] : "");
	if (rc)
		clear(d, n);
	return rc;
}

/* The first n strings of a struct dms_string_rsp answer (TLVs 0x01, 0x10, 0x11). */
static ULONG get_strings(const struct qmi_msg *msg, const struct dest *d, size_t n)
{
	struct dms_string_rsp rsp;
	ULONG rc = call_for_strings(msg, &rsp, d, n);
	const char *src[3];

	if (rc)
		return rc;
	src[0] = rsp.value;
	src[1] = rsp.has_opt10 ? rsp.opt10 : NULL;
	src[2] = rsp.has_opt11 ? rsp.opt11 : NULL;
	return copy_strings(d, src, n);
}

/*
 * Asks for the one-string message `msg` and copies the string into the
 * caller's buffer (docs/adding-a-message.md shows this helper). Unlike the
 * several-string functions, size 0 is a buffer too small.
 */
static ULONG get_string(const struct qmi_msg *msg, BYTE size, CHAR *out)
{
	struct dms_string_rsp rsp;
	ULONG rc;

	if (!out)
		return eQCWWAN_ERR_INVALID_ARG;
	if (size == 0)
		return eQCWWAN_ERR_BUFFER_SZ;	/* not even room for the NUL */
	out[0] = '\0';
	rc = slqs_qmi_call(msg, NULL, &rsp, SLQS_TIMEOUT_DEFAULT);
	if (rc)
		return rc;
	return slqs_copy_string(out, size, rsp.value);
}

ULONG GetManufacturer(BYTE stringSize, CHAR *pString)
{
	return get_string(&slqs_dms_get_manufacturer, stringSize, pString);
}

ULONG GetModelID(BYTE stringSize, CHAR *pString)
{
	return get_string(&slqs_dms_get_model, stringSize, pString);
}

ULONG GetFirmwareRevision(BYTE stringSize, CHAR *pString)
{
	return get_string(&slqs_dms_get_revision, stringSize, pString);
}

ULONG GetHardwareRevision(BYTE stringSize, CHAR *pString)
{
	return get_string(&slqs_dms_get_hardware_revision, stringSize, pString);
}

ULONG GetFirmwareRevisions(BYTE amssSize, CHAR *pAMSSString, BYTE bootSize, CHAR *pBootString,
			   BYTE priSize, CHAR *pPRIString)
{
	const struct dest d[] = {
		{ amssSize, pAMSSString }, { bootSize, pBootString }, { priSize, pPRIString },
	};

	return get_strings(&slqs_dms_get_revision, d, 3);
}

ULONG GetVoiceNumber(BYTE voiceNumberSize, CHAR *pVoiceNumber, BYTE minSize, CHAR *pMIN)
{
	const struct dest d[] = { { voiceNumberSize, pVoiceNumber }, { minSize, pMIN } };

	return get_strings(&slqs_dms_get_msisdn, d, 2);
}

ULONG GetSerialNumbers(BYTE esnSize, CHAR *pESNString, BYTE imeiSize, CHAR *pIMEIString,
		       BYTE meidSize, CHAR *pMEIDString)
{
	const struct dest d[] = {
		{ esnSize, pESNString }, { imeiSize, pIMEIString }, { meidSize, pMEIDString },
	};
	struct dms_get_ids_rsp rsp;
	ULONG rc = call_for_strings(&slqs_dms_get_ids, &rsp, d, 3);
	const char *src[3];

	if (rc)
		return rc;
	src[0] = rsp.has_esn ? rsp.esn : NULL;
	src[1] = rsp.has_imei ? rsp.imei : NULL;
	src[2] = rsp.has_meid ? rsp.meid : NULL;
	return copy_strings(d, src, 3);
}
