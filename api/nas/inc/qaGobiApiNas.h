/**
 * \file   qaGobiApiNas.h
 * \brief  Network access: signal, registration, serving and home network,
 *         cell location, RF band, system selection, network time and scan.
 *
 * Every function here talks to the modem chosen with QCWWAN2kConnect()
 * (see qaGobiApiDcs.h) and may be called from any thread.
 *
 * Conventions of this header:
 * - Radio interfaces are QMI's numbers: 0 none, 1 cdma2000 1X, 2 cdma2000
 *   HRPD (1xEV-DO), 3 AMPS, 4 GSM, 5 UMTS, 8 LTE, 9 TD-SCDMA.
 * - Network names arrive from real modems as ASCII, packed GSM 7-bit or
 *   UCS-2 (big-endian); every name returned here is UTF-8, NUL-terminated.
 *   A buffer too small for a name gives eQCWWAN_ERR_BUFFER_SZ.
 * - A struct whose members are pointers is a "fill what is not NULL"
 *   request: a member left NULL is simply not filled.
 * - A value the modem did not report keeps the vendor SDK's "unknown"
 *   marker, written at each member (mostly all bits set: 0xFF, 0xFFFF,
 *   0xFFFFFFFF).
 * - Errors: eQCWWAN_ERR_INVALID_ARG for a NULL where a value is required;
 *   eQCWWAN_ERR_QMI_OFFSET + code (1000 + code) when the modem answers with
 *   a QMI error, e.g. 1074 (InformationUnavailable) when it camps on no
 *   cell, 1016 (NotProvisioned) without a SIM, 1071 (InvalidQmiCommand)
 *   when its firmware does not know the request;
 *   eQCWWAN_ERR_MALFORMED_QMI_RSP when the answer does not decode or lacks
 *   a mandatory part; eQCWWAN_ERR_NO_CONNECTION, eQCWWAN_ERR_SWICM_TIMEOUT
 *   or another transport error when no answer arrives.
 */
#ifndef SLQS_API_QAGOBIAPINAS_H
#define SLQS_API_QAGOBIAPINAS_H

#include "../../inc/SwiDataTypes.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifndef SLQS_SS_INFO_LIST_MAX_ELEMENTS
/** Capacity of the lists of struct slqsSignalStrengthInfo. */
#define SLQS_SS_INFO_LIST_MAX_ELEMENTS 18
#endif
#ifndef MAX_DESCRIPTION_LENGTH
/** Capacity of names and of the cell lists of the cell location structs. */
#define MAX_DESCRIPTION_LENGTH 255
#endif
#ifndef SLQS_SYSTEM_ID_SIZE
/** Size of an IS-856 system id. */
#define SLQS_SYSTEM_ID_SIZE 16
#endif
#ifndef PLMN_LENGTH
/** Size of a PLMN: 3 BCD bytes (cell location) or 3 ASCII digits (system info). */
#define PLMN_LENGTH 3
#endif
#ifndef MAX_SERV_SYSTEM_RADIO_INTERFACES
/** Capacity of the radio interface lists of SLQSGetServingSystem(). */
#define MAX_SERV_SYSTEM_RADIO_INTERFACES 0x0A
#endif
#ifndef MAX_DATA_SRV_CAPABILITIES
/** Capacity of the data capability list of SLQSGetServingSystem(). */
#define MAX_DATA_SRV_CAPABILITIES 0x20
#endif

/* ==== signal ============================================================== */

/**
 * \brief Reads the signal strength of each radio interface in use.
 *
 * Element 0 is the strength of the interface the modem is served by; the
 * other interfaces it measures follow.
 *
 * \param pArraySizes       In: capacity of both arrays (elements); out: the
 *                          number filled. When the modem reports more, it
 *                          receives the number needed.
 * \param pSignalStrengths  Receives the strengths, dBm (e.g. -65).
 * \param pRadioInterfaces  Receives the radio interface of each strength.
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_INVALID_ARG if a pointer is NULL;
 *         eQCWWAN_ERR_BUFFER_SZ if the arrays are too small; 1074 when the
 *         modem camps on no cell; the errors of the file comment.
 * \note Timeout: 2 seconds.
 */
ULONG GetSignalStrengths(ULONG *pArraySizes, INT8 *pSignalStrengths, ULONG *pRadioInterfaces);

/** A received signal strength (RSSI) of one radio interface. */
struct rxSignalStrengthListElement {
	SHORT rxSignalStrength;	/**< dBm: pilot Ec on CDMA/UMTS, RSSI on GSM, total wideband power on LTE */
	BYTE radioIf;		/**< Radio interface of the measurement. */
};

/** An Ec/Io of one radio interface. */
struct ecioListElement {
	SHORT ecio;		/**< dB, rounded toward zero (the modem reports 0.5 dB steps) */
	BYTE radioIf;		/**< Radio interface of the measurement. */
};

/** An error rate of one radio interface. */
struct errorRateListElement {
	USHORT errorRate;	/**< CDMA FER / HDR PER in 0.01 % (0xFFFF unknown); GSM RxQual x 100 (25500 no data); WCDMA BLER in 0.01 % (0 no data) */
	BYTE radioIf;		/**< Radio interface of the measurement. */
};

/** LTE reference signal received quality. */
struct rsrqInformation {
	INT8 rsrq;		/**< dB, -20 .. -3 */
	BYTE radioIf;		/**< Radio interface: 8 (LTE) */
};

/** LTE SNR (kept for source compatibility; SLQSGetSignalStrength() fills ltesnr). */
struct lteSnrinformation {
	SHORT snrlevel;		/**< 0.1 dB */
};

/** LTE RSRP (kept for source compatibility; SLQSGetSignalStrength() fills ltersrp). */
struct lteRsrpinformation {
	SHORT rsrplevel;	/**< dBm */
};

/** Request and answer of SLQSGetSignalStrength(). */
struct slqsSignalStrengthInfo {
	USHORT signalStrengthReqMask;	/**< In: what to ask for besides the current strength: bit 0 RSSI list, 1 Ec/Io, 2 Io, 3 SINR, 4 error rate, 5 RSRQ, 6 LTE SNR, 7 LTE RSRP */
	USHORT rxSignalStrengthListLen;	/**< Number of entries in rxSignalStrengthList */
	struct rxSignalStrengthListElement rxSignalStrengthList[SLQS_SS_INFO_LIST_MAX_ELEMENTS]; /**< Entry 0: the current strength; then the RSSI list (bit 0) */
	USHORT ecioListLen;		/**< Number of entries in ecioList */
	struct ecioListElement ecioList[SLQS_SS_INFO_LIST_MAX_ELEMENTS]; /**< Ec/Io per interface (bit 1; CDMA/UMTS only) */
	INT32 Io;			/**< Received Io, dBm (bit 2; 1xEV-DO only); 0xFFFFFFFF when not reported */
	BYTE sinr;			/**< SINR level 0 (-9 dB) .. 8 (+9 dB) (bit 3; 1xEV-DO only); 0xFF when not reported */
	USHORT errorRateListLen;	/**< Number of entries in errorRateList */
	struct errorRateListElement errorRateList[SLQS_SS_INFO_LIST_MAX_ELEMENTS]; /**< Error rates (bit 4) */
	struct rsrqInformation rsrqInfo; /**< LTE RSRQ (bit 5); rsrq 0 and radioIf 0xFF when not reported */
	SHORT ltesnr;			/**< LTE SNR, 0.1 dB (bit 6); -32768 (0x8000) when not reported */
	SHORT ltersrp;			/**< LTE RSRP, dBm (bit 7); -32768 (0x8000) when not reported */
};

