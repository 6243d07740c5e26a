/**
 * \file   qaGobiApiWda.h
 * \brief  Data format (WDA) and raw-IP alignment of the modem and the host.
 *
 * The vendor SDK 4.x has no function for this; these are this SDK's own,
 * named and shaped in the SDK's style. They matter on every modem that
 * speaks raw IP (MC7455, EM7455, MC7430 ...) driven by the mainline
 * `qmi_wwan` driver: the modem's link-layer protocol (WDA) and the
 * driver's `/sys/class/net/<if>/qmi/raw_ip` switch must agree, or no
 * packet passes although the data session is up.
 *
 * - SLQSWdaGetDataFormat() and SLQSWdaSetDataFormat() read and set the
 *   modem's data format (WDA Get/Set Data Format).
 * - SLQSGetNetInterface() names the network interface of the connected
 *   modem, found in sysfs.
 * - SLQSSetRawIpAlignment() makes both sides agree and reports what it
 *   changed.
 *
 * sysfs is read below `/sys`, or below the directory named by the
 * environment variable `SLQS_SYSFS_ROOT` (for tests on a fake tree).
 *
 * Errors: eQCWWAN_ERR_INVALID_ARG for a NULL where a value is required or a
 * value out of range; eQCWWAN_ERR_QMI_OFFSET + code (1000 + code) when the
 * modem answers with a QMI error (1071, InvalidQmiCommand, from a modem
 * without the WDA service); eQCWWAN_ERR_MALFORMED_QMI_RSP when the answer
 * does not decode; eQCWWAN_ERR_NO_CONNECTION, eQCWWAN_ERR_SWICM_TIMEOUT or
 * another transport error when no answer arrives; the host-side codes
 * eQCWWAN_ERR_SWIWDA_... below.
 * See docs/api-rawip.md for the why and examples.
 */
#ifndef SLQS_API_QAGOBIAPIWDA_H
#define SLQS_API_QAGOBIAPIWDA_H

#include "../../inc/SwiDataTypes.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ==== values ============================================================== */

/** Link-layer protocol: Ethernet (802.3) frames, the modem's usual boot format. */
#define SLQS_WDA_LINK_LAYER_802_3 1
/** Link-layer protocol: bare IP packets (raw-IP). */
#define SLQS_WDA_LINK_LAYER_RAW_IP 2

/** Aggregation protocol: none (one packet per USB transfer). */
#define SLQS_WDA_AGGREGATION_DISABLED 0
/** Aggregation protocol: QMAP (needs a driver that demultiplexes it). */
#define SLQS_WDA_AGGREGATION_QMAP 5

/** A data-format value the modem did not report (ULONG members). */
#define SLQS_WDA_UNKNOWN 0xFFFFFFFFUL

/** SLQSGetNetInterface(): the driver could not be told. */
#define SLQS_NETIF_DRIVER_UNKNOWN 0
/** SLQSGetNetInterface(): mainline `qmi_wwan` (`/dev/cdc-wdmN`). */
#define SLQS_NETIF_DRIVER_QMI_WWAN 1
/** SLQSGetNetInterface(): the vendor's GobiNet (`/dev/qcqmiN`). */
#define SLQS_NETIF_DRIVER_GOBINET 2

/** SLQSSetRawIpAlignment() flag: take an interface that is up down, switch, bring it up. */
#define SLQS_RAWIP_CYCLE_IFACE 0x01
/** SLQSSetRawIpAlignment() flag: set the modem only, leave the host alone. */
#define SLQS_RAWIP_MODEM_ONLY 0x02

/** slqsRawIpAlignment host members: the host has no raw_ip switch (GobiNet, or none found). */
#define SLQS_RAWIP_HOST_NONE 0xFF

/* ---- host-side results (this SDK's own codes, beside qmerrno.h's) ---- */

/**
 * The interface is up and the kernel refuses to switch raw_ip on a running
 * interface: nothing was changed, neither at the host nor at the modem.
 * Take the interface down first, or pass SLQS_RAWIP_CYCLE_IFACE.
 */
#define eQCWWAN_ERR_SWIWDA_IFACE_UP 0xEA01
/** No network interface belongs to the connected modem (none in sysfs, or not a USB modem). */
#define eQCWWAN_ERR_SWIWDA_NO_NETIF 0xEA02
/** Raw-IP asked for, but the driver has no raw_ip switch (qmi_wwan before Linux 4.5). */
#define eQCWWAN_ERR_SWIWDA_NO_RAWIP_SWITCH 0xEA03
/** The modem answered with another link layer than the one asked for (it lacks raw-IP). */
#define eQCWWAN_ERR_SWIWDA_NOT_GRANTED 0xEA04

