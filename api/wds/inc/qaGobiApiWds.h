/**
 * \file   qaGobiApiWds.h
 * \brief  Wireless data service: data sessions (IPv4, IPv6, dual-stack),
 *         their state, settings and counters, and the modem's profiles.
 *
 * Every function here talks to the modem chosen with QCWWAN2kConnect()
 * (see qaGobiApiDcs.h) and may be called from any thread; a data session
 * start that waits for the network (up to minutes) never holds up the
 * other calls of the application.
 *
 * Conventions of this header:
 * - `instance` (BYTE instanceId, BYTE instance) selects the modem's data
 *   instance (PDN); 0 is the first and, on most products, the only one.
 * - A session belongs to the application that started it: it is queried
 *   and stopped through the client that started it, and the modem ends it
 *   when that application exits.
 * - A struct whose members are pointers is a "fill what is not NULL"
 *   request: a member left NULL is simply not filled.
 * - IPv4 addresses are ULONG in host order (0xC0A80001 is 192.168.0.1);
 *   IPv6 addresses are USHORT[8], each element one group in host order.
 * - Errors: eQCWWAN_ERR_INVALID_ARG for a NULL where a value is required;
 *   eQCWWAN_ERR_QMI_OFFSET + code (1000 + code) when the modem answers with
 *   a QMI error; eQCWWAN_ERR_MALFORMED_QMI_RSP when the answer does not
 *   decode; eQCWWAN_ERR_NO_CONNECTION, eQCWWAN_ERR_SWICM_TIMEOUT or another
 *   transport error when no answer arrives.
 */
#ifndef SLQS_API_QAGOBIAPIWDS_H
#define SLQS_API_QAGOBIAPIWDS_H

#include "../../inc/SwiDataTypes.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ==== Data sessions: start/stop, state, settings, counters ============== */

#ifndef IPV6_ADDRESS_ARRAY_SIZE
/** USHORT groups of an IPv6 address. */
#define IPV6_ADDRESS_ARRAY_SIZE 8
#endif

/**
 * What SLQSStartStopDataSession() starts or stops, and what it reports.
 *
 * The caller fills action, instanceId, ipfamily and the optional pointers;
 * the SDK fills the ids, result codes and failure reasons. On a stop the
 * SDK stops the sessions it started on that instance (it keeps their ids
 * itself: the id members need not be passed back).
 */
struct ssdatasession_params {
	BOOL action;		/**< 1 start, 0 stop. */
	BYTE instanceId;	/**< Data instance (PDN): 0 or 1. */
	ULONG *pTechnology;	/**< Optional: 1 UMTS (3GPP), 2 CDMA (3GPP2), 3 eMBMS, 4 modem link-local. */
	ULONG *pProfileId3GPP;	/**< Optional: the 3GPP profile index to start (else the default profile). */
	ULONG *pProfileId3GPP2;	/**< Optional: the 3GPP2 profile index. */
	ULONG sessionId;	/**< Out: the session id (packet data handle); IPv4's for dual-stack. */
	ULONG failureReason;	/**< Out: the call end reason of a failed start (first failure for dual-stack). */
	ULONG failureReasonv4;	/**< Out: the IPv4 call end reason (0: none). */
	ULONG failureReasonv6;	/**< Out: the IPv6 call end reason (0: none). */
	ULONG rcv4;		/**< Out: the IPv4 result (eQCWWAN_ERR_*). */
	ULONG rcv6;		/**< Out: the IPv6 result (eQCWWAN_ERR_*). */
	ULONG v4sessionId;	/**< Out: the IPv4 session id, 0 when none is up. */
	ULONG v6sessionId;	/**< Out: the IPv6 session id, 0 when none is up. */
	BYTE ipfamily;		/**< 4 IPv4, 6 IPv6, 7 both (dual-stack, one session per family). */
	ULONG *pAuthentication;	/**< Optional: bit 0 PAP, bit 1 CHAP may be used. */
	CHAR *pUsername;	/**< Optional: user name for PAP/CHAP (NUL-terminated). */
	CHAR *pPassword;	/**< Optional: password for PAP/CHAP (NUL-terminated). */
	ULONG verbFailReasonType; /**< Out: the verbose call end reason's type (1 MIP, 2 internal, 3 CM, 6 3GPP, 7 PPP, 8 EHRPD, 9 IPv6). */
	ULONG verbFailReason;	/**< Out: the verbose call end reason (its meaning depends on the type). */
};

/**
 * \brief Starts or stops a data session (IPv4, IPv6 or both).
 *
 * A start sends Start Network on the instance's client of each family
 * (after setting that client's IP family); for dual-stack the two
 * sessions are separate and each has its own id, result and reason.
 * A session that is already up (the modem answers NoEffect) counts as
 * started: its id is the one this application holds, or, when the
 * session belongs to another client or the modem's autoconnect, a stand-in
 * id that a stop merely forgets. A stop sends Stop Network for the
 * sessions of the requested families on the client that started them; a
 * session the network has already ended stops without an error.
 *
 * \param pin  What to start or stop; receives the ids and reasons.
 * \return eQCWWAN_ERR_NONE when every requested family is up (start) or
 *         down (stop); for a start with ipfamily 7:
 *         eQCWWAN_ERR_SWICM_V4UP_V6UP, eQCWWAN_ERR_SWICM_V4UP_V6DWN,
 *         eQCWWAN_ERR_SWICM_V4DWN_V6UP or eQCWWAN_ERR_SWICM_V4DWN_V6DWN,
 *         with rcv4/rcv6 and failureReasonv4/v6 saying why; a single
 *         family's failure: its code (1014, CallFailed, with failureReason
 *         and the verbose reason filled);
 *         eQCWWAN_ERR_SWICM_INVALID_V4_SESSION_ID /
 *         eQCWWAN_ERR_SWICM_INVALID_V6_SESSION_ID for a stop with no such
 *         session; eQCWWAN_ERR_INVALID_ARG for a bad action, instance or
 *         family.
 * \note Timeout: 5 minutes for a start (other calls of the application go on
 *       meanwhile), 2 seconds for a stop.
 */
ULONG SLQSStartStopDataSession(struct ssdatasession_params *pin);

/**
 * \brief The state of the instance's data session.
 * \param pState    Out: 1 disconnected, 2 connected, 3 suspended, 4 authenticating.
 * \param instance  Data instance (0 or 1); the IPv4 session's state, or the
 *                  IPv6 one's when only IPv6 was started.
 * \return eQCWWAN_ERR_NONE or an error.
 * \note Timeout: 2 seconds.
 */
ULONG GetSessionState(ULONG *pState, BYTE instance);