/**
 * \brief Reads the current signal strength and, per request mask, the
 *        RSSI, Ec/Io, Io, SINR, error rate, RSRQ, LTE SNR and LTE RSRP.
 *
 * \param pSignalInfo  In: signalStrengthReqMask; out: everything else (see
 *                     struct slqsSignalStrengthInfo for units and markers).
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_INVALID_ARG if pSignalInfo is NULL;
 *         eQCWWAN_ERR_BUFFER_SZ if a list has more than
 *         SLQS_SS_INFO_LIST_MAX_ELEMENTS entries; 1074 when the modem
 *         camps on no cell; the errors of the file comment.
 * \note Timeout: 2 seconds. The vendor marks it deprecated on MC73xx/EM74xx
 *       firmware (prefer SLQSNasGetSigInfo()); no modem is known to refuse it.
 */
ULONG SLQSGetSignalStrength(struct slqsSignalStrengthInfo *pSignalInfo);

/** CDMA or WCDMA signal. */
typedef struct {
	INT8 rssi;		/**< dBm; -125 or lower: no signal */
	SHORT ecio;		/**< Ec/Io in -0.5 dB steps (14 = -7 dB) */
} CDMASSInfo;

/** 1xEV-DO signal. */
typedef struct {
	INT8 rssi;		/**< dBm; -125 or lower: no signal */
	SHORT ecio;		/**< Ec/Io in -0.5 dB steps */
	BYTE sinr;		/**< SINR level 0 (-9 dB) .. 8 (+9 dB); 0xFF not available */
	INT32 io;		/**< Received Io, dBm */
} HDRSSInfo;

/** LTE signal. */
typedef struct {
	INT8 rssi;		/**< dBm */
	INT8 rsrq;		/**< dB, -20 .. -3 */
	SHORT rsrp;		/**< dBm, -140 .. -44 */
	SHORT snr;		/**< 0.1 dB (246 = 24.6 dB) */
} LTESSInfo;

/** TD-SCDMA signal, extended. */
typedef struct {
	FLOAT rssi;		/**< dBm */
	FLOAT rscp;		/**< dBm */
	FLOAT ecio;		/**< dB */
	FLOAT sinr;		/**< dB; -15 means -15 dB or less */
} TDSCDMASigInfoExt;

/** Answer of SLQSNasGetSigInfo(): one member per radio technology. */
typedef struct {
	CDMASSInfo *pCDMASSInfo;		/**< cdma2000 1X */
	HDRSSInfo *pHDRSSInfo;			/**< 1xEV-DO */
	INT8 *pGSMSSInfo;			/**< GSM RSSI, dBm */
	CDMASSInfo *pWCDMASSInfo;		/**< WCDMA */
	LTESSInfo *pLTESSInfo;			/**< LTE */
	INT8 *pTDSCDMASigInfoRscp;		/**< TD-SCDMA P-CCPCH RSCP, dBm */
	TDSCDMASigInfoExt *pTDSCDMASigInfoExt;	/**< TD-SCDMA, extended */
} nasGetSigInfoResp;

/**
 * \brief Reads the signal of each radio technology the modem measures.
 *
 * A technology the modem reports nothing for leaves its struct with all
 * bits set (rssi -1, ecio -1 ...; the FLOATs of TD-SCDMA NaN); a modem that
 * camps on no cell reports none.
 *
 * \param pGetSigInfoResp  The technologies to fill (members not NULL).
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_INVALID_ARG if pGetSigInfoResp is
 *         NULL; the errors of the file comment.
 * \note Timeout: 2 seconds.
 */
ULONG SLQSNasGetSigInfo(nasGetSigInfoResp *pGetSigInfoResp);

/** One radio interface's band and channel (GetRFInfo()). */
struct RFBandInfoElements {
	BYTE radioInterface;	/**< Radio interface */
	WORD activeBandClass;	/**< QMI band class: 0-19 CDMA band classes, 40-49 GSM, 80-91 WCDMA, 120-... LTE (120 = E-UTRA band 1, 122 = band 3 ...) */
	WORD activeChannel;	/**< (E/U)ARFCN; 0 when not relevant */
};

/**
 * \brief Reads the band and channel of each radio interface in use.
 *
 * \param pInstanceSize  In: capacity of pRFBandInfo (elements); out: the
 *                       number filled (or needed, with BUFFER_SZ).
 * \param pRFBandInfo    Receives one element per radio interface.
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_INVALID_ARG if a pointer is NULL;
 *         eQCWWAN_ERR_BUFFER_SZ if the array is too small; 1074 when the
 *         modem camps on no cell; the errors of the file comment.
 * \note Timeout: 2 seconds.
 */
ULONG GetRFInfo(BYTE *pInstanceSize, struct RFBandInfoElements *pRFBandInfo);

/* ==== serving system and home network ====================================== */

/**
 * \brief Reads the registration and the network serving the modem.
 *
 * \param pRegistrationState  0 not registered, 1 registered, 2 searching,
 *                            3 registration denied, 4 unknown.
 * \param pCSDomain           Circuit-switched attach: 0 unknown, 1 attached,
 *                            2 detached.
 * \param pPSDomain           Packet-switched attach, as pCSDomain.
 * \param pRAN                Selected network: 0 unknown, 1 3GPP2, 2 3GPP.
 * \param pRadioIfacesSize    In: capacity of pRadioIfaces; out: the number
 *                            filled (or needed, with BUFFER_SZ).
 * \param pRadioIfaces        Receives the radio interfaces in use.
 * \param pRoaming            Roaming indicator: 0 roaming, 1 home, 2
 *                            flashing, 3 and up operator-defined;
 *                            0xFFFFFFFF when not reported (not registered).
 * \param pMCC                Current network's MCC; 0xFFFF when unknown.
 * \param pMNC                Current network's MNC; 0xFFFF when unknown.
 * \param nameSize            Size of pName in bytes, NUL included.
 * \param pName               Receives the network's name, UTF-8 (empty when
 *                            unknown). When the modem gives no name, the
 *                            name of the PLMN (Get PLMN Name) is used.
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_INVALID_ARG if a pointer is NULL;
 *         eQCWWAN_ERR_BUFFER_SZ if pRadioIfaces or pName is too small; the
 *         errors of the file comment.
 * \note Timeout: 2 seconds (and 2 more for the name fallback). The vendor
 *       marks it deprecated on MC73xx/EM74xx firmware (prefer
 *       SLQSNasGetSysInfo()); no modem is known to refuse it.
 */