/* ==== the modem's data format ============================================== */

/**
 * The modem's data format, as SLQSWdaGetDataFormat() and
 * SLQSWdaSetDataFormat() return it: a "fill what is not NULL" struct.
 * A member the modem did not report receives SLQS_WDA_UNKNOWN (0xFF for
 * the BYTE members).
 */
typedef struct {
	BYTE *pQosFormat;			/**< 1: a QoS header precedes each packet, 0: none */
	ULONG *pLinkProtocol;			/**< SLQS_WDA_LINK_LAYER_802_3 or SLQS_WDA_LINK_LAYER_RAW_IP */
	ULONG *pUlAggregationProtocol;		/**< Uplink aggregation, SLQS_WDA_AGGREGATION_* (QMI numbers) */
	ULONG *pDlAggregationProtocol;		/**< Downlink aggregation, SLQS_WDA_AGGREGATION_* */
	ULONG *pNdpSignature;			/**< NCM NDP signature */
	ULONG *pDlAggregationMaxDatagrams;	/**< Most datagrams per downlink aggregate */
	ULONG *pDlAggregationMaxSize;		/**< Largest downlink aggregate, bytes */
	ULONG *pUlAggregationMaxDatagrams;	/**< Most datagrams per uplink aggregate */
	ULONG *pUlAggregationMaxSize;		/**< Largest uplink aggregate, bytes */
} wdaDataFormat;

/**
 * What SLQSWdaSetDataFormat() asks for: a member left NULL is not sent
 * (the modem keeps its value).
 */
typedef struct {
	BYTE *pQosFormat;			/**< 0 or 1 */
	ULONG *pLinkProtocol;			/**< SLQS_WDA_LINK_LAYER_802_3 or SLQS_WDA_LINK_LAYER_RAW_IP */
	ULONG *pUlAggregationProtocol;		/**< SLQS_WDA_AGGREGATION_* */
	ULONG *pDlAggregationProtocol;		/**< SLQS_WDA_AGGREGATION_* */
	ULONG *pDlAggregationMaxDatagrams;	/**< Most datagrams per downlink aggregate */
	ULONG *pDlAggregationMaxSize;		/**< Largest downlink aggregate, bytes */
	ULONG *pUlAggregationMaxDatagrams;	/**< Most datagrams per uplink aggregate */
	ULONG *pUlAggregationMaxSize;		/**< Largest uplink aggregate, bytes */
} wdaSetDataFormatReq;

/**
 * \brief Reads the modem's data format (WDA Get Data Format, 0x0021).
 *
 * \param pResp  Receives the format; every non-NULL member is written.
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_INVALID_ARG if pResp is NULL; the
 *         errors of the file comment.
 * \note Timeout: 2 seconds.
 */
ULONG SLQSWdaGetDataFormat(wdaDataFormat *pResp);

/**
 * \brief Sets the modem's data format (WDA Set Data Format, 0x0020).
 *
 * The modem answers with the format it now uses, which is not always the
 * one asked for: a modem without raw-IP stays on 802.3, one without the
 * aggregation asked for turns it off, limits are cut to the modem's. Read
 * pResp, do not assume.
 *
 * The setting lasts until the modem resets; a modem boots with its own
 * default (802.3 on an MC7455), so set it again after every reset.
 *
 * \param pReq   What to set; at least one member must be non-NULL.
 * \param pResp  Receives the format the modem granted (NULL: not wanted).
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_INVALID_ARG if pReq is NULL, asks
 *         for nothing, or names a link layer other than 1 or 2 or a QoS
 *         format above 1; 1048 (InvalidArgument) from the modem; the errors
 *         of the file comment.
 * \note Timeout: 2 seconds.
 */
ULONG SLQSWdaSetDataFormat(wdaSetDataFormatReq *pReq, wdaDataFormat *pResp);

/* ==== the host's network interface ========================================= */

/**
 * \brief Names the network interface of the connected modem.
 *
 * Looks in sysfs beside the control device QCWWAN2kConnect() chose: for
 * `/dev/cdc-wdmN` in `class/usbmisc/cdc-wdmN/device/net/`, for
 * `/dev/qcqmiN` in `class/QCQMI/qcqmiN/device/net/` (the first interface
 * there by name). When this host's sysfs does not know the node, the
 * daemon's device list is asked (it found the interface when it found the
 * modem).
 *
 * \param ifNameSize  Size of pIfName in bytes, NUL included (16 holds any
 *                    Linux interface name).
 * \param pIfName     Receives the interface name, e.g. "wwan0".
 * \param pDriver     Receives SLQS_NETIF_DRIVER_* (NULL: not wanted).
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_INVALID_ARG if pIfName is NULL;
 *         eQCWWAN_ERR_BUFFER_SZ if the name does not fit;
 *         eQCWWAN_ERR_NO_DEVICE when no modem is connected;
 *         eQCWWAN_ERR_SWIWDA_NO_NETIF when the modem has no interface.
 * \note Reads sysfs and at most asks the daemon for its device list.
 */