/**
 * \brief The state of the instance's IPv4 and IPv6 sessions.
 * \param pStateV4  Out: the IPv4 state (1 disconnected, 2 connected, 3 suspended, 4 authenticating).
 * \param pStateV6  Out: the IPv6 state, in the same numbers.
 * \param instance  Data instance (0 or 1).
 * \return eQCWWAN_ERR_NONE or an error.
 * \note Timeout: 2 seconds per family.
 */
ULONG SLQSGetSessionState(ULONG *pStateV4, ULONG *pStateV6, BYTE instance);

/**
 * \brief Packet counters of the instance's session since it started.
 * \param pTXPacketSuccesses  Out: packets sent without error.
 * \param pRXPacketSuccesses  Out: packets received without error.
 * \param pTXPacketErrors     Out: outgoing packets with framing errors.
 * \param pRXPacketErrors     Out: incoming packets with framing errors.
 * \param pTXPacketOverflows  Out: packets dropped, transmit buffer full.
 * \param pRXPacketOverflows  Out: packets dropped, receive buffer full.
 * \param instance            Data instance (0 or 1).
 * \return eQCWWAN_ERR_NONE, 1015 (OutOfCall) without a session, or an error.
 *         A counter the modem does not report is 0xFFFFFFFF.
 * \note Timeout: 2 seconds.
 */
ULONG GetPacketStatus(ULONG *pTXPacketSuccesses, ULONG *pRXPacketSuccesses,
		      ULONG *pTXPacketErrors, ULONG *pRXPacketErrors,
		      ULONG *pTXPacketOverflows, ULONG *pRXPacketOverflows, BYTE instance);

/** Packet statistics of one session (each member: NULL, or filled). */
struct WdsPktStatisticsElmnts {
	ULONG *pTXPacketSuccesses;	/**< Packets sent without error. */
	ULONG *pRXPacketSuccesses;	/**< Packets received without error. */
	ULONG *pTXPacketErrors;		/**< Outgoing packets with framing errors. */
	ULONG *pRXPacketErrors;		/**< Incoming packets with framing errors. */
	ULONG *pTXPacketOverflows;	/**< Packets dropped, transmit buffer full. */
	ULONG *pRXPacketOverflows;	/**< Packets dropped, receive buffer full. */
	ULONGLONG *pTXOkBytesCount;	/**< Bytes sent without error. */
	ULONGLONG *pRXOkBytesCount;	/**< Bytes received without error. */
	ULONGLONG *pTXOKBytesLastCall;	/**< Bytes sent in the last call (out of a call only). */
	ULONGLONG *pRXOKBytesLastCall;	/**< Bytes received in the last call (out of a call only). */
	ULONG *pTXDroppedCount;		/**< Outgoing packets dropped. */
	ULONG *pRXDroppedCount;		/**< Incoming packets dropped. */
};

/** Which sessions SLQSGetPacketStatistics() reads, and where it puts them. */
struct WdsPktStatisticsResp {
	ULONG *pV4sessionId;	/**< An IPv4 session id (NULL: none; 0: instance 0's IPv4 session). */
	ULONG *pV6sessionId;	/**< An IPv6 session id (NULL: none; 0: instance 0's IPv6 session). */
	struct WdsPktStatisticsElmnts PktStatElmntsV4;	/**< The IPv4 session's statistics. */
	struct WdsPktStatisticsElmnts PktStatElmntsV6;	/**< The IPv6 session's statistics. */
};

/** The statistics asked for. */
struct WdsPktStatisticsReq {
	ULONG *pStatMask;	/**< Bits: 0x01 TX packets, 0x02 RX packets, 0x04/0x08 TX/RX errors, 0x10/0x20 TX/RX overflows, 0x40/0x80 TX/RX bytes, 0x100/0x200 TX/RX drops; NULL: all. */
};

/**
 * \brief Packet and byte statistics of one or two sessions.
 * \param pStatMask       The statistics to ask for.
 * \param pPktStatistics  The sessions (at least one id pointer) and the members to fill;
 *                        a statistic the modem does not report is left untouched.
 * \return eQCWWAN_ERR_NONE, 1015 (OutOfCall) when a session is down (the last
 *         call's bytes are filled), eQCWWAN_ERR_SWICM_INVALID_V4_SESSION_ID /
 *         _V6_ for an id this application does not hold, or an error.
 * \note Timeout: 5 seconds per session.
 */
ULONG SLQSGetPacketStatistics(struct WdsPktStatisticsReq *pStatMask,
			      struct WdsPktStatisticsResp *pPktStatistics);

/**
 * \brief Bytes sent and received by the instance's session since it started.
 * \param pTXTotalBytes  Out: bytes sent without error.
 * \param pRXTotalBytes  Out: bytes received without error.
 * \param instance       Data instance (0 or 1).
 * \return eQCWWAN_ERR_NONE, 1015 (OutOfCall) without a session, or an error.
 * \note Timeout: 2 seconds.
 */
ULONG GetByteTotals(ULONGLONG *pTXTotalBytes, ULONGLONG *pRXTotalBytes, BYTE instance);

/** Byte totals of one session (each member: NULL, or filled). */
struct WdsByteTotalsElmnts {
	ULONGLONG *pTXTotalBytes;	/**< Bytes sent without error. */
	ULONGLONG *pRXTotalBytes;	/**< Bytes received without error. */
};

/** Which sessions SLQSGetByteTotals() reads, and where it puts them. */
struct WdsByteTotals {
	ULONG *pV4sessionId;	/**< An IPv4 session id (NULL: none; 0: instance 0's IPv4 session). */
	ULONG *pV6sessionId;	/**< An IPv6 session id (NULL: none; 0: instance 0's IPv6 session). */
	struct WdsByteTotalsElmnts ByteTotalsElmntsV4;	/**< The IPv4 session's totals. */
	struct WdsByteTotalsElmnts ByteTotalsElmntsV6;	/**< The IPv6 session's totals. */
};

/**
 * \brief Byte totals of one or two sessions.
 * \param pByteTotals  The sessions (at least one id pointer) and the members to fill.
 * \return As SLQSGetPacketStatistics().
 * \note Timeout: 2 seconds per session.
 */
ULONG SLQSGetByteTotals(struct WdsByteTotals *pByteTotals);

/**
 * \brief Channel rates of the instance's session.
 * \param pCurrentChannelTXRate  Out: current transmit rate, bit/s (0xFFFFFFFF: unknown).
 * \param pCurrentChannelRXRate  Out: current receive rate, bit/s.
 * \param pMaxChannelTXRate      Out: the serving system's maximum transmit rate, bit/s.
 * \param pMaxChannelRXRate      Out: the serving system's maximum receive rate, bit/s.
 * \param instance               Data instance (0 or 1).
 * \return eQCWWAN_ERR_NONE or an error.
 * \note Timeout: 2 seconds.
 */