ULONG GetServingNetwork(ULONG *pRegistrationState, ULONG *pCSDomain, ULONG *pPSDomain,
			ULONG *pRAN, BYTE *pRadioIfacesSize, BYTE *pRadioIfaces, ULONG *pRoaming,
			WORD *pMCC, WORD *pMNC, BYTE nameSize, CHAR *pName);

/**
 * \brief Reads the home network (the SIM's operator).
 *
 * \param pMCC      Home MCC (3GPP).
 * \param pMNC      Home MNC (3GPP).
 * \param nameSize  Size of pName in bytes, NUL included.
 * \param pName     Receives the home network's name, UTF-8 (empty when
 *                  unknown; the PLMN name is used when the modem gives none).
 * \param pSID      Home system id (cdma2000); 0 when not reported.
 * \param pNID      Home network id (cdma2000); 0 when not reported.
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_INVALID_ARG if a pointer is NULL;
 *         eQCWWAN_ERR_BUFFER_SZ if the name does not fit; 1016
 *         (NotProvisioned) without a ready SIM; the errors of the file
 *         comment.
 * \note Timeout: 2 seconds.
 */
ULONG GetHomeNetwork(WORD *pMCC, WORD *pMNC, BYTE nameSize, CHAR *pName, WORD *pSID, WORD *pNID);

/** Registration summary (TLV 0x01 of Get Serving System). */
typedef struct {
	BYTE regState;		/**< 0 not registered, 1 registered, 2 searching, 3 denied, 4 unknown */
	BYTE csAttachState;	/**< 0 unknown, 1 attached, 2 detached */
	BYTE psAttachState;	/**< 0 unknown, 1 attached, 2 detached */
	BYTE selNetwork;	/**< 0 unknown, 1 3GPP2, 2 3GPP */
	BYTE numRadioInterfaces;	/**< Entries in radioInterface (0 by default) */
	BYTE radioInterface[MAX_SERV_SYSTEM_RADIO_INTERFACES]; /**< Radio interfaces in use */
} servSystem;

/** Data service capabilities of the serving system. */
typedef struct {
	BYTE dataCapabilitiesLen;	/**< Entries in dataCapabilities (0 by default) */
	BYTE dataCapabilities[MAX_DATA_SRV_CAPABILITIES]; /**< 1 GPRS, 2 EDGE, 3 HSDPA, 4 HSUPA, 5 WCDMA, 6 CDMA, 7 EV-DO rev 0, 8 EV-DO rev A, 9 GSM, 10 EV-DO rev B, 11 LTE, 12 HSDPA+, 13 DC-HSDPA+ */
} dataSrvCapabilities;

/** The current PLMN. */
typedef struct {
	WORD MCC;		/**< 0-999; 0xFFFF when not reported */
	WORD MNC;		/**< 0-999; 0xFFFF when not reported */
	BYTE netDescrLength;	/**< Bytes of netDescr (0 by default) */
	BYTE netDescr[255];	/**< Network name, UTF-8, NUL-terminated (cut at a character boundary after 254 bytes) */
} currentPLMN;

/** Roaming indicator per radio interface. */
typedef struct {
	BYTE numInstances;	/**< Entries (0 by default) */
	BYTE radioInterface[MAX_SERV_SYSTEM_RADIO_INTERFACES]; /**< Radio interface */
	BYTE roamIndicator[MAX_SERV_SYSTEM_RADIO_INTERFACES];  /**< 0 roaming, 1 home */
} roamIndList;

/** 3GPP2 time zone. */
typedef struct {
	BYTE leapSeconds;	/**< Leap seconds since the start of CDMA time */
	BYTE localTimeOffset;	/**< Offset in 30-minute steps, two's complement */
	BYTE daylightSavings;	/**< 0 off, 1 on */
} qaQmi3Gpp2TimeZone;

/** Detailed service status. */
typedef struct {
	BYTE srvStatus;		/**< 0 none, 1 limited, 2 available, 3 limited regional, 4 power save */
	BYTE srvCapability;	/**< 0 none, 1 CS, 2 PS, 3 CS+PS, 4 camped */
	BYTE hdrSrvStatus;	/**< As srvStatus, for HDR */
	BYTE hdrHybrid;		/**< 0 not hybrid, 1 hybrid */
	BYTE isSysForbidden;	/**< 0 not forbidden, 1 forbidden */
} detailSvcInfo;

/** CDMA system information extension. */
typedef struct {
	WORD MCC;		/**< Mobile country code */
	BYTE imsi_11_12;	/**< IMSI_11_12 */
} CDMASysInfoExt;

/** Call barring status (values as QMI's nas_cell_access_status). */
typedef struct {
	ULONG csBarStatus;	/**< 0 normal calls only, 1 emergency only, 2 no calls, 3 all calls, -1 unknown */
	ULONG psBarStatus;	/**< As csBarStatus, for packet-switched calls */
} callBarStatus;

/**
 * Answer of SLQSGetServingSystem(). A member the modem did not report has
 * all bits set (0xFF, 0xFFFF, 0xFFFFFFFF), except the counts, which are 0.
 */
typedef struct {
	servSystem ServingSystem;		/**< Registration summary */
	BYTE roamIndicatorVal;			/**< 0 roaming, 1 home, 2 flashing, 3+ operator-defined */
	dataSrvCapabilities DataSrvCapabilities; /**< Data capabilities */
	currentPLMN CurrentPLMN;		/**< Current network */
	WORD SystemID;				/**< cdma2000 system id */
	WORD NetworkID;				/**< cdma2000 network id */
	WORD BasestationID;			/**< cdma2000 base station id */
	ULONG BasestationLatitude;		/**< 0.25 s of arc, two's complement, north positive */
	ULONG BasestationLongitude;		/**< 0.25 s of arc, two's complement, east positive */
	roamIndList RoamingIndicatorList;	/**< Roaming indicator per radio interface */
	BYTE defaultRoamInd;			/**< 0 roaming, 1 home */
	qaQmi3Gpp2TimeZone Gpp2TimeZone;	/**< 3GPP2 time zone */
	BYTE CDMA_P_Rev;			/**< CDMA P_REV in use */
	BYTE GppTimeZone;			/**< Offset from UTC in 15-minute steps, two's complement */
	BYTE GppNetworkDSTAdjustment;		/**< Daylight saving adjustment, hours (0-2) */
	WORD Lac;				/**< 3GPP location area code */
	ULONG CellID;				/**< 3GPP cell id */
	BYTE concSvcInfo;			/**< 0 no concurrent service, 1 available (3GPP2) */
	BYTE PRLInd;				/**< 0 system not in PRL, 1 in PRL */
	BYTE DTMInd;				/**< 0 DTM not supported, 1 supported (GSM) */
	detailSvcInfo DetailedSvcInfo;		/**< Detailed service status */
	CDMASysInfoExt CDMASystemInfoExt;	/**< CDMA MCC and IMSI_11_12 */
	BYTE hdrPersonality;			/**< 0 unknown, 1 HRPD, 2 eHRPD */
	WORD trackAreaCode;			/**< LTE tracking area code */
	callBarStatus CallBarStatus;		/**< Call barring status */
} qaQmiServingSystemParam;

