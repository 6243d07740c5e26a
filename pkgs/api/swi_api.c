/* SDK version and raw QMI requests (api/swi/inc/qaGobiApiSwi.h). */
#include "api/swi/inc/qaGobiApiSwi.h"

#include <pthread.h>
#include <stdlib.h>

#include "api/qmerrno.h"
#include "core/wire.h"
#include "pkgs/api/slqs_call.h"

#include "core/version.h"

#define MSG_HDR 4			/* u16 message id + u16 TLV length */
#define RAW_MAX UINT16_MAX		/* a response must fit the USHORT length */

ULONG SLQSGetSdkVersion(CHAR **sdkversionpp)
{
	static CHAR version[] = "SLQS-open " SLQS_VERSION;

	if (!sdkversionpp)
		return eQCWWAN_ERR_INVALID_ARG;
	*sdkversionpp = version;
	return eQCWWAN_ERR_NONE;
}

/* Each thread's response buffer: valid until that thread's next raw call. */
static pthread_key_t raw_key;
static pthread_once_t raw_once = PTHREAD_ONCE_INIT;

static void raw_key_init(void)
{
	if (pthread_key_create(&raw_key, free))
		abort();	/* only with PTHREAD_KEYS_MAX keys in use: nothing sane left */
}

static uint8_t *raw_buffer(void)
{
	uint8_t *buf;

	pthread_once(&raw_once, raw_key_init);
	buf = pthread_getspecific(raw_key);
	if (!buf) {
		buf = malloc(RAW_MAX);
		if (buf && pthread_setspecific(raw_key, buf)) {
			free(buf);
			buf = NULL;
		}
	}
	return buf;
}

ULONG SLQSSendRawQMI(BYTE *pReqBuf, USHORT service, USHORT length, ULONG timeout,
		     BYTE **ppInParm, USHORT *pParamLength)
{
	uint16_t msg_id, tlv_len;
	uint8_t *buf;
	size_t n;
	ULONG rc;

	if (!pReqBuf || !ppInParm || !pParamLength || service == 0 || service > UINT8_MAX ||
	    length < MSG_HDR)
		return eQCWWAN_ERR_INVALID_ARG;
	msg_id = get_le16(pReqBuf);
	tlv_len = get_le16(pReqBuf + 2);
	if ((size_t)tlv_len + MSG_HDR != length)
		return eQCWWAN_ERR_INVALID_ARG;
	buf = raw_buffer();
	if (!buf)
		return eQCWWAN_ERR_MEMORY;
	rc = slqs_raw_call((uint8_t)service, 0, msg_id, pReqBuf + MSG_HDR, tlv_len,
			   buf + MSG_HDR, RAW_MAX - MSG_HDR, &n, timeout);
	if (rc)
		return rc;
	put_le16(buf, msg_id);
	put_le16(buf + 2, (uint16_t)n);
	*ppInParm = buf;
	*pParamLength = (USHORT)(n + MSG_HDR);
	return slqs_result_code(buf + MSG_HDR, n);
}