ULONG GetConnectionRate(ULONG *pCurrentChannelTXRate, ULONG *pCurrentChannelRXRate,
			ULONG *pMaxChannelTXRate, ULONG *pMaxChannelRXRate, BYTE instance);

/** Channel rates of one session (each member: NULL, or filled), bit/s. */
struct WdsConnectionRateElmnts {
	ULONG *pCurrentChannelTXRate;	/**< Current transmit rate. */
	ULONG *pCurrentChannelRXRate;	/**< Current receive rate. */
	ULONG *pMaxChannelTXRate;	/**< Maximum transmit rate of the serving system. */
	ULONG *pMaxChannelRXRate;	/**< Maximum receive rate of the serving system. */
};

/** Which sessions SLQSGetConnectionRate() reads, and where it puts them. */
struct WdsConnectionRate {
	ULONG *pV4sessionId;	/**< An IPv4 session id (NULL: none; 0: instance 0's IPv4 session). */
	ULONG *pV6sessionId;	/**< An IPv6 session id (NULL: none; 0: instance 0's IPv6 session). */
	struct WdsConnectionRateElmnts ConnRateElmntsV4;	/**< The IPv4 session's rates. */
	struct WdsConnectionRateElmnts ConnRateElmntsV6;	/**< The IPv6 session's rates. */
};

/**
 * \brief Channel rates of one or two sessions.
 * \param pConnectionRate  The sessions (at least one id pointer) and the members to fill.
 * \return As SLQSGetPacketStatistics().
 * \note Timeout: 2 seconds per session.
 */
ULONG SLQSGetConnectionRate(struct WdsConnectionRate *pConnectionRate);

/** Channel rates, bit/s (the members are `unsigned long`, as the vendor SDK has them). */
typedef struct {
	unsigned long current_channel_tx_rate;	/**< Current transmit rate. */
	unsigned long current_channel_rx_rate;	/**< Current receive rate. */
	unsigned long max_channel_tx_rate;	/**< Maximum transmit rate. */
	unsigned long max_channel_rx_rate;	/**< Maximum receive rate. */
} WDSSWICurrentChannelRates;

/**
 * \brief Channel rates of the instance's session.
 *
 * The vendor SDK reads them with a Sierra-specific message; this SDK uses
 * the standard WDS Get Channel Rates, which every QMI modem answers.
 * \param pRates    Out: the rates.
 * \param instance  Data instance (0 or 1).
 * \return eQCWWAN_ERR_NONE or an error.
 * \note Timeout: 2 seconds.
 */
ULONG SLQSGetCurrentChannelRate(WDSSWICurrentChannelRates *pRates, BYTE instance);

/**
 * \brief Whether the traffic channel of the instance's session is dormant.
 * \param pDormancyState  Out: 1 dormant, 2 active.
 * \param instance        Data instance (0 or 1).
 * \return eQCWWAN_ERR_NONE, 1015 (OutOfCall) without a session, or an error.
 * \note Timeout: 2 seconds.
 */
ULONG GetDormancyState(ULONG *pDormancyState, BYTE instance);

/**
 * \brief The data bearer technology of the instance's session.
 * \param pDataBearer  Out: 0x01 CDMA 1X, 0x02 EV-DO Rev 0, 0x03 GSM, 0x04 UMTS,
 *                     0x05 EV-DO Rev A, 0x06 EDGE, 0x07 HSDPA+WCDMA, 0x08
 *                     WCDMA+HSUPA, 0x09 HSDPA+HSUPA, 0x0A LTE, 0x0B eHRPD,
 *                     0x0C..0x11 HSPA+ variants, 0x12 TD-SCDMA, 0x13
 *                     TD-SCDMA+HSDPA, 0xFF unknown.
 * \param instance     Data instance (0 or 1).
 * \return eQCWWAN_ERR_NONE, 1015 (OutOfCall) without a session, or an error.
 * \note Timeout: 2 seconds.
 */
ULONG GetDataBearerTechnology(ULONG *pDataBearer, BYTE instance);

/** A data bearer technology. */
typedef struct dataBearerTechnology {
	BYTE currentNetwork;	/**< 0 unknown, 1 3GPP2, 2 3GPP. */
	ULONG ratMask;		/**< Radio access technologies (3GPP: 0x01 WCDMA, 0x02 GPRS, 0x04 HSDPA, 0x08 HSUPA, 0x10 EDGE, 0x20 LTE, 0x40 HSDPA+, 0x80 DC-HSDPA+, 0x100 64QAM, 0x200 TD-SCDMA; 0x8000 null bearer). */
	ULONG soMask;		/**< Service options (0: not applicable). */
} QmiWDSDataBearerTechnology;

/** Bits of QmiWDSDataBearers::dataBearerMask. */
enum qmiDataBearerMasks {
	QMI_WDS_CURRENT_CALL_DB_MASK = 0x01,	/**< The current call's bearer was filled. */
	QMI_WDS_LAST_CALL_DB_MASK = 0x02	/**< The last call's bearer was filled. */
};

/** The current and last call's data bearer technologies. */
typedef struct dataBearers {
	BYTE dataBearerMask;	/**< Out: which of the two were filled (enum qmiDataBearerMasks). */
	QmiWDSDataBearerTechnology *pCurDataBearerTechnology;	/**< The current call's bearer (NULL: not wanted). */
	QmiWDSDataBearerTechnology *pLastCallDataBearerTechnology; /**< The last call's bearer (NULL: not wanted). */
} QmiWDSDataBearers;

/**
 * \brief The current and last call's data bearer technologies (WDS Get
 *        Current Data Bearer Technology).
 * \param pDataBearers  The members to fill; dataBearerMask says which were.
 * \param instance      Data instance (0 or 1).
 * \return eQCWWAN_ERR_NONE, 1015 (OutOfCall) out of a call (the last call's
 *         bearer is still filled), or an error.
 * \note Timeout: 2 seconds.
 */
ULONG SLQSGetDataBearerTechnology(QmiWDSDataBearers *pDataBearers, BYTE instance);

/** GPRS quality of service. */
struct GPRSQoS {
	ULONG precedenceClass;		/**< Precedence class. */
	ULONG delayClass;		/**< Delay class. */
	ULONG reliabilityClass;		/**< Reliability class. */
	ULONG peakThroughputClass;	/**< Peak throughput class. */
	ULONG meanThroughputClass;	/**< Mean throughput class. */
};

/** A profile's identity. */
struct ProfileIdentifier {
	BYTE profileType;	/**< 0 3GPP, 1 3GPP2. */
	BYTE profileIndex;	/**< Its index. */
};

/** P-CSCF IPv4 server addresses. */
struct PCSCFIPv4ServerAddressList {
	BYTE numInstances;		/**< Addresses that follow. */
	ULONG pscsfIPv4Addr[64];	/**< The addresses. */
};

