/*
 * Device management API (api/dms/inc/qaGobiApiDms.h): the modem's identity
 * strings, each one DMS request answered by a string in TLV 0x01.
 */
#include "api/dms/inc/qaGobiApiDms.h"

#include "api/qmerrno.h"
#include "pkgs/api/slqs_call.h"
#include "pkgs/dms/dms_msg.h"

/*
 * Asks the modem for the one-string message `msg` (a response of struct
 * dms_string_rsp) and copies the string into the caller's buffer. Any
 * failure leaves an empty string there, so a caller that ignores the
 * return code never prints stale bytes.
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
