/* The NAS message tables, objects and registry, all from nas_msgs.def (see core/msgdef.h). */
#include "pkgs/nas/nas_msg.h"

#include <string.h>

#define QMI_MSGDEF_SERVICE QMI_SVC_NAS
#define QMI_MSGDEF_MODE DEFINE
#include "pkgs/nas/nas_msgs.def"
#undef QMI_MSGDEF_MODE

const struct qmi_msg *const slqs_nas_msgs[] = {
#define QMI_MSGDEF_MODE LIST
#include "pkgs/nas/nas_msgs.def"
#undef QMI_MSGDEF_MODE
	NULL
};

/* ---- value helpers -------------------------------------------------------------------- */

void slqs_nas_plmn_bcd_encode(uint16_t mcc, uint16_t mnc, int mnc_digits, uint8_t out[3])
{
	uint8_t m1 = (uint8_t)(mcc / 100 % 10), m2 = (uint8_t)(mcc / 10 % 10),
		m3 = (uint8_t)(mcc % 10);
	uint8_t n1, n2, n3;

	if (mnc_digits == 3) {
		n1 = (uint8_t)(mnc / 100 % 10);
		n2 = (uint8_t)(mnc / 10 % 10);
		n3 = (uint8_t)(mnc % 10);
	} else {
		n1 = (uint8_t)(mnc / 10 % 10);
		n2 = (uint8_t)(mnc % 10);
		n3 = 0x0F;	/* filler */
	}
	out[0] = (uint8_t)(m2 << 4 | m1);
	out[1] = (uint8_t)(n3 << 4 | m3);
	out[2] = (uint8_t)(n2 << 4 | n1);
}

int slqs_nas_plmn_bcd_decode(const uint8_t in[3], uint16_t *mcc, uint16_t *mnc, int *mnc_digits)
{
	uint8_t d[6] = {
		(uint8_t)(in[0] & 0x0F), (uint8_t)(in[0] >> 4), (uint8_t)(in[1] & 0x0F),
		(uint8_t)(in[2] & 0x0F), (uint8_t)(in[2] >> 4), (uint8_t)(in[1] >> 4),
	};	/* MCC1 MCC2 MCC3 MNC1 MNC2 MNC3 */
	int three = d[5] != 0x0F;

	for (int i = 0; i < (three ? 6 : 5); i++)
		if (d[i] > 9)
			return -1;
	*mcc = (uint16_t)(d[0] * 100 + d[1] * 10 + d[2]);
	*mnc = (uint16_t)(three ? d[3] * 100 + d[4] * 10 + d[5] : d[3] * 10 + d[4]);
	*mnc_digits = three ? 3 : 2;
	return 0;
}

int slqs_nas_digits_trim(char *s)
{
	size_t n = strlen(s);

	while (n > 0 && ((unsigned char)s[n - 1] == 0xFF || s[n - 1] == ' '))
		n--;
	s[n] = '\0';
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return -1;
	return (int)n;
}