/**
 * \brief Reads everything Get Serving System reports, in one flat struct.
 *
 * \param pServingSystem  Receives the answer (see qaQmiServingSystemParam).
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_INVALID_ARG if pServingSystem is
 *         NULL; eQCWWAN_ERR_BUFFER_SZ if a list does not fit its array;
 *         the errors of the file comment.
 * \note Timeout: 2 seconds. Deprecated by the vendor like GetServingNetwork().
 */
ULONG SLQSGetServingSystem(qaQmiServingSystemParam *pServingSystem);

/* ==== system info ======================================================== */

/** Service status of CDMA or HDR. */
typedef struct {
	BYTE srvStatus;		/**< 0 none, 1 limited, 2 service, 3 limited regional, 4 power save; 0xFF not available */
	BYTE isPrefDataPath;	/**< 0 not preferred, 1 preferred data path; 0xFF not available */
} SrvStatusInfo;

/** Service status of GSM, WCDMA or LTE. */
typedef struct {
	BYTE srvStatus;		/**< As SrvStatusInfo::srvStatus */
	BYTE trueSrvStatus;	/**< True service status, same values */
	BYTE isPrefDataPath;	/**< 0 not preferred, 1 preferred data path */
} GSMSrvStatusInfo;

/** What every technology's system info starts with (each "Valid": 0 invalid, 1 valid). */
typedef struct {
	BYTE srvDomainValid;	/**< srvDomain valid */
	BYTE srvDomain;		/**< Registered domain: 0 none, 1 CS, 2 PS, 3 CS+PS, 4 camped */
	BYTE srvCapabilityValid;	/**< srvCapability valid */
	BYTE srvCapability;	/**< System's capability, as srvDomain */
	BYTE roamStatusValid;	/**< roamStatus valid */
	BYTE roamStatus;	/**< 0 off, 1 on, 2 blinking ... (2 and up: 3GPP2 only) */
	BYTE isSysForbiddenValid;	/**< isSysForbidden valid */
	BYTE isSysForbidden;	/**< 0 not forbidden, 1 forbidden */
} sysInfoCommon;

/** CDMA system info (never filled by this SDK: see SLQSNasGetSysInfo()). */
typedef struct {
	sysInfoCommon sysInfoCDMA;	/**< Common part */
	BYTE isSysPrlMatchValid;	/**< isSysPrlMatch valid */
	BYTE isSysPrlMatch;		/**< 0 not in PRL, 1 in PRL */
	BYTE pRevInUseValid;		/**< pRevInUse valid */
	BYTE pRevInUse;			/**< P_REV in use */
	BYTE bsPRevValid;		/**< bsPRev valid */
	BYTE bsPRev;			/**< Base station P_REV */
	BYTE ccsSupportedValid;		/**< ccsSupported valid */
	BYTE ccsSupported;		/**< Concurrent service supported */
	BYTE cdmaSysIdValid;		/**< systemID/networkID valid */
	WORD systemID;			/**< SID; 0xFFFF not available */
	WORD networkID;			/**< NID; 0xFFFF not available */
	BYTE bsInfoValid;		/**< Base station fields valid */
	WORD baseId;			/**< Base station id */
	ULONG baseLat;			/**< Latitude, 0.25 s of arc */
	ULONG baseLong;			/**< Longitude, 0.25 s of arc */
	BYTE packetZoneValid;		/**< packetZone valid */
	WORD packetZone;		/**< Packet zone; 0xFFFF none */
	BYTE networkIdValid;		/**< MCC/MNC valid */
	BYTE MCC[PLMN_LENGTH];		/**< ASCII digits */
	BYTE MNC[PLMN_LENGTH];		/**< ASCII digits, unused ones 0xFF */
} CDMASysInfo;

/** HDR system info (never filled by this SDK: see SLQSNasGetSysInfo()). */
typedef struct {
	sysInfoCommon sysInfoHDR;	/**< Common part */
	BYTE isSysPrlMatchValid;	/**< isSysPrlMatch valid */
	BYTE isSysPrlMatch;		/**< 0 not in PRL, 1 in PRL */
	BYTE hdrPersonalityValid;	/**< hdrPersonality valid */
	BYTE hdrPersonality;		/**< 0 none, 2 HRPD, 3 eHRPD */
	BYTE hdrActiveProtValid;	/**< hdrActiveProt valid */
	BYTE hdrActiveProt;		/**< 0 none, 2 rel 0, 3 rel A, 4 rel B */
	BYTE is856SysIdValid;		/**< is856SysId valid */
	BYTE is856SysId[SLQS_SYSTEM_ID_SIZE];	/**< IS-856 system id */
} HDRSysInfo;

/** GSM system info. */
typedef struct {
	sysInfoCommon sysInfoGSM;	/**< Common part */
	BYTE lacValid;			/**< lac valid */
	WORD lac;			/**< Location area code */
	BYTE cellIdValid;		/**< cellId valid */
	ULONG cellId;			/**< Cell id */
	BYTE regRejectInfoValid;	/**< rejectSrvDomain/rejCause valid */
	BYTE rejectSrvDomain;		/**< Domain of the reject: 0 none, 1 CS, 2 PS, 3 CS+PS, 4 camped */
	BYTE rejCause;			/**< 3GPP TS 24.008 reject cause */
	BYTE networkIdValid;		/**< MCC/MNC valid */
	BYTE MCC[PLMN_LENGTH];		/**< ASCII digits */
	BYTE MNC[PLMN_LENGTH];		/**< ASCII digits; a 2-digit MNC ends with 0xFF */
	BYTE egprsSuppValid;		/**< egprsSupp valid */
	BYTE egprsSupp;			/**< 0 EGPRS not available, 1 available */
	BYTE dtmSuppValid;		/**< dtmSupp valid */
	BYTE dtmSupp;			/**< 0 DTM not available, 1 available */
} GSMSysInfo;