ULONG SLQSGetNetInterface(BYTE ifNameSize, CHAR *pIfName, ULONG *pDriver);

/* ==== raw-IP alignment ======================================================= */

/** What SLQSSetRawIpAlignment() found and changed. */
typedef struct {
	CHAR ifName[16];		/**< The interface found or given, "" with SLQS_RAWIP_MODEM_ONLY */
	ULONG driver;			/**< SLQS_NETIF_DRIVER_* of that interface */
	ULONG oldLinkProtocol;		/**< The modem's link layer before (SLQS_WDA_UNKNOWN if unread) */
	ULONG newLinkProtocol;		/**< The modem's link layer after, as it answered */
	BYTE oldHostRawIp;		/**< raw_ip before: 1 Y, 0 N, SLQS_RAWIP_HOST_NONE no switch */
	BYTE newHostRawIp;		/**< raw_ip after, the same way */
	BYTE ifaceCycled;		/**< 1 when the interface was taken down and brought up again */
} slqsRawIpAlignment;

/**
 * \brief Makes the modem and the host agree on raw-IP or 802.3.
 *
 * In this order:
 * 1. finds the interface (pIfName, else SLQSGetNetInterface()) and reads
 *    its `qmi/raw_ip` switch (qmi_wwan; GobiNet has none: the modem alone
 *    is set);
 * 2. when the switch must change and the interface is up: without
 *    SLQS_RAWIP_CYCLE_IFACE returns eQCWWAN_ERR_SWIWDA_IFACE_UP having
 *    changed nothing (the kernel refuses the change on a running
 *    interface); with it, takes the interface down;
 * 3. writes `Y` or `N` to `/sys/class/net/<if>/qmi/raw_ip`;
 * 4. sets the modem's link layer, aggregation off both ways (WDA Set Data
 *    Format);
 * 5. brings the interface up again if step 2 took it down.
 *
 * When step 4 fails, or the modem answers another link layer, the switch
 * is put back as it was. The host part needs the right to write sysfs and,
 * for SLQS_RAWIP_CYCLE_IFACE, CAP_NET_ADMIN (usually: root).
 *
 * \param linkProtocol  SLQS_WDA_LINK_LAYER_RAW_IP or SLQS_WDA_LINK_LAYER_802_3.
 * \param flags         0, or SLQS_RAWIP_CYCLE_IFACE and/or SLQS_RAWIP_MODEM_ONLY.
 * \param pIfName       The interface, or NULL / "" to find it (SLQSGetNetInterface()).
 * \param pResult       Receives what was found and changed (NULL: not wanted);
 *                      filled as far as the function got, also on failure.
 * \return eQCWWAN_ERR_NONE when both sides agree;
 *         eQCWWAN_ERR_INVALID_ARG for another link layer, unknown flags or
 *         a pIfName no interface can have (15 characters at most, no '/');
 *         eQCWWAN_ERR_SWIWDA_IFACE_UP: the interface is up (nothing changed);
 *         eQCWWAN_ERR_SWIWDA_NO_NETIF: no interface found (pass pIfName, or
 *         SLQS_RAWIP_MODEM_ONLY);
 *         eQCWWAN_ERR_SWIWDA_NO_RAWIP_SWITCH: raw-IP asked of a qmi_wwan
 *         without the switch;
 *         eQCWWAN_ERR_SWIWDA_NOT_GRANTED: the modem stays on another link
 *         layer (host put back);
 *         eQCWWAN_ERR_SWIDCS_FILEIO_ERR: raw_ip could not be read or
 *         written (permissions: errno in the log);
 *         eQCWWAN_ERR_SWIDCS_IOCTL_ERR: the interface could not be taken
 *         down or up;
 *         the errors of SLQSWdaSetDataFormat().
 * \note Timeout: 2 seconds for each of the two modem requests.
 */
ULONG SLQSSetRawIpAlignment(ULONG linkProtocol, ULONG flags, CHAR *pIfName,
			    slqsRawIpAlignment *pResult);

#ifdef __cplusplus
}
#endif

#endif /* SLQS_API_QAGOBIAPIWDA_H */
