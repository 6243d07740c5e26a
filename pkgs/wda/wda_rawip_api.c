/*
 * Raw-IP alignment (SLQSSetRawIpAlignment): the modem's WDA link layer and
 * the qmi_wwan driver's raw_ip switch made to agree, in an order that
 * changes nothing when the kernel would refuse (see qaGobiApiWda.h).
 */
#include "api/wda/inc/qaGobiApiWda.h"

#include <string.h>

#include "api/qmerrno.h"
#include "pkgs/api/rt.h"
#include "pkgs/wda/wda_api.h"

/* Reads the host switch into res; *host cleared when there is none to set. */
static ULONG host_read(const char *sysfs_root, const char *ifname, int want_raw, int *host,
		       slqsRawIpAlignment *res)
{
	BYTE old;
	ULONG rc = slqs_wda_raw_ip_read(sysfs_root, ifname, &old);

	if (rc == eQCWWAN_ERR_SWIWDA_NO_RAWIP_SWITCH && !want_raw) {
		*host = 0;	/* no switch: the driver speaks 802.3 */
		return eQCWWAN_ERR_NONE;
	}
	if (!rc)
		res->oldHostRawIp = res->newHostRawIp = old;
	return rc;
}

/* Sets the switch to want_raw, the interface down around it when asked. */
static ULONG host_switch(const char *sysfs_root, const char *ifname, ULONG flags, int want_raw,
			 slqsRawIpAlignment *res)
{
	ULONG rc;

	if (slqs_wda_iface_is_up(ifname)) {
		if (!(flags & SLQS_RAWIP_CYCLE_IFACE))
			return eQCWWAN_ERR_SWIWDA_IFACE_UP;
		rc = slqs_wda_iface_set_up(ifname, 0);
		if (rc)
			return rc;
		res->ifaceCycled = 1;
	}
	rc = slqs_wda_raw_ip_write(sysfs_root, ifname, (BYTE)want_raw);
	if (!rc)
		res->newHostRawIp = (BYTE)want_raw;
	return rc;
}

ULONG slqs_wda_align(const char *sysfs_root, ULONG link, ULONG flags, const char *ifname,
		     ULONG driver, const struct slqs_wda_modem *modem, slqsRawIpAlignment *res)
{
	int want_raw = link == SLQS_WDA_LINK_LAYER_RAW_IP;
	int host = ifname[0] && driver != SLQS_NETIF_DRIVER_GOBINET &&
		   !(flags & SLQS_RAWIP_MODEM_ONLY);
	int changed = 0;
	ULONG granted = SLQS_WDA_UNKNOWN, rc, up_rc = eQCWWAN_ERR_NONE;

	memset(res, 0, sizeof *res);
	slqs_rt_strcpy(res->ifName, sizeof res->ifName, ifname);
	res->driver = driver;
	res->oldLinkProtocol = res->newLinkProtocol = SLQS_WDA_UNKNOWN;
	res->oldHostRawIp = res->newHostRawIp = SLQS_RAWIP_HOST_NONE;

	rc = host ? host_read(sysfs_root, ifname, want_raw, &host, res) : eQCWWAN_ERR_NONE;
	if (!rc)
		rc = modem->get_link(modem->ctx, &res->oldLinkProtocol);
	if (rc)
		return rc;
	res->newLinkProtocol = res->oldLinkProtocol;
	if (host && res->oldHostRawIp != want_raw) {
		rc = host_switch(sysfs_root, ifname, flags, want_raw, res);
		changed = !rc;
	}
	if (!rc) {
		rc = modem->set_link(modem->ctx, link, &granted);
		if (!rc)
			res->newLinkProtocol = granted;
		if (!rc && granted != link)
			rc = eQCWWAN_ERR_SWIWDA_NOT_GRANTED;
	}
	/* The modem did not follow: the host goes back to what it was. */
	if (rc && changed &&
	    slqs_wda_raw_ip_write(sysfs_root, ifname, res->oldHostRawIp) == eQCWWAN_ERR_NONE)
		res->newHostRawIp = res->oldHostRawIp;
	if (res->ifaceCycled)
		up_rc = slqs_wda_iface_set_up(ifname, 1);
	return rc ? rc : up_rc;
}

/* ---- the connected modem, through the daemon ---------------------------------------- */

static ULONG modem_get_link(void *ctx, ULONG *link)
{
	wdaDataFormat f = { .pLinkProtocol = link };

	(void)ctx;
	return SLQSWdaGetDataFormat(&f);
}

static ULONG modem_set_link(void *ctx, ULONG want, ULONG *granted)
{
	ULONG off = SLQS_WDA_AGGREGATION_DISABLED;
	wdaSetDataFormatReq req = {
		.pLinkProtocol = &want,
		.pUlAggregationProtocol = &off,
		.pDlAggregationProtocol = &off,
	};
	wdaDataFormat f = { .pLinkProtocol = granted };

	(void)ctx;
	return SLQSWdaSetDataFormat(&req, &f);
}

/* A name the kernel could give an interface: it goes into sysfs paths. */
static int is_ifname(const char *name)
{
	return !strchr(name, '/') && strcmp(name, ".") && strcmp(name, "..");
}

static const struct slqs_wda_modem connected_modem = {
	.get_link = modem_get_link,
	.set_link = modem_set_link,
};

ULONG SLQSSetRawIpAlignment(ULONG linkProtocol, ULONG flags, CHAR *pIfName,
			    slqsRawIpAlignment *pResult)
{
	slqsRawIpAlignment res;
	char ifname[sizeof res.ifName] = "";
	ULONG driver = SLQS_NETIF_DRIVER_UNKNOWN;
	ULONG rc = eQCWWAN_ERR_NONE;

	if ((linkProtocol != SLQS_WDA_LINK_LAYER_802_3 &&
	     linkProtocol != SLQS_WDA_LINK_LAYER_RAW_IP) ||
	    (flags & ~(ULONG)(SLQS_RAWIP_CYCLE_IFACE | SLQS_RAWIP_MODEM_ONLY)))
		return eQCWWAN_ERR_INVALID_ARG;
	if (pIfName && pIfName[0] &&
	    (!slqs_rt_strcpy(ifname, sizeof ifname, pIfName) || !is_ifname(ifname)))
		return eQCWWAN_ERR_INVALID_ARG;
	if (!(flags & SLQS_RAWIP_MODEM_ONLY)) {
		if (ifname[0])
			driver = slqs_wda_netif_driver(NULL, ifname);
		else
			rc = SLQSGetNetInterface(sizeof ifname, ifname, &driver);
	}
	if (!rc)
		rc = slqs_wda_align(NULL, linkProtocol, flags, ifname, driver, &connected_modem,
				    &res);
	else {
		memset(&res, 0, sizeof res);
		res.oldLinkProtocol = res.newLinkProtocol = SLQS_WDA_UNKNOWN;
		res.oldHostRawIp = res.newHostRawIp = SLQS_RAWIP_HOST_NONE;
	}
	if (pResult)
		*pResult = res;
	return rc;
}