/** One P-CSCF name. */
struct PCSCFFQDNAddress {
	WORD fqdnLen;		/**< Its length. */
	CHAR fqdnAddr[256];	/**< The name. */
};

/** P-CSCF names. */
struct PCSCFFQDNAddressList {
	BYTE numInstances;				/**< Names that follow. */
	struct PCSCFFQDNAddress pcsfFQDNAddress[10];	/**< The names. */
};

/** One domain name. */
struct Domain {
	WORD domainLen;		/**< Its length. */
	CHAR domainName[256];	/**< The name. */
};

/** Domain names. */
struct DomainNameList {
	BYTE numInstances;		/**< Names that follow. */
	struct Domain domain[10];	/**< The names. */
};

/** An IPv6 address with its prefix length. */
struct IPV6AddressInfo {
	BYTE IPV6PrefixLen;				/**< Prefix length in bits (0xFF: unknown). */
	USHORT IPAddressV6[IPV6_ADDRESS_ARRAY_SIZE];	/**< The address, one group per element (2001:db8:: is {0x2001, 0x0db8, 0, ...}). */
};

/** An IPv6 gateway address with its prefix length. */
struct IPV6GWAddressInfo {
	BYTE gwV6PrefixLen;	/**< Prefix length in bits. */
	USHORT gwAddressV6[8];	/**< The address, one group per element. */
};

/**
 * The settings of a live session (each member: NULL, or filled). A
 * setting the modem does not report is set to all bits set (strings:
 * empty). The QoS, P-CSCF and domain members are not read by this SDK:
 * the UMTS QoS is left untouched, the others are set to all bits set when
 * given.
 */
struct qmiWdsRunTimeSettings {
	CHAR *pProfileName;	/**< The profile's name (room for 65 bytes). */
	ULONG *pPDPType;	/**< 0 IPv4, 1 PPP, 2 IPv6, 3 IPv4v6. */
	CHAR *pAPNName;		/**< The APN (room for 101 bytes). */
	ULONG *pPrimaryDNSV4;	/**< Primary IPv4 DNS. */
	ULONG *pSecondaryDNSV4;	/**< Secondary IPv4 DNS. */
	struct UMTSQoS *pUMTSGrantedQoS;	/**< Granted UMTS QoS (not read: always "not reported"; struct UMTSQoS is declared with the profiles). */
	struct GPRSQoS *pGPRSGrantedQoS;	/**< Granted GPRS QoS (not read: always "not reported"). */
	CHAR *pUsername;	/**< The user name (room for 128 bytes). */
	ULONG *pAuthentication;	/**< Bit 0 PAP, bit 1 CHAP. */
	ULONG *pIPAddressV4;	/**< The IPv4 address. */
	struct ProfileIdentifier *pProfileID;	/**< The profile the session uses. */
	ULONG *pGWAddressV4;	/**< The IPv4 gateway. */
	ULONG *pSubnetMaskV4;	/**< The IPv4 subnet mask. */
	BYTE *pPCSCFAddrPCO;	/**< P-CSCF address through PCO (not read). */
	struct PCSCFIPv4ServerAddressList *pServerAddrList;	/**< P-CSCF IPv4 servers (not read). */
	struct PCSCFFQDNAddressList *pPCSCFFQDNAddrList;	/**< P-CSCF names (not read). */
	USHORT *pPrimaryDNSV6;	/**< Primary IPv6 DNS (8 groups). */
	USHORT *pSecondaryDNSV6;	/**< Secondary IPv6 DNS (8 groups). */
	ULONG *pMtu;		/**< The MTU. */
	struct DomainNameList *pDomainList;	/**< Domain names (not read). */
	BYTE *pIPFamilyPreference;	/**< 4 IPv4, 6 IPv6. */
	BYTE *pIMCNflag;	/**< IM CN flag (not read). */
	WORD *pTechnology;	/**< 0x8001 CDMA, 0x8004 UMTS (the extended technology). */
	struct IPV6AddressInfo *pIPV6AddrInfo;		/**< The IPv6 address and prefix length. */
	struct IPV6GWAddressInfo *pIPV6GWAddrInfo;	/**< The IPv6 gateway and prefix length. */
};

/** Which sessions SLQSGetRuntimeSettings() reads, and where it puts them. */
struct WdsRunTimeSettings {
	ULONG *v4sessionId;	/**< An IPv4 session id (NULL: none; 0: instance 0's IPv4 session). */
	ULONG *v6sessionId;	/**< An IPv6 session id (NULL: none; 0: instance 0's IPv6 session). */
	struct qmiWdsRunTimeSettings rts;	/**< The settings to fill. */
};

/**
 * \brief The settings of a live session: addresses, gateway, DNS, MTU,
 *        profile, APN, IP family, technology.
 *
 * With both ids, the IPv4 members come from the IPv4 session and the IPv6
 * members from the IPv6 session (the common ones from the IPv6 session).
 * A NULL member is neither read nor written. Every other member is first
 * set to "not reported" (strings empty, anything else all bits set, e.g.
 * 0xFFFFFFFF), then filled with what the modem answered: a member still
 * "not reported" afterwards is one the modem did not tell (or, marked "not
 * read" above, one the SDK does not ask for).
 * \param pRunTimeSettings  The sessions (at least one id pointer) and the members to fill.
 * \return eQCWWAN_ERR_NONE, 1015 (OutOfCall) when the session is down,
 *         eQCWWAN_ERR_SWICM_INVALID_V4_SESSION_ID / _V6_ for an id this
 *         application does not hold, or an error.
 * \note Timeout: 2 seconds per session.
 */
ULONG SLQSGetRuntimeSettings(struct WdsRunTimeSettings *pRunTimeSettings);

/**
 * \brief The modem's autoconnect setting.
 * \param pSetting  Out: 0 disabled, 1 enabled, 2 paused.
 * \return eQCWWAN_ERR_NONE or an error.
 * \note Timeout: 2 seconds.
 */
ULONG GetAutoconnect(ULONG *pSetting);

/**
 * \brief Sets the modem's autoconnect (turn it off when the host manages the session).
 * \param setting  0 disabled, 1 enabled, 2 paused.
 * \return eQCWWAN_ERR_NONE or an error.
 * \note Timeout: 5 minutes when enabling, 5 seconds when disabling.
 */
ULONG SetAutoconnect(ULONG setting);

/** Transfer statistics reports of SLQSWdsSetEventReport(). */
typedef struct {
	BYTE statsPeriod;	/**< Seconds between reports; 0 stops them. */
	ULONG statsMask;	/**< The statistics (bits as WdsPktStatisticsReq::pStatMask). */
} TrStatInd;

