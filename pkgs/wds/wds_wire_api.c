/*
 * Conversions between the WDS API's argument forms and the message tables'
 * fields, shared by the session and profile files. Nothing here calls the
 * modem, so the unit tests can link it beside their fake calls.
 */
#include "pkgs/wds/wds_api.h"

#include <string.h>

#include "api/qmerrno.h"

ULONG slqs_wds_put_string(uint8_t *has, char *dst, size_t cap, const CHAR *src, const WORD *size)
{
	size_t len;

	if (!src)
		return eQCWWAN_ERR_NONE;
	len = size ? strnlen(src, *size) : strlen(src);
	if (len >= cap)
		return eQCWWAN_ERR_INVALID_ARG;
	memcpy(dst, src, len);
	dst[len] = '\0';
	*has = 1;
	return eQCWWAN_ERR_NONE;
}

void slqs_wds_ipv6_groups(const uint8_t addr[WDS_IPV6_LEN], USHORT groups[8])
{
	for (int i = 0; i < 8; i++)
		groups[i] = (USHORT)(addr[2 * i] << 8 | addr[2 * i + 1]);
}

void slqs_wds_ipv6_wire(const USHORT groups[8], uint8_t addr[WDS_IPV6_LEN])
{
	for (int i = 0; i < 8; i++) {
		addr[2 * i] = (uint8_t)(groups[i] >> 8);
		addr[2 * i + 1] = (uint8_t)groups[i];
	}
}