/** WCDMA system info. */
typedef struct {
	sysInfoCommon sysInfoWCDMA;	/**< Common part */
	BYTE lacValid;			/**< lac valid */
	WORD lac;			/**< Location area code */
	BYTE cellIdValid;		/**< cellId valid */
	ULONG cellId;			/**< Cell id (28 bits) */
	BYTE regRejectInfoValid;	/**< rejectSrvDomain/rejCause valid */
	BYTE rejectSrvDomain;		/**< Domain of the reject */
	BYTE rejCause;			/**< 3GPP TS 24.008 reject cause */
	BYTE networkIdValid;		/**< MCC/MNC valid */
	BYTE MCC[PLMN_LENGTH];		/**< ASCII digits */
	BYTE MNC[PLMN_LENGTH];		/**< ASCII digits; a 2-digit MNC ends with 0xFF */
	BYTE hsCallStatusValid;		/**< hsCallStatus valid */
	BYTE hsCallStatus;		/**< 0 no HSPA, 1 HSDPA, 2 HSUPA, 3 both, 4 HSDPA+, 5 HSDPA+ and HSUPA, 6 DC-HSDPA+, 7 DC-HSDPA+ and HSUPA */
	BYTE hsIndValid;		/**< hsInd valid */
	BYTE hsInd;			/**< High-speed service, as hsCallStatus */
	BYTE pscValid;			/**< psc valid */
	WORD psc;			/**< Primary scrambling code */
} WCDMASysInfo;

/** LTE system info. */
typedef struct {
	sysInfoCommon sysInfoLTE;	/**< Common part */
	BYTE lacValid;			/**< lac valid */
	WORD lac;			/**< Location area code */
	BYTE cellIdValid;		/**< cellId valid */
	ULONG cellId;			/**< Cell id (28 bits) */
	BYTE regRejectInfoValid;	/**< rejectSrvDomain/rejCause valid */
	BYTE rejectSrvDomain;		/**< Domain of the reject */
	BYTE rejCause;			/**< 3GPP TS 24.301 reject cause */
	BYTE networkIdValid;		/**< MCC/MNC valid */
	BYTE MCC[PLMN_LENGTH];		/**< ASCII digits */
	BYTE MNC[PLMN_LENGTH];		/**< ASCII digits; a 2-digit MNC ends with 0xFF */
	BYTE tacValid;			/**< tac valid */
	WORD tac;			/**< Tracking area code */
} LTESysInfo;

/** Additional CDMA system info (never filled by this SDK). */
typedef struct {
	WORD geoSysIdx;		/**< Geo system index; 0xFFFF unknown */
	WORD regPrd;		/**< Registration period; 0xFFFF not valid */
} AddCDMASysInfo;

/** Additional GSM/WCDMA system info (never filled by this SDK). */
typedef struct {
	WORD geoSysIdx;		/**< Geo system index; 0xFFFF unknown */
	ULONG cellBroadcastCap;	/**< 0 unknown, 1 off, 2 on */
} AddSysInfo;

/** GSM/WCDMA call barring (never filled by this SDK). */
typedef struct {
	ULONG csBarStatus;	/**< As callBarStatus::csBarStatus */
	ULONG psBarStatus;	/**< As callBarStatus::psBarStatus */
} CallBarringSysInfo;

/** Answer of SLQSNasGetSysInfo(): 20 members, each filled when not NULL. */
typedef struct {
	SrvStatusInfo *pCDMASrvStatusInfo;		/**< CDMA service status */
	SrvStatusInfo *pHDRSrvStatusInfo;		/**< HDR service status */
	GSMSrvStatusInfo *pGSMSrvStatusInfo;		/**< GSM service status */
	GSMSrvStatusInfo *pWCDMASrvStatusInfo;		/**< WCDMA service status */
	GSMSrvStatusInfo *pLTESrvStatusInfo;		/**< LTE service status */
	CDMASysInfo *pCDMASysInfo;			/**< CDMA system info (not decoded) */
	HDRSysInfo *pHDRSysInfo;			/**< HDR system info (not decoded) */
	GSMSysInfo *pGSMSysInfo;			/**< GSM system info */
	WCDMASysInfo *pWCDMASysInfo;			/**< WCDMA system info */
	LTESysInfo *pLTESysInfo;			/**< LTE system info */
	AddCDMASysInfo *pAddCDMASysInfo;		/**< Not decoded */
	WORD *pAddHDRSysInfo;				/**< Not decoded */
	AddSysInfo *pAddGSMSysInfo;			/**< Not decoded */
	AddSysInfo *pAddWCDMASysInfo;			/**< Not decoded */
	WORD *pAddLTESysInfo;				/**< Not decoded */
	CallBarringSysInfo *pGSMCallBarringSysInfo;	/**< Not decoded */
	CallBarringSysInfo *pWCDMACallBarringSysInfo;	/**< Not decoded */
	BYTE *pLTEVoiceSupportSysInfo;			/**< 0 no voice on LTE, 1 voice supported */
	BYTE *pGSMCipherDomainSysInfo;			/**< Not decoded */
	BYTE *pWCDMACipherDomainSysInfo;		/**< Not decoded */
} nasGetSysInfoResp;

/**
 * \brief Reads the service status and system info of each technology.
 *
 * Decoded: the service status of CDMA, HDR, GSM, WCDMA and LTE, the system
 * info of GSM, WCDMA and LTE, LTE voice support. Every other member, and
 * every member the modem did not report, is filled with all bits set
 * (0xFF bytes): "not available".
 *
 * \param pGetSysInfoResp  The members to fill (not NULL).
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_INVALID_ARG if pGetSysInfoResp is
 *         NULL; the errors of the file comment.
 * \note Timeout: 2 seconds.
 */
ULONG SLQSNasGetSysInfo(nasGetSysInfoResp *pGetSysInfoResp);

/* ==== cell location ====================================================== */

/** A GSM neighbour (network measurement report). */
typedef struct {
	ULONG nmrCellID;	/**< Cell id; 0xFFFFFFFF not present */
	BYTE nmrPlmn[PLMN_LENGTH];	/**< PLMN, 3 BCD bytes (TS 24.008) */
	WORD nmrLac;		/**< Location area code */
	WORD nmrArfcn;		/**< ARFCN */
	BYTE nmrBsic;		/**< Base station identity code */
	WORD nmrRxLev;		/**< Rx level 0-63 (0: below -110 dBm, 63: above -48 dBm) */
} nmrCellInfo;

/** The GSM serving cell and its neighbours. */
typedef struct {
	ULONG cellID;		/**< Cell id; 0xFFFFFFFF not present */
	BYTE plmn[PLMN_LENGTH];	/**< PLMN, 3 BCD bytes */
	WORD lac;		/**< Location area code */
	WORD arfcn;		/**< ARFCN */
	BYTE bsic;		/**< Base station identity code */
	ULONG timingAdvance;	/**< Bit periods (48/13 us); 0xFFFFFFFF not available */
	WORD rxLev;		/**< Rx level 0-63 */
	BYTE nmrInst;		/**< Entries in insNmrCellInfo */
	nmrCellInfo insNmrCellInfo[MAX_DESCRIPTION_LENGTH];	/**< Neighbours */
} GERANInfo;