/** The event reports to switch on (1) or off (0); NULL members are left as they are. */
typedef struct {
	BYTE *pCurrChannelRateInd;	/**< Channel rate changes. */
	TrStatInd *pTransferStatInd;	/**< Periodic transfer statistics. */
	BYTE *pDataBearerTechInd;	/**< Data bearer technology changes. */
	BYTE *pDormancyStatusInd;	/**< Dormancy changes. */
	BYTE *pMIPStatusInd;		/**< Mobile IP status. */
	BYTE *pCurrDataBearerTechInd;	/**< Current data bearer technology changes. */
	BYTE *pDataCallStatusChangeInd;	/**< Data call status changes. */
	BYTE *pCurrPrefDataSysInd;	/**< Preferred data system changes. */
	BYTE *pEVDOPageMonPerChangeInd;	/**< EV-DO page monitor period changes. */
	BYTE *pDataSystemStatusChangeInd; /**< Data system status changes. */
} wdsSetEventReportReq;

/**
 * \brief Chooses the WDS event reports (WDS Set Event Report) the modem
 *        sends this application (on instance 0's IPv4 client). The SDK
 *        repeats the request whenever the modem forgets it (reset, replug).
 * \param pSetEventReportReq  The reports; at least one member.
 * \return eQCWWAN_ERR_NONE, eQCWWAN_ERR_INVALID_ARG for NULL or no member, or an error.
 * \note Timeout: 2 seconds.
 */
ULONG SLQSWdsSetEventReport(wdsSetEventReportReq *pSetEventReportReq);

/* ==== end of data sessions ============================================== */

/* ==== Profiles ========================================================== */

/*
 * The modem's stored profiles: the settings a data session starts from (APN,
 * PDP type, authentication, credentials, address preferences, QoS). Indexes
 * run 1..16 (1..24 on MC/EM74xx) for 3GPP profiles. Every profile message may
 * fail with 1081 (eQCWWAN_ERR_QMI_EXTENDED_INTERNAL); the modem then gives a
 * DS profile error code, returned through the function's extended error
 * argument (WORD *pExtErrCode and kin): e.g. 1003 "context not defined" for
 * an empty index, 1006 "out of profiles", 3 "invalid operation", 4 "invalid
 * profile type", 5 "invalid profile number". A function whose call failed for
 * another reason leaves that argument unchanged.
 */

/** UMTS quality of service (3GPP TS 24.008 QoS, in the modem's units). */
struct UMTSQoS {
	BYTE trafficClass;		/**< 0 subscribed, 1 conversational, 2 streaming,
					     3 interactive, 4 background */
	ULONG maxUplinkBitrate;		/**< Maximum uplink bit rate, bit/s */
	ULONG maxDownlinkBitrate;	/**< Maximum downlink bit rate, bit/s */
	ULONG grntUplinkBitrate;	/**< Guaranteed uplink bit rate, bit/s */
	ULONG grntDownlinkBitrate;	/**< Guaranteed downlink bit rate, bit/s */
	BYTE qosDeliveryOrder;		/**< 0 subscribed, 1 in order, 2 no order */
	ULONG maxSDUSize;		/**< Maximum SDU size, bytes */
	BYTE sduErrorRatio;		/**< 0 subscribed, 1 1e-2, 2 7e-3, 3 1e-3, 4 1e-4,
					     5 1e-5, 6 1e-6, 7 1e-1 */
	BYTE resBerRatio;		/**< Residual bit error ratio: 0 subscribed, 1 5e-2,
					     2 1e-2, 3 5e-3, 4 4e-3, 5 1e-3, 6 1e-4, 7 1e-5,
					     8 1e-6, 9 6e-8 */
	BYTE deliveryErrSDU;		/**< Erroneous SDUs: 0 subscribed, 1 no detection,
					     2 delivered, 3 not delivered */
	ULONG transferDelay;		/**< Transfer delay, ms */
	ULONG trafficPriority;		/**< Traffic handling priority */
};

/** UMTS minimum QoS: the same members as struct UMTSQoS (kept for source compatibility). */
struct UMTSMinQoS {
	BYTE trafficClass;		/**< As struct UMTSQoS */
	ULONG maxUplinkBitrate;		/**< As struct UMTSQoS */
	ULONG maxDownlinkBitrate;	/**< As struct UMTSQoS */
	ULONG grntUplinkBitrate;	/**< As struct UMTSQoS */
	ULONG grntDownlinkBitrate;	/**< As struct UMTSQoS */
	BYTE qosDeliveryOrder;		/**< As struct UMTSQoS */
	ULONG maxSDUSize;		/**< As struct UMTSQoS */
	BYTE sduErrorRatio;		/**< As struct UMTSQoS */
	BYTE resBerRatio;		/**< As struct UMTSQoS */
	BYTE deliveryErrSDU;		/**< As struct UMTSQoS */
	ULONG transferDelay;		/**< As struct UMTSQoS */
	ULONG trafficPriority;		/**< As struct UMTSQoS */
};

/** GPRS quality of service classes (3GPP TS 23.107 release 97/98). */
struct GPRSRequestedQoS {
	ULONG precedenceClass;		/**< Precedence class */
	ULONG delayClass;		/**< Delay class */
	ULONG reliabilityClass;		/**< Reliability class */
	ULONG peakThroughputClass;	/**< Peak throughput class */
	ULONG meanThroughputClass;	/**< Mean throughput class */
};

/** A traffic flow template filter (not sent or filled by this SDK). */
struct TFTIDParams {
	BYTE filterId;			/**< Filter identifier */
	BYTE eValid;			/**< Evaluation precedence index */
	BYTE ipVersion;			/**< 4 or 6 */
	WORD *pSourceIP;		/**< Source address: 2 (IPv4) or 8 (IPv6) elements */
	BYTE sourceIPMask;		/**< Source address mask */
	BYTE nextHeader;		/**< Next header (protocol) */
	WORD destPortRangeStart;	/**< First destination port */
	WORD destPortRangeEnd;		/**< Last destination port */
	WORD srcPortRangeStart;		/**< First source port */
	WORD srcPortRangeEnd;		/**< Last source port */
	ULONG IPSECSPI;			/**< IPsec security parameter index */
	WORD tosMask;			/**< Type of service (IPv6: traffic class) mask */
	ULONG flowLabel;		/**< IPv6 flow label */
};

/** UMTS QoS with the signalling indication flag. */
struct UMTSReqQoSSigInd {
	struct UMTSQoS UMTSReqQoS;	/**< The QoS */
	BYTE SigInd;			/**< 1 signalling indication on, 0 off */
};

/** LTE QoS: QoS class identifier and bit rates. */
struct QosClassID {
	BYTE QCI;			/**< 0 network decides, 1..4 guaranteed, 5..9 not */
	ULONG gDlBitRate;		/**< Guaranteed downlink bit rate, bit/s */
	ULONG maxDlBitRate;		/**< Maximum downlink bit rate, bit/s */
	ULONG gUlBitRate;		/**< Guaranteed uplink bit rate, bit/s */
	ULONG maxUlBitRate;		/**< Maximum uplink bit rate, bit/s */
};

