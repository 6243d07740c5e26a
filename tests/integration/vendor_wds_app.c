/*
 * A data-session program written the way an application of the vendor
 * SDK 4.x is: SWIWWANCMAPI.h only, the vendor's names and types. It starts
 * a dual-stack session on the default profile, prints its settings
 * (addresses, gateways, DNS, MTU, APN) and its byte counts, and stops it.
 * tests/build/vendor_app.sh compiles it with -Wall -Wextra -Werror and
 * links it with the vendor's link line for each CPU;
 * tests/integration/vendor_wds_app.sh runs it against qmisim.
 *
 * Exit status 0 when both families came up and every call succeeded.
 */
#include <stdio.h>
#include <string.h>

#include "SWIWWANCMAPI.h"
#include "vendor_app.h"

static void print_ipv4(const char *name, ULONG a)
{
	printf("%s: %lu.%lu.%lu.%lu\n", name, (unsigned long)(a >> 24),
	       (unsigned long)((a >> 16) & 0xFF), (unsigned long)((a >> 8) & 0xFF),
	       (unsigned long)(a & 0xFF));
}

static void print_ipv6(const char *name, const USHORT *g, BYTE prefix)
{
	printf("%s: %x:%x:%x:%x:%x:%x:%x:%x/%u\n", name, g[0], g[1], g[2], g[3], g[4], g[5], g[6],
	       g[7], prefix);
}

static void print_settings(ULONG v4id, ULONG v6id)
{
	CHAR apn[101] = "";
	ULONG ip = 0, gw = 0, mask = 0, dns1 = 0, mtu = 0;
	USHORT dns6[8];
	struct IPV6AddressInfo v6;
	struct IPV6GWAddressInfo v6gw;
	struct WdsRunTimeSettings s;

	memset(&s, 0, sizeof(s));
	s.v4sessionId = &v4id;
	s.v6sessionId = &v6id;
	s.rts.pAPNName = apn;
	s.rts.pIPAddressV4 = &ip;
	s.rts.pGWAddressV4 = &gw;
	s.rts.pSubnetMaskV4 = &mask;
	s.rts.pPrimaryDNSV4 = &dns1;
	s.rts.pPrimaryDNSV6 = dns6;
	s.rts.pMtu = &mtu;
	s.rts.pIPV6AddrInfo = &v6;
	s.rts.pIPV6GWAddrInfo = &v6gw;
	check("SLQSGetRuntimeSettings", SLQSGetRuntimeSettings(&s));
	printf("apn: %s\nmtu: %lu\n", apn, (unsigned long)mtu);
	print_ipv4("ipv4", ip);
	print_ipv4("gateway", gw);
	print_ipv4("netmask", mask);
	print_ipv4("dns", dns1);
	print_ipv6("ipv6", v6.IPAddressV6, v6.IPV6PrefixLen);
	print_ipv6("ipv6 gateway", v6gw.gwAddressV6, v6gw.gwV6PrefixLen);
	print_ipv6("ipv6 dns", dns6, 128);
}

int main(void)
{
	struct ssdatasession_params session;
	ULONG profile = 1, v4state = 0, v6state = 0;
	ULONGLONG tx = 0, rx = 0;
	ULONG rc;

	if (start_and_connect("vendor_wds_app"))
		return 1;

	memset(&session, 0, sizeof(session));
	session.action = 1;
	session.instanceId = 0;
	session.pProfileId3GPP = &profile;
	session.ipfamily = 7;
	rc = SLQSStartStopDataSession(&session);
	printf("start: %lu v4 %s v6 %s\n", (unsigned long)rc, session.v4sessionId ? "up" : "down",
	       session.v6sessionId ? "up" : "down");
	if (rc != eQCWWAN_ERR_SWICM_V4UP_V6UP) {
		fprintf(stderr, "vendor_wds_app: reasons v4 %lu v6 %lu\n",
			(unsigned long)session.failureReasonv4, (unsigned long)session.failureReasonv6);
		failures++;
	} else {
		check("SLQSGetSessionState", SLQSGetSessionState(&v4state, &v6state, 0));
		printf("state: v4 %lu v6 %lu\n", (unsigned long)v4state, (unsigned long)v6state);
		print_settings(session.v4sessionId, session.v6sessionId);
		check("GetByteTotals", GetByteTotals(&tx, &rx, 0));
		session.action = 0;
		check("SLQSStartStopDataSession stop", SLQSStartStopDataSession(&session));
		printf("stopped: v4 %s v6 %s\n", session.v4sessionId ? "up" : "down",
		       session.v6sessionId ? "up" : "down");
	}
	check("QCWWANDisconnect", QCWWANDisconnect());
	return failures != 0;
}