/** A GSM neighbour seen from UMTS. */
typedef struct {
	WORD geranArfcn;	/**< ARFCN */
	BYTE geranBsicNcc;	/**< Network colour code; 0xFF not present */
	BYTE geranBsicBcc;	/**< Base station colour code; 0xFF not present */
	SHORT geranRssi;	/**< RSSI, dBm */
} geranInstInfo;

/** A UMTS neighbour. */
typedef struct {
	WORD umtsUarfcn;	/**< UARFCN */
	WORD umtsPsc;		/**< Primary scrambling code */
	SHORT umtsRscp;		/**< RSCP, dBm */
	SHORT umtsEcio;		/**< Ec/Io, dB */
} UMTSinstInfo;

/** The UMTS serving cell and its neighbours. */
typedef struct {
	WORD cellID;		/**< Cell id (low 16 bits; SLQSNasGetCellLocationInfo() pUMTSCellID has all 28) */
	BYTE plmn[PLMN_LENGTH];	/**< PLMN, 3 BCD bytes */
	WORD lac;		/**< Location area code */
	WORD uarfcn;		/**< UARFCN */
	WORD psc;		/**< Primary scrambling code */
	SHORT rscp;		/**< RSCP, dBm */
	SHORT ecio;		/**< Ec/Io, dB */
	BYTE umtsInst;		/**< Entries in UMTSInstInfo */
	UMTSinstInfo UMTSInstInfo[MAX_DESCRIPTION_LENGTH];	/**< UMTS neighbours */
	BYTE geranInst;		/**< Entries in GeranInstInfo */
	geranInstInfo GeranInstInfo[MAX_DESCRIPTION_LENGTH];	/**< GSM neighbours */
} UMTSInfo;

/** The CDMA base station. */
typedef struct {
	WORD sid;		/**< System id; 0xFFFF not available */
	WORD nid;		/**< Network id; 0xFFFF not available */
	WORD baseId;		/**< Base station id; 0xFFFF not available */
	WORD refpn;		/**< Reference PN; 0xFFFF not available */
	ULONG baseLat;		/**< Latitude, 0.25 s of arc; 0xFFFFFFFF not available */
	ULONG baseLong;		/**< Longitude, 0.25 s of arc; 0xFFFFFFFF not available */
} CDMAInfo;

/** An LTE cell's measurements. */
typedef struct {
	WORD pci;		/**< Physical cell id, 0-503 */
	SHORT rsrq;		/**< RSRQ, 0.1 dB */
	SHORT rsrp;		/**< RSRP, 0.1 dBm */
	SHORT rssi;		/**< RSSI, 0.1 dBm */
	SHORT srxlev;		/**< Cell selection Rx level (idle mode only) */
} cellParams;

/** The LTE serving cell and its intra-frequency neighbours. */
typedef struct {
	BYTE ueInIdle;		/**< 1 idle, 0 connected; 0xFF not available */
	BYTE plmn[PLMN_LENGTH];	/**< PLMN, 3 BCD bytes */
	WORD tac;		/**< Tracking area code; 0xFFFF not available */
	ULONG globalCellId;	/**< Global cell id; 0xFFFFFFFF not available */
	WORD earfcn;		/**< Serving EARFCN; 0xFFFF not available */
	WORD servingCellId;	/**< Serving physical cell id (also in CellParams); 0xFFFF not available */
	BYTE cellReselPriority;	/**< 0-7 (idle mode only); 0xFF not available */
	BYTE sNonIntraSearch;	/**< 0-31 (idle mode only); 0xFF not available */
	BYTE threshServingLow;	/**< 0-31 (idle mode only); 0xFF not available */
	BYTE sIntraSearch;	/**< 0-31 (idle mode only); 0xFF not available */
	BYTE cellsLen;		/**< Entries in CellParams */
	cellParams CellParams[MAX_DESCRIPTION_LENGTH];	/**< The serving cell and its neighbours */
} LTEInfoIntrafreq;

/** One LTE inter-frequency layer. */
typedef struct {
	WORD earfcn;		/**< EARFCN */
	BYTE threshXLow;	/**< 0-31 */
	BYTE threshXHigh;	/**< 0-31 */
	BYTE cell_resel_priority;	/**< 0-7 */
	BYTE cells_len;		/**< Entries in cellInterFreqParams */
	cellParams cellInterFreqParams[MAX_DESCRIPTION_LENGTH];	/**< Cells */
} infoInterFreq;

/** LTE inter-frequency neighbours (never filled by this SDK). */
typedef struct {
	BYTE ueInIdle;		/**< 1 idle; 0xFF not available */
	BYTE freqsLen;		/**< Entries in InfoInterfreq */
	infoInterFreq InfoInterfreq[MAX_DESCRIPTION_LENGTH];	/**< Layers */
} LTEInfoInterfreq;

/** A GSM cell seen from LTE. */
typedef struct {
	WORD arfcn;		/**< ARFCN, 0-1023 */
	BYTE band1900;		/**< 1: the ARFCN is in the 1900 band */
	BYTE cellIdValid;	/**< bsicId valid */
	BYTE bsicId;		/**< Base station identity code */
	SHORT rssi;		/**< RSSI, 0.1 dB */
	SHORT srxlev;		/**< Cell selection Rx level */
} gsmCellInfo;

/** A GSM layer seen from LTE. */
typedef struct {
	BYTE cellReselPriority;	/**< 0-7 */
	BYTE threshGsmHigh;	/**< 0-31 */
	BYTE threshGsmLow;	/**< 0-31 */
	BYTE nccPermitted;	/**< Bit n: report neighbours with NCC n */
	BYTE cells_len;		/**< Entries in GsmCellInfo */
	gsmCellInfo GsmCellInfo[MAX_DESCRIPTION_LENGTH];	/**< Cells */
} lteGsmCellInfo;

/** GSM neighbours of LTE (never filled by this SDK). */
typedef struct {
	BYTE ueInIdle;		/**< 1 idle; 0xFF not available */
	BYTE freqsLen;		/**< Entries in LteGsmCellInfo */
	lteGsmCellInfo LteGsmCellInfo[MAX_DESCRIPTION_LENGTH];	/**< Layers */
} LTEInfoNeighboringGSM;

/** A WCDMA cell seen from LTE. */
typedef struct {
	WORD psc;		/**< Primary scrambling code */
	SHORT cpich_rscp;	/**< CPICH RSCP, 0.1 dBm */
	SHORT cpich_ecno;	/**< CPICH Ec/No, 0.1 dB */
	SHORT srxlev;		/**< Cell selection Rx level */
} wcdmaCellInfo;