/**
 * A 3GPP profile, "fill what is not NULL": in SLQSCreateProfile() and
 * SLQSModifyProfile() each non-NULL member is a setting to write, in
 * SLQSGetProfileSettings() each non-NULL member receives the stored setting
 * (left as it is when the modem does not report it).
 *
 * Strings go with a WORD size: writing, the number of characters to send (at
 * most that many, up to the first NUL; a NULL size sends the whole string);
 * reading, the capacity of the buffer, NUL included (a string that does not
 * fit gives eQCWWAN_ERR_BUFFER_SZ; a NULL size leaves the string unread).
 * IPv6 addresses are USHORT[8], one group per element in host order.
 *
 * Not sent nor filled by this SDK: pTFTID1Params, pTFTID2Params,
 * pPDNInactivTimeout and pAPNClass (writing one gives
 * eQCWWAN_ERR_INVALID_ARG rather than dropping it silently).
 */
struct Profile3GPP {
	CHAR *pProfilename;		/**< Profile name (UTF-8) */
	WORD *pProfilenameSize;		/**< Size of pProfilename (see above) */
	BYTE *pPDPtype;			/**< 0 IPv4, 1 PPP, 2 IPv6, 3 IPv4v6 */
	BYTE *pPdpHdrCompType;		/**< Header compression: 0 off, 1 manufacturer's,
					     2 RFC 1144, 3 RFC 2507, 4 RFC 3095 */
	BYTE *pPdpDataCompType;		/**< Data compression: 0 off, 1 manufacturer's,
					     2 V.42bis, 3 V.44 */
	CHAR *pAPNName;			/**< Access point name */
	WORD *pAPNnameSize;		/**< Size of pAPNName (see above) */
	ULONG *pPriDNSIPv4AddPref;	/**< Primary IPv4 DNS preference */
	ULONG *pSecDNSIPv4AddPref;	/**< Secondary IPv4 DNS preference */
	struct UMTSQoS *pUMTSReqQoS;	/**< UMTS requested QoS */
	struct UMTSQoS *pUMTSMinQoS;	/**< UMTS minimum QoS */
	struct GPRSRequestedQoS *pGPRSRequestedQos;	/**< GPRS requested QoS */
	struct GPRSRequestedQoS *pGPRSMinimumQoS;	/**< GPRS minimum QoS */
	CHAR *pUsername;		/**< User name for the network's authentication */
	WORD *pUsernameSize;		/**< Size of pUsername (see above) */
	CHAR *pPassword;		/**< Password (modems rarely report it) */
	WORD *pPasswordSize;		/**< Size of pPassword (see above) */
	BYTE *pAuthenticationPref;	/**< Bits: 0x01 PAP may be used, 0x02 CHAP may be used */
	ULONG *pIPv4AddrPref;		/**< Preferred IPv4 address */
	BYTE *pPcscfAddrUsingPCO;	/**< 1: ask for the P-CSCF address through PCO */
	BYTE *pPdpAccessConFlag;	/**< PDP access control: 0 none, 1 reject, 2 permission */
	BYTE *pPcscfAddrUsingDhcp;	/**< 1: ask for the P-CSCF address through DHCP */
	BYTE *pImCnFlag;		/**< 1: ask for the IM CN subsystem flag */
	struct TFTIDParams *pTFTID1Params;	/**< Traffic flow template 1 (not supported) */
	struct TFTIDParams *pTFTID2Params;	/**< Traffic flow template 2 (not supported) */
	BYTE *pPdpContext;		/**< PDP context number */
	BYTE *pSecondaryFlag;		/**< 1: a secondary PDP context */
	BYTE *pPrimaryID;		/**< The primary context of a secondary one */
	USHORT *pIPv6AddPref;		/**< Preferred IPv6 address, USHORT[8] */
	struct UMTSReqQoSSigInd *pUMTSReqQoSSigInd;	/**< UMTS requested QoS + signalling flag */
	struct UMTSReqQoSSigInd *pUMTSMinQosSigInd;	/**< UMTS minimum QoS + signalling flag */
	USHORT *pPriDNSIPv6addpref;	/**< Primary IPv6 DNS preference, USHORT[8] */
	USHORT *pSecDNSIPv6addpref;	/**< Secondary IPv6 DNS preference, USHORT[8] */
	BYTE *pAddrAllocPref;		/**< Address allocation: 0 NAS signalling, 1 DHCP */
	struct QosClassID *pQosClassID;	/**< LTE QoS */
	BYTE *pAPNDisabledFlag;		/**< 1: the APN is disabled (no call uses this profile) */
	ULONG *pPDNInactivTimeout;	/**< PDN inactivity timeout, s (not supported) */
	BYTE *pAPNClass;		/**< APN class (not supported) */
};

/**
 * A 3GPP2 (CDMA) profile. Declared for source compatibility: this SDK sends
 * and fills none of these members (a non-NULL one given to
 * SLQSCreateProfile() or SLQSModifyProfile() gives eQCWWAN_ERR_INVALID_ARG).
 */
struct Profile3GPP2 {
	BYTE *pNegoDnsSrvrPref;		/**< 1: ask the PDSN for DNS addresses */
	ULONG *pPppSessCloseTimerDO;	/**< PPP linger time on 1xEV-DO, s */
	ULONG *pPppSessCloseTimer1x;	/**< PPP linger time on 1X, s */
	BYTE *pAllowLinger;		/**< 1: lingering allowed */
	USHORT *pLcpAckTimeout;		/**< LCP ACK timeout, ms */
	USHORT *pIpcpAckTimeout;	/**< IPCP ACK timeout, ms */
	USHORT *pAuthTimeout;		/**< Authentication timeout, ms */
	BYTE *pLcpCreqRetryCount;	/**< LCP configure-request retries */
	BYTE *pIpcpCreqRetryCount;	/**< IPCP configure-request retries */
	BYTE *pAuthRetryCount;		/**< Authentication retries */
	BYTE *pAuthProtocol;		/**< 1 PAP, 2 CHAP, 3 PAP or CHAP */
	CHAR *pUserId;			/**< User id */
	WORD *pUserIdSize;		/**< Size of pUserId */
	CHAR *pAuthPassword;		/**< Password */
	WORD *pAuthPasswordSize;	/**< Size of pAuthPassword */
	BYTE *pDataRate;		/**< 0 low, 1 medium, 2 high */
	ULONG *pAppType;		/**< Application type bits */
	BYTE *pDataMode;		/**< 0 1X or HDR, 1 1X only, 2 HDR only */
	BYTE *pAppPriority;		/**< Application priority */
	CHAR *pApnString;		/**< Access point name */
	WORD *pApnStringSize;		/**< Size of pApnString */
	BYTE *pPdnType;			/**< 0 IPv4, 1 IPv6, 2 IPv4 or IPv6, 3 unspecified */
	BYTE *pIsPcscfAddressNedded;	/**< 1: ask the PDSN for the P-CSCF address */
	ULONG *pPrimaryV4DnsAddress;	/**< Primary IPv4 DNS */
	ULONG *pSecondaryV4DnsAddress;	/**< Secondary IPv4 DNS */
	USHORT *pPriV6DnsAddress;	/**< Primary IPv6 DNS, USHORT[8] */
	USHORT *pSecV6DnsAddress;	/**< Secondary IPv6 DNS, USHORT[8] */
	BYTE *pRATType;			/**< 1 HRPD, 2 eHRPD, 3 both */
	BYTE *pAPNEnabled3GPP2;		/**< 1: the APN is enabled */
	ULONG *pPDNInactivTimeout3GPP2;	/**< PDN inactivity timeout, s */
	BYTE *pAPNClass3GPP2;		/**< APN class */
};

