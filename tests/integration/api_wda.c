/*
 * api_wda: the data-format and raw-IP functions of the public API
 * (qaGobiApiWda.h), as an application calls them; tests/integration/
 * api_wda.sh drives it against qmisim + slqssdk with SLQS_SYSFS_ROOT on a
 * fake sysfs tree. Each command makes one call and prints its result code
 * and what it filled.
 *
 *   api_wda get                        SLQSWdaGetDataFormat
 *   api_wda set LINK [UL DL]           SLQSWdaSetDataFormat (aggregation protocols)
 *   api_wda netif                      SLQSGetNetInterface
 *   api_wda align LINK FLAGS [IFNAME]  SLQSSetRawIpAlignment
 *   api_wda args                       NULL and out-of-range arguments
 *
 * Exit status 0 when the call was made (whatever its result code), 1 on a
 * usage or connection error or when `args` saw a wrong answer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "SWIWWANCMAPI.h"
#include "tests/integration/api_connect.h"

static ULONG num(const char *s)
{
	return (ULONG)strtoul(s, NULL, 0);
}

static int cmd_get(void)
{
	BYTE qos = 0;
	ULONG link = 0, ul = 0, dl = 0, dl_n = 0, ul_n = 0;
	wdaDataFormat f = { .pQosFormat = &qos, .pLinkProtocol = &link,
			    .pUlAggregationProtocol = &ul, .pDlAggregationProtocol = &dl,
			    .pDlAggregationMaxDatagrams = &dl_n,
			    .pUlAggregationMaxDatagrams = &ul_n };
	ULONG rc = SLQSWdaGetDataFormat(&f);

	printf("SLQSWdaGetDataFormat: rc %u link %u qos %u ul %u dl %u dl_max %d ul_max %d\n",
	       rc, link, qos, ul, dl, (int)dl_n, (int)ul_n);
	return 0;
}

static int cmd_set(int argc, char **argv)
{
	ULONG link = num(argv[0]), ul = 0, dl = 0, got_link = 0, got_ul = 0, got_dl = 0;
	wdaSetDataFormatReq req = { .pLinkProtocol = &link };
	wdaDataFormat f = { .pLinkProtocol = &got_link, .pUlAggregationProtocol = &got_ul,
			    .pDlAggregationProtocol = &got_dl };
	ULONG rc;

	if (argc >= 3) {
		ul = num(argv[1]);
		dl = num(argv[2]);
		req.pUlAggregationProtocol = &ul;
		req.pDlAggregationProtocol = &dl;
	}
	rc = SLQSWdaSetDataFormat(&req, &f);
	printf("SLQSWdaSetDataFormat: rc %u link %u ul %u dl %u\n", rc, got_link, got_ul, got_dl);
	return 0;
}

static int cmd_netif(void)
{
	CHAR name[16] = "";
	ULONG driver = 99;
	ULONG rc = SLQSGetNetInterface(sizeof name, name, &driver);

	printf("SLQSGetNetInterface: rc %u if '%s' driver %u\n", rc, name, driver);
	return 0;
}

static int cmd_align(int argc, char **argv)
{
	slqsRawIpAlignment r;
	ULONG rc;

	memset(&r, 0xAA, sizeof r);
	rc = SLQSSetRawIpAlignment(num(argv[0]), num(argv[1]), argc > 2 ? argv[2] : NULL, &r);
	printf("SLQSSetRawIpAlignment: rc %u if '%.16s' driver %u link %d->%d host %u->%u "
	       "cycled %u\n", rc, r.ifName, r.driver, (int)r.oldLinkProtocol,
	       (int)r.newLinkProtocol, r.oldHostRawIp, r.newHostRawIp, r.ifaceCycled);
	return 0;
}

/* Prints "NAME: rc N" and counts it wrong unless it is WANT. */
static int expect(const char *name, ULONG rc, ULONG want)
{
	printf("%s: rc %u\n", name, rc);
	return rc != want;
}

static int cmd_args(void)
{
	wdaSetDataFormatReq none = { 0 };
	ULONG bad_link = 3;
	BYTE bad_qos = 2;
	wdaSetDataFormatReq bad = { .pLinkProtocol = &bad_link };
	wdaSetDataFormatReq badq = { .pQosFormat = &bad_qos };
	CHAR tiny[2];
	int wrong = 0;

	wrong += expect("null SLQSWdaGetDataFormat", SLQSWdaGetDataFormat(NULL),
			eQCWWAN_ERR_INVALID_ARG);
	wrong += expect("null SLQSWdaSetDataFormat", SLQSWdaSetDataFormat(NULL, NULL),
			eQCWWAN_ERR_INVALID_ARG);
	wrong += expect("empty SLQSWdaSetDataFormat", SLQSWdaSetDataFormat(&none, NULL),
			eQCWWAN_ERR_INVALID_ARG);
	wrong += expect("bad link SLQSWdaSetDataFormat", SLQSWdaSetDataFormat(&bad, NULL),
			eQCWWAN_ERR_INVALID_ARG);
	wrong += expect("bad qos SLQSWdaSetDataFormat", SLQSWdaSetDataFormat(&badq, NULL),
			eQCWWAN_ERR_INVALID_ARG);
	wrong += expect("null SLQSGetNetInterface", SLQSGetNetInterface(16, NULL, NULL),
			eQCWWAN_ERR_INVALID_ARG);
	wrong += expect("short SLQSGetNetInterface", SLQSGetNetInterface(sizeof tiny, tiny, NULL),
			eQCWWAN_ERR_BUFFER_SZ);
	wrong += expect("bad link SLQSSetRawIpAlignment", SLQSSetRawIpAlignment(0, 0, NULL, NULL),
			eQCWWAN_ERR_INVALID_ARG);
	wrong += expect("bad flags SLQSSetRawIpAlignment",
			SLQSSetRawIpAlignment(SLQS_WDA_LINK_LAYER_RAW_IP, 0x80, NULL, NULL),
			eQCWWAN_ERR_INVALID_ARG);
	wrong += expect("long name SLQSSetRawIpAlignment",
			SLQSSetRawIpAlignment(SLQS_WDA_LINK_LAYER_RAW_IP, 0,
					      (CHAR *)"a-very-long-interface-name", NULL),
			eQCWWAN_ERR_INVALID_ARG);
	return wrong ? 1 : 0;
}

int main(int argc, char **argv)
{
	const char *cmd = argc > 1 ? argv[1] : "";
	int rc = 1;

	if (connect_first_modem("api_wda"))
		return 1;
	if (!strcmp(cmd, "get"))
		rc = cmd_get();
	else if (!strcmp(cmd, "set") && argc >= 3)
		rc = cmd_set(argc - 2, argv + 2);
	else if (!strcmp(cmd, "netif"))
		rc = cmd_netif();
	else if (!strcmp(cmd, "align") && argc >= 4)
		rc = cmd_align(argc - 2, argv + 2);
	else if (!strcmp(cmd, "args"))
		rc = cmd_args();
	else
		fprintf(stderr, "usage: api_wda get | set LINK [UL DL] | netif | "
				"align LINK FLAGS [IFNAME] | args\n");
	QCWWANDisconnect();
	return rc;
}