/** A WCDMA layer seen from LTE. */
typedef struct {
	WORD uarfcn;		/**< UARFCN */
	BYTE cellReselPriority;	/**< 0-7 */
	WORD threshXhigh;	/**< 0-31 */
	WORD threshXlow;	/**< 0-31 */
	BYTE cellsLen;		/**< Entries in WCDMACellInfo */
	wcdmaCellInfo WCDMACellInfo[MAX_DESCRIPTION_LENGTH];	/**< Cells */
} lteWcdmaCellInfo;

/** WCDMA neighbours of LTE (never filled by this SDK). */
typedef struct {
	BYTE ueInIdle;		/**< 1 idle; 0xFF not available */
	BYTE freqsLen;		/**< Entries in LTEWCDMACellInfo */
	lteWcdmaCellInfo LTEWCDMACellInfo[MAX_DESCRIPTION_LENGTH];	/**< Layers */
} LTEInfoNeighboringWCDMA;

/** An LTE cell seen from UMTS. */
typedef struct {
	WORD earfcn;		/**< EARFCN */
	WORD pci;		/**< Physical cell id */
	ULONG rsrp;		/**< RSRP, dBm */
	ULONG rsrq;		/**< RSRQ, dB */
	SHORT srxlev;		/**< Cell selection Rx level */
	BYTE cellIsTDD;		/**< 1 TDD, 0 FDD */
} umtsLTENbrCell;

/** LTE neighbours of UMTS (never filled by this SDK). */
typedef struct {
	ULONG wcdmaRRCState;	/**< 0 idle, 1 CELL_PCH, 2 URA_PCH, 3 CELL_FACH, 4 CELL_DCH */
	BYTE umtsLTENbrCellLen;	/**< Entries in UMTSLTENbrCell */
	umtsLTENbrCell UMTSLTENbrCell[MAX_DESCRIPTION_LENGTH];	/**< Cells */
} WCDMAInfoLTENeighborCell;

/** Answer of SLQSNasGetCellLocationInfo(): 9 members, each filled when not NULL. */
typedef struct {
	GERANInfo *pGERANInfo;				/**< GSM serving cell and neighbours */
	UMTSInfo *pUMTSInfo;				/**< UMTS serving cell and neighbours */
	CDMAInfo *pCDMAInfo;				/**< CDMA base station */
	LTEInfoIntrafreq *pLTEInfoIntrafreq;		/**< LTE serving cell and intra-frequency neighbours */
	LTEInfoInterfreq *pLTEInfoInterfreq;		/**< Not decoded: "none" */
	LTEInfoNeighboringGSM *pLTEInfoNeighboringGSM;	/**< Not decoded: "none" */
	LTEInfoNeighboringWCDMA *pLTEInfoNeighboringWCDMA; /**< Not decoded: "none" */
	ULONG *pUMTSCellID;				/**< UMTS 28-bit cell id; 0xFFFFFFFF not present */
	WCDMAInfoLTENeighborCell *pWCDMAInfoLTENeighborCell; /**< Not decoded: "none" */
} nasCellLocationInfoResp;

/**
 * \brief Reads the serving cell and its neighbours.
 *
 * Filled from the modem: the GSM serving cell and its neighbours
 * (pGERANInfo), the UMTS serving cell with its UMTS and GSM neighbours
 * (pUMTSInfo, pUMTSCellID), the CDMA base station (pCDMAInfo), the LTE
 * serving cell with its intra-frequency neighbours (pLTEInfoIntrafreq).
 * Only the technology the modem camps on is reported; the others keep
 * their "not available" markers (counts 0, other fields all bits set).
 * Not decoded, always "none" (ueInIdle 0xFF, counts 0): LTE
 * inter-frequency, GSM and WCDMA neighbours of LTE, LTE neighbours of UMTS.
 * This SDK reads at most 32 cells per list: a longer list makes the answer
 * eQCWWAN_ERR_MALFORMED_QMI_RSP.
 *
 * \param pNasCellLocationInfoResp  The members to fill (not NULL).
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_INVALID_ARG if the argument is
 *         NULL; the errors of the file comment.
 * \note Timeout: 2 seconds.
 */
ULONG SLQSNasGetCellLocationInfo(nasCellLocationInfoResp *pNasCellLocationInfoResp);

/* ==== system selection, registration, scan ================================ */

/** Network selection of SLQSSetSysSelectionPref(). */
struct netSelectionPref {
	BYTE netReg;		/**< 0 automatic (mcc/mnc ignored), 1 manual */
	WORD mcc;		/**< MCC, 0-999 */
	WORD mnc;		/**< MNC, 0-999 */
};

/** Acquisition order of SLQSSetSysSelectionPref(). */
struct acqOrderPref {
	BYTE acqOrdeLen;	/**< Entries in pAcqOrder (at most 8) */
	BYTE *pAcqOrder;	/**< Radio interfaces in order: 1 1X, 2 HRPD, 4 GSM, 5 UMTS, 8 LTE, 9 TD-SCDMA */
};

/** Closed subscriber group of SLQSSetSysSelectionPref(). */
struct CSGID {
	WORD mcc;		/**< MCC */
	WORD mnc;		/**< MNC */
	BYTE mncPcsDigits;	/**< 1: 3-digit MNC */
	ULONG id;		/**< CSG id */
	BYTE rat;		/**< 4 GSM, 5 UMTS, 8 LTE, 9 TD-SCDMA */
};

/** Request of SLQSSetSysSelectionPref(): each member not NULL is sent. */
typedef struct _sysSelectPrefParams {
	BYTE *pEmerMode;		/**< 0 normal, 1 emergency */
	WORD *pModePref;		/**< Bits: 0 1X, 1 HRPD, 2 GSM, 3 UMTS, 4 LTE, 5 TD-SCDMA */
	ULONGLONG *pBandPref;		/**< QMI band preference bits (bit 7 GSM 1800, 22 WCDMA 2100 ...) */
	WORD *pPRLPref;			/**< 1 A side only, 2 B side only, 0x3FFF any */
	WORD *pRoamPref;		/**< 1 home only, 2 roaming only, 3 home and affiliated, 0xFF any */
	ULONGLONG *pLTEBandPref;	/**< Bit n: E-UTRA band n + 1 */
	struct netSelectionPref *pNetSelPref;	/**< Automatic or manual network selection */
	BYTE *pChgDuration;		/**< 0 until power cycle, 1 permanent (the modem's default) */
	BYTE *pMNCIncPCSDigStat;	/**< 1: the MNC of pNetSelPref has 3 digits */
	ULONG *pSrvDomainPref;		/**< 0 CS, 1 PS, 2 CS+PS, 3 PS attach, 4 PS detach */
	ULONG *pGWAcqOrderPref;		/**< 0 automatic, 1 GSM then WCDMA, 2 WCDMA then GSM */
	ULONGLONG *pTdscdmaBandPref;	/**< Bits: 0 band A .. 5 band F */
	struct acqOrderPref *pAcqOrderPref;	/**< Acquisition order */
	ULONG *pSrvRegRestriction;	/**< 0 normal, 1 camp only, 2 limited service */
	struct CSGID *pCSGID;		/**< Closed subscriber group (TLV 0x20, unverified) */
	BYTE *pRAT;			/**< Not sent: its TLV is unknown (see SLQSSetSysSelectionPref()) */
} sysSelectPrefParams;