/** A profile of either kind: which member counts follows the profile type. */
typedef union WdsProfileParam {
	struct Profile3GPP SlqsProfile3GPP;	/**< Profile type 0 (3GPP) */
	struct Profile3GPP2 SlqsProfile3GPP2;	/**< Profile type 1 (3GPP2) */
} QmiProfileInfo;

/** What SLQSCreateProfile() creates. */
struct CreateProfileIn {
	BYTE *pProfileID;		/**< The index to create, a free one (Sierra's
					     indexed create; other modems answer 1071);
					     NULL: the modem picks the first free index */
	BYTE *pProfileType;		/**< 0 3GPP, 1 3GPP2 (not NULL) */
	QmiProfileInfo curProfile;	/**< The settings */
};

/** What SLQSCreateProfile() answers; each member not NULL is filled. */
struct CreateProfileOut {
	BYTE *pProfileType;		/**< The type of the new profile */
	BYTE *pProfileIndex;		/**< The index of the new profile */
	USHORT *pExtErrorCode;		/**< The extended error, on error 1081 */
};

/**
 * \brief Creates a profile with the settings given.
 *
 * \param pReq   The profile type, optional index and settings (not NULL;
 *               pProfileType not NULL).
 * \param pResp  Receives the new profile's type and index, or the extended
 *               error (not NULL; its members may be).
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_INVALID_ARG for a NULL argument, a
 *         string too long for its setting or a member this SDK does not send;
 *         1081 with the extended error (e.g. 1006 no free index; 3 for an
 *         index already used, on the simulator); 1071 when the modem cannot
 *         create at a chosen index (create with pProfileID NULL then); the
 *         errors of the file comment.
 * \note Timeout: 2 seconds.
 */
ULONG SLQSCreateProfile(struct CreateProfileIn *pReq, struct CreateProfileOut *pResp);

/** What SLQSModifyProfile() changes. */
struct ModifyProfileIn {
	BYTE *pProfileID;		/**< The index (not NULL) */
	BYTE *pProfileType;		/**< 0 3GPP, 1 3GPP2 (not NULL) */
	QmiProfileInfo curProfile;	/**< The settings to change; NULL members stay */
};

/** What SLQSModifyProfile() answers. */
struct ModifyProfileOut {
	USHORT *pExtErrorCode;		/**< The extended error, on error 1081 */
};

/**
 * \brief Changes the settings given of a stored profile; the others stay.
 *
 * \param pReq   The profile and the settings to change (not NULL; its type and
 *               index not NULL).
 * \param pResp  Receives the extended error (not NULL; its member may be).
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_INVALID_ARG as SLQSCreateProfile();
 *         1081 with the extended error (e.g. 1003 no such profile); the errors
 *         of the file comment.
 * \note Timeout: 2 seconds.
 */
ULONG SLQSModifyProfile(struct ModifyProfileIn *pReq, struct ModifyProfileOut *pResp);

/** The profile SLQSDeleteProfile() deletes. */
struct SLQSDeleteProfileParams {
	BYTE profileType;		/**< 0 3GPP (3GPP2 profiles cannot be deleted) */
	BYTE profileIndex;		/**< Its index */
};

/**
 * \brief Deletes a stored profile; the other profiles keep their indexes.
 *
 * A modem refuses to delete the profile of a live data session (1081, with
 * extended error 3 on the simulator).
 *
 * \param pProfileToDelete  The profile (not NULL).
 * \param pExtendedErrorCode  Receives the extended error on error 1081 (may be
 *                          NULL).
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_INVALID_ARG for a NULL profile; 1081
 *         with the extended error; the errors of the file comment.
 * \note Timeout: 2 seconds.
 */
ULONG SLQSDeleteProfile(struct SLQSDeleteProfileParams *pProfileToDelete,
			WORD *pExtendedErrorCode);

/** The profile SLQSGetProfileSettings() reads. */
typedef struct _GetProfileSettingIn {
	BYTE ProfileType;		/**< 0 3GPP, 1 3GPP2 */
	BYTE ProfileID;			/**< Its index */
} GetProfileSettingIn;

/** What SLQSGetProfileSettings() answers. */
typedef struct _GetProfileSettingOut {
	QmiProfileInfo curProfile;	/**< The members to fill (see struct Profile3GPP) */
	WORD *pExtErrCode;		/**< The extended error, on error 1081 (may be NULL) */
} GetProfileSettingOut;

/**
 * \brief Reads the settings of a stored profile.
 *
 * \param pReq   The profile (not NULL).
 * \param pResp  The members to fill (not NULL). For a 3GPP2 profile none is
 *               filled.
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_INVALID_ARG for a NULL argument;
 *         eQCWWAN_ERR_BUFFER_SZ when a string does not fit its size; 1081 with
 *         the extended error (e.g. 1003 no such profile); the errors of the
 *         file comment.
 * \note Timeout: 2 seconds.
 */
ULONG SLQSGetProfileSettings(GetProfileSettingIn *pReq, GetProfileSettingOut *pResp);

