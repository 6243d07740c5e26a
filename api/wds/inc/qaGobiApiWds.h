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

#ifndef SLQS_WDS_PROFILE_QOS_TYPES
#define SLQS_WDS_PROFILE_QOS_TYPES
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
#endif

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