/**
 * \brief Sets the system selection preferences: modes, bands, roaming,
 *        network selection, service domain, acquisition order.
 *
 * \param pSysSelectPrefParams  The preferences to change (members not NULL).
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_INVALID_ARG if the argument is NULL,
 *         if pAcqOrderPref holds more than 8 entries or a NULL list, or if
 *         pRAT is set (its wire form is not known); the errors of the file
 *         comment (1071 from firmware without the message).
 * \note Timeout: 2 seconds. The CSG id TLV (0x20) follows the vendor's
 *       struct; its wire form is unverified.
 */
ULONG SLQSSetSysSelectionPref(sysSelectPrefParams *pSysSelectPrefParams);

/** Answer of SLQSGetSysSelectionPref(): each member not NULL is filled. */
typedef struct _sysSelectPrefInfo {
	BYTE *pEmerMode;		/**< 0 normal, 1 emergency; 0xFF not reported */
	WORD *pModePref;		/**< As sysSelectPrefParams; 0xFFFF not reported */
	ULONGLONG *pBandPref;		/**< As sysSelectPrefParams; all bits set when not reported */
	WORD *pPRLPref;			/**< As sysSelectPrefParams; 0xFFFF not reported */
	WORD *pRoamPref;		/**< As sysSelectPrefParams; 0xFFFF not reported */
	ULONGLONG *pLTEBandPref;	/**< As sysSelectPrefParams; all bits set when not reported */
	BYTE *pNetSelPref;		/**< 0 automatic, 1 manual; 0xFF not reported */
	ULONG *pSrvDomainPref;		/**< As sysSelectPrefParams; 0xFFFFFFFF not reported */
	ULONG *pGWAcqOrderPref;		/**< As sysSelectPrefParams; 0xFFFFFFFF not reported */
} sysSelectPrefInfo;

/**
 * \brief Reads the system selection preferences.
 *
 * \param pSysSelectPrefInfo  The members to fill (not NULL).
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_INVALID_ARG if the argument is
 *         NULL; the errors of the file comment (1071 from firmware without
 *         the message).
 * \note Timeout: 2 seconds.
 */
ULONG SLQSGetSysSelectionPref(sysSelectPrefInfo *pSysSelectPrefInfo);

/** Network time from one side (3GPP or 3GPP2). */
typedef struct {
	WORD year;		/**< e.g. 2026 */
	BYTE month;		/**< 1 January .. 12 December */
	BYTE day;		/**< 1-31 */
	BYTE hour;		/**< 0-23 */
	BYTE minute;		/**< 0-59 */
	BYTE second;		/**< 0-59 */
	BYTE dayOfWeek;		/**< 0 Monday .. 6 Sunday */
	INT8 timeZone;		/**< Offset from UTC in 15-minute steps */
	BYTE dayLtSavingAdj;	/**< Daylight saving adjustment, hours (0-2) */
	BYTE radioInterface;	/**< Radio interface the time came from */
	BYTE TlvPresent;	/**< 1 when the modem reported this time, else 0 */
} timeInfo;

/** Answer of SLQSGetNetworkTime(). */
typedef struct {
	timeInfo *p3GPP2TimeInfo;	/**< Time from a 3GPP2 network */
	timeInfo *p3GPPTimeInfo;	/**< Time from a 3GPP network (NITZ) */
} GetNetworkTimeResp;

/**
 * \brief Reads the last network time the modem received.
 *
 * \param pGetNetworkTimeResp  The members to fill (not NULL); a time the
 *                             modem did not report has TlvPresent 0.
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_INVALID_ARG if the argument is
 *         NULL; the errors of the file comment (1071 from firmware without
 *         the message).
 * \note Timeout: 5 seconds.
 */
ULONG SLQSGetNetworkTime(GetNetworkTimeResp *pGetNetworkTimeResp);

/**
 * \brief Starts a registration: automatic, or manual on one network.
 *
 * \param regType  1 automatic, 2 manual.
 * \param mcc      MCC of the network (manual only).
 * \param mnc      MNC of the network (manual only).
 * \param rat      Radio interface (manual only): 4 GSM, 5 UMTS, 8 LTE.
 * \return eQCWWAN_ERR_NONE when the modem accepted the request;
 *         eQCWWAN_ERR_INVALID_ARG for another regType; the errors of the
 *         file comment.
 * \note Timeout: 30 seconds. The vendor marks it deprecated on
 *       MC73xx/EM74xx firmware (prefer SLQSSetSysSelectionPref()).
 */
ULONG InitiateNetworkRegistration(ULONG regType, WORD mcc, WORD mnc, ULONG rat);

/** A network found by PerformNetworkScan(). */
struct SlqsNas3GppNetworkInfo {
	WORD MCC;		/**< Mobile country code */
	WORD MNC;		/**< Mobile network code */
	ULONG InUse;		/**< 0 unknown, 1 serving network, 2 available */
	ULONG Roaming;		/**< 0 unknown, 1 home, 2 roaming */
	ULONG Forbidden;	/**< 0 unknown, 1 forbidden, 2 not forbidden */
	ULONG Preferred;	/**< 0 unknown, 1 preferred, 2 not preferred */
	CHAR Description[MAX_DESCRIPTION_LENGTH];	/**< Name, UTF-8, NUL-terminated (cut at a character boundary if longer) */
};

/**
 * \brief Scans for the networks around (3GPP) and lists them.
 *
 * \param pInstanceSize  In: capacity of pInstances (elements); out: the
 *                       number filled (or needed, with BUFFER_SZ).
 * \param pInstances     Receives an array of struct SlqsNas3GppNetworkInfo
 *                       (the vendor's applications declare the same layout
 *                       as struct QmiNas3GppNetworkInfo).
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_INVALID_ARG if a pointer is NULL;
 *         eQCWWAN_ERR_BUFFER_SZ if the array is too small; the errors of the
 *         file comment.
 * \note Timeout: 5 minutes (a scan takes long).
 */
ULONG PerformNetworkScan(BYTE *pInstanceSize, BYTE *pInstances);

#ifdef __cplusplus
}
#endif

#endif /* SLQS_API_QAGOBIAPINAS_H */