/**
 * \brief Reads the main settings of a stored 3GPP profile.
 *
 * Each output pointer may be NULL (that setting is not returned); a string
 * pointer with a size of 0 is not filled either. A setting the modem does not
 * report leaves its argument as it was (strings: empty).
 *
 * \param profileType     0 (3GPP).
 * \param profileId       The profile's index.
 * \param pPDPType        Receives the PDP type (0 IPv4, 1 PPP, 2 IPv6, 3 IPv4v6).
 * \param pIPAddress      Receives the preferred IPv4 address.
 * \param pPrimaryDNS     Receives the primary IPv4 DNS preference.
 * \param pSecondaryDNS   Receives the secondary IPv4 DNS preference.
 * \param pAuthentication Receives the authentication bits (0x01 PAP, 0x02 CHAP).
 * \param nameSize        Size of pName, NUL included.
 * \param pName           Receives the profile name.
 * \param apnSize         Size of pAPNName, NUL included.
 * \param pAPNName        Receives the APN.
 * \param userSize        Size of pUsername, NUL included.
 * \param pUsername       Receives the user name.
 * \param pExtendedErrorCode  Receives the extended error on error 1081 (may be
 *                        NULL).
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_BUFFER_SZ when a string does not fit;
 *         1081 with the extended error; the errors of the file comment.
 * \note Timeout: 2 seconds.
 */
ULONG SLQSGetProfile(ULONG profileType, BYTE profileId, ULONG *pPDPType, ULONG *pIPAddress,
		     ULONG *pPrimaryDNS, ULONG *pSecondaryDNS, ULONG *pAuthentication,
		     BYTE nameSize, CHAR *pName, BYTE apnSize, CHAR *pAPNName, BYTE userSize,
		     CHAR *pUsername, WORD *pExtendedErrorCode);

/**
 * \brief Writes the main settings of a stored 3GPP profile; a NULL argument
 *        leaves that setting as it is.
 *
 * \param profileType     0 (3GPP).
 * \param profileId       The profile's index (it must exist).
 * \param pPDPType        PDP type (0 IPv4, 1 PPP, 2 IPv6, 3 IPv4v6).
 * \param pIPAddress      Preferred IPv4 address.
 * \param pPrimaryDNS     Primary IPv4 DNS preference.
 * \param pSecondaryDNS   Secondary IPv4 DNS preference.
 * \param pAuthentication Authentication bits (0x01 PAP, 0x02 CHAP).
 * \param pName           Profile name.
 * \param pAPNName        APN.
 * \param pUsername       User name.
 * \param pPassword       Password.
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_INVALID_ARG for a value out of range
 *         or a string too long; 1081 when the modem refuses (the extended
 *         error is not returned by this function); the errors of the file
 *         comment.
 * \note Timeout: 2 seconds.
 */
ULONG SLQSSetProfile(ULONG profileType, BYTE profileId, ULONG *pPDPType, ULONG *pIPAddress,
		     ULONG *pPrimaryDNS, ULONG *pSecondaryDNS, ULONG *pAuthentication,
		     CHAR *pName, CHAR *pAPNName, CHAR *pUsername, CHAR *pPassword);

/**
 * \brief Reads the main settings of the default profile, the one the modem's
 *        own (autoconnect) sessions and sessions naming no profile use.
 *
 * As SLQSGetProfile() for the profile the modem names its default.
 *
 * \param profileType     0 (3GPP).
 * \param pPDPType        Receives the PDP type.
 * \param pIPAddress      Receives the preferred IPv4 address.
 * \param pPrimaryDNS     Receives the primary IPv4 DNS preference.
 * \param pSecondaryDNS   Receives the secondary IPv4 DNS preference.
 * \param pAuthentication Receives the authentication bits.
 * \param nameSize        Size of pName, NUL included.
 * \param pName           Receives the profile name.
 * \param apnSize         Size of pAPNName, NUL included.
 * \param pAPNName        Receives the APN.
 * \param userSize        Size of pUsername, NUL included.
 * \param pUsername       Receives the user name.
 * \return As SLQSGetProfile().
 * \note Timeout: 2 seconds.
 */
ULONG GetDefaultProfile(ULONG profileType, ULONG *pPDPType, ULONG *pIPAddress,
			ULONG *pPrimaryDNS, ULONG *pSecondaryDNS, ULONG *pAuthentication,
			BYTE nameSize, CHAR *pName, BYTE apnSize, CHAR *pAPNName, BYTE userSize,
			CHAR *pUsername);

/**
 * \brief Writes the main settings of the default profile (see
 *        GetDefaultProfile()); a NULL argument leaves that setting as it is.
 *
 * \param profileType     0 (3GPP).
 * \param pPDPType        PDP type.
 * \param pIPAddress      Preferred IPv4 address.
 * \param pPrimaryDNS     Primary IPv4 DNS preference.
 * \param pSecondaryDNS   Secondary IPv4 DNS preference.
 * \param pAuthentication Authentication bits.
 * \param pName           Profile name.
 * \param pAPNName        APN.
 * \param pUsername       User name.
 * \param pPassword       Password.
 * \return As SLQSSetProfile().
 * \note Timeout: 2 seconds (two requests: the default's index, then the change).
 */
ULONG SetDefaultProfile(ULONG profileType, ULONG *pPDPType, ULONG *pIPAddress,
			ULONG *pPrimaryDNS, ULONG *pSecondaryDNS, ULONG *pAuthentication,
			CHAR *pName, CHAR *pAPNName, CHAR *pUsername, CHAR *pPassword);

/**
 * \brief GetDefaultProfile() with the IPv6 address preferences too.
 *
 * \param profileType     0 (3GPP).
 * \param pPDPType        Receives the PDP type.
 * \param pIPAddressv4    Receives the preferred IPv4 address.
 * \param pPrimaryDNSv4   Receives the primary IPv4 DNS preference.
 * \param pSecondaryDNSv4 Receives the secondary IPv4 DNS preference.
 * \param pIPAddressv6    Receives the preferred IPv6 address, USHORT[8].
 * \param pPrimaryDNSv6   Receives the primary IPv6 DNS preference, USHORT[8].
 * \param pSecondaryDNSv6 Receives the secondary IPv6 DNS preference, USHORT[8].
 * \param pAuthentication Receives the authentication bits.
 * \param nameSize        Size of pName, NUL included.
 * \param pName           Receives the profile name.
 * \param apnSize         Size of pAPNName, NUL included.
 * \param pAPNName        Receives the APN.
 * \param userSize        Size of pUsername, NUL included.
 * \param pUsername       Receives the user name.
 * \return As SLQSGetProfile().
 * \note Timeout: 2 seconds.
 */
ULONG GetDefaultProfileLTE(ULONG profileType, ULONG *pPDPType, ULONG *pIPAddressv4,
			   ULONG *pPrimaryDNSv4, ULONG *pSecondaryDNSv4, USHORT *pIPAddressv6,
			   USHORT *pPrimaryDNSv6, USHORT *pSecondaryDNSv6, ULONG *pAuthentication,
			   BYTE nameSize, CHAR *pName, BYTE apnSize, CHAR *pAPNName,
			   BYTE userSize, CHAR *pUsername);

/* ==== end of profiles =================================================== */

#ifdef __cplusplus
}
#endif

#endif /* SLQS_API_QAGOBIAPIWDS_H */
