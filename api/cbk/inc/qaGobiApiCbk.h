/**
 * \file   qaGobiApiCbk.h
 * \brief  Callbacks: functions the SDK calls when something happens.
 *
 * Every callback of an application runs on one thread the SDK starts in
 * SLQSStart(), one call at a time, in the order the events happened. A
 * callback may call any API function (including the one that set it), but
 * should return quickly: later callbacks wait for it. Only the most
 * recently set function of each kind is called; setting NULL unsubscribes.
 */
#ifndef SLQS_API_QAGOBIAPICBK_H
#define SLQS_API_QAGOBIAPICBK_H

#include "../../inc/SwiDataTypes.h"
#include "../../nas/inc/qaGobiApiNas.h"
#include "../../uim/inc/qaGobiApiUim.h"

#ifdef __cplusplus
extern "C" {
#endif

/** State of a modem, as the device-state callback and SLQSGetDeviceMode() report it. */
typedef enum device_state_enum {
	DEVICE_STATE_DISCONNECTED = 0,	/**< Gone, or resetting: requests fail until READY. */
	DEVICE_STATE_READY = 1,		/**< Present and synchronised: requests are served. */
	DEVICE_STATE_BOOT = 2,		/**< In boot-loader mode (not reported by this SDK). */
	DEVICE_STATE_SERIAL_ONLY = 3	/**< Only serial ports present (not reported by this SDK). */
} eDevState;

/**
 * \brief Device-state callback.
 * \param device_state  The modem's new state.
 *
 * A modem reset is reported as DEVICE_STATE_DISCONNECTED followed by
 * DEVICE_STATE_READY once it is back; an unplug as DEVICE_STATE_DISCONNECTED
 * (and READY again on replug). Losing the daemon is reported as
 * DEVICE_STATE_DISCONNECTED too, and READY once the next API call has
 * attached to it again.
 */
typedef void (*tFNDeviceStateChange)(eDevState device_state);

/**
 * \brief Subscribes to changes of the connected modem's state.
 *
 * \param pCallback  The function to call, or NULL to unsubscribe.
 * \return eQCWWAN_ERR_NONE.
 * \note Timeout: none (no communication). Reports start once
 *       QCWWAN2kConnect() has succeeded. A callback sees only the changes
 *       that happen while it is set: a change queued before the call is
 *       not delivered to the new callback.
 */
ULONG SetDeviceStateChangeCbk(tFNDeviceStateChange pCallback);

/* ==== service callbacks ==================================================== */
/*
 * Each Set function below registers the indications its callback needs
 * with the connected modem (QCWWAN2kConnect() first) and returns that
 * request's result; NULL unsubscribes and turns off at the modem what no
 * other callback of the application still needs. When the modem refuses
 * the registration the previous callback stays in place. A callback gets
 * the events that arrive while it is set; after a modem reset, an unplug
 * or a lost daemon the SDK registers the set callbacks again right after
 * reporting DEVICE_STATE_READY (and when the modem lost the SDK's client
 * of a service); QCWWANDisconnect() drops them all (set them again
 * after reconnecting). The argument structs live for the duration of the
 * call only. See docs/api-callbacks.md.
 */

/** Capacity of the threshold array of SetSignalStrengthCallback(). */
#define SIGSTRENGTH_THRESHOLD_ARR_SZ 5

/**
 * \brief Signal strength callback.
 * \param signalStrength  Received signal strength, dBm.
 * \param radioInterface  Radio interface of the measurement (see qaGobiApiNas.h).
 */
typedef void (*tFNSignalStrength)(INT8 signalStrength, ULONG radioInterface);

/**
 * \brief Calls pCallback when the signal strength crosses one of the thresholds.
 *
 * Registers NAS Set Event Report, signal strength indicator, with the thresholds.
 *
 * \param pCallback       The function to call, or NULL to unsubscribe.
 * \param thresholdsSize  Number of thresholds, at most SIGSTRENGTH_THRESHOLD_ARR_SZ
 *                        (ignored when unsubscribing).
 * \param pThresholds     Thresholds, dBm (ignored when unsubscribing).
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_INVALID_ARG when thresholdsSize is larger
 *         than 5 or pThresholds is NULL with thresholdsSize > 0; the modem's error
 *         (1000 + QMI error) or a transport error as for any request.
 * \note Timeout: 2 seconds.
 */
ULONG SetSignalStrengthCallback(tFNSignalStrength pCallback, BYTE thresholdsSize,
				INT8 *pThresholds);

/** What SLQSSetSignalStrengthsCallback() reports; a member not in the event has all bits set. */
struct SLQSSignalStrengthsInformation {
	struct rxSignalStrengthListElement rxSignalStrengthInfo; /**< RSSI, dBm */
	struct ecioListElement ecioInfo;	/**< Ec/Io, dB (rounded toward zero) */
	ULONG io;				/**< Received Io, dBm (1xEV-DO) */
	BYTE sinr;				/**< SINR level 0-8 (1xEV-DO) */
	struct errorRateListElement errorRateInfo; /**< Error rate */
	struct rsrqInformation rsrqInfo;	/**< LTE RSRQ, dB */
	struct lteSnrinformation lteSnrinfo;	/**< LTE SNR, 0.1 dB */
	struct lteRsrpinformation lteRsrpinfo;	/**< LTE RSRP, dBm */
};

/** \brief Signal strengths callback: gets the struct by value. */
typedef void (*tFNSLQSSignalStrengths)(
	struct SLQSSignalStrengthsInformation sSLQSSignalStrengthsInfo);

/** The reporting SLQSSetSignalStrengthsCallback() asks the modem for. */
struct SLQSSignalStrengthsIndReq {
	BYTE rxSignalStrengthDelta;	/**< RSSI change that triggers a report, dB */
	BYTE ecioDelta;			/**< Ec/Io change, 0.5 dB steps */
	BYTE ioDelta;			/**< Io change, dB */
	BYTE sinrDelta;			/**< SINR level change */
	BYTE rsrqDelta;			/**< RSRQ change, dB */
	BYTE ecioThresholdListLen;	/**< Entries of ecioThresholdList (0 - 10) */
	SHORT ecioThresholdList[10];	/**< Ec/Io thresholds, -0.5 dB steps */
	BYTE sinrThresholdListLen;	/**< Entries of sinrThresholdList (0 - 5) */
	BYTE sinrThresholdList[5];	/**< SINR level thresholds */
	WORD lteSnrDelta;		/**< LTE SNR change, 0.1 dB (1 byte on the wire: above 255 sent as 255) */
	BYTE lteRsrpDelta;		/**< LTE RSRP change, dB */
};

/**
 * \brief Calls pCallback with RSSI, Ec/Io, Io, SINR, error rate, RSRQ, LTE SNR
 *        and RSRP when they change by the given deltas or cross the thresholds.
 *
 * Registers NAS Set Event Report TLVs 0x13 - 0x1C (the 0x10 signal strength
 * report stays SetSignalStrengthCallback()'s).
 *
 * \param pCallback                   The function to call, or NULL to unsubscribe.
 * \param pSLQSSignalStrengthsIndReq  The deltas and thresholds (ignored when unsubscribing).
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_INVALID_ARG when pSLQSSignalStrengthsIndReq
 *         is NULL or a list is longer than its array; the modem's or transport error.
 * \note Timeout: 2 seconds. The vendor marks it deprecated on MC73xx/EM74xx firmware.
 */
ULONG SLQSSetSignalStrengthsCallback(tFNSLQSSignalStrengths pCallback,
				     struct SLQSSignalStrengthsIndReq *pSLQSSignalStrengthsIndReq);

/** A threshold list of SLQSNasSigInfo2CallBack(): count and values. */
typedef struct {
	BYTE CDMARSSIThreshListLen;	/**< Entries (0 - 32) */
	WORD *pCDMARSSIThreshList;	/**< 0.1 dBm, as signed 16-bit values */
} CDMARSSIThresh;
/** CDMA Ec/Io thresholds, 0.1 dB. */
typedef struct {
	BYTE CDMAECIOThreshListLen;	/**< Entries (0 - 32) */
	WORD *pCDMAECIOThreshList;	/**< The thresholds, signed 16-bit values */
} CDMAECIOThresh;
/** HDR RSSI thresholds, 0.1 dBm. */
typedef struct {
	BYTE HDRRSSIThreshListLen;	/**< Entries (0 - 32) */
	WORD *pHDRRSSIThreshList;	/**< The thresholds, signed 16-bit values */
} HDRRSSIThresh;
/** HDR Ec/Io thresholds, 0.1 dB. */
typedef struct {
	BYTE HDRECIOThreshListLen;	/**< Entries (0 - 32) */
	WORD *pHDRECIOThreshList;	/**< The thresholds, signed 16-bit values */
} HDRECIOThresh;
/** HDR SINR level thresholds. */
typedef struct {
	BYTE HDRSINRThreshListLen;	/**< Entries (0 - 32) */
	WORD *pHDRSINRThreshList;	/**< The thresholds, signed 16-bit values */
} HDRSINRThreshold;
/** HDR Io thresholds, 0.1 dBm. */
typedef struct {
	BYTE HDRIOThreshListLen;	/**< Entries (0 - 32) */
	WORD *pHDRIOThreshList;	/**< The thresholds, signed 16-bit values */
} HDRIOThresh;
/** GSM RSSI thresholds, 0.1 dBm. */
typedef struct {
	BYTE GSMRSSIThreshListLen;	/**< Entries (0 - 32) */
	WORD *pGSMRSSIThreshList;	/**< The thresholds, signed 16-bit values */
} GSMRSSIThresh;
/** WCDMA RSSI thresholds, 0.1 dBm. */
typedef struct {
	BYTE WCDMARSSIThreshListLen;	/**< Entries (0 - 32) */
	WORD *pWCDMARSSIThreshList;	/**< The thresholds, signed 16-bit values */
} WCDMARSSIThresh;
/** WCDMA Ec/Io thresholds, 0.1 dB. */
typedef struct {
	BYTE WCDMAECIOThreshListLen;	/**< Entries (0 - 32) */
	WORD *pWCDMAECIOThreshList;	/**< The thresholds, signed 16-bit values */
} WCDMAECIOThresh;
/** LTE RSSI thresholds, 0.1 dBm. */
typedef struct {
	BYTE LTERSSIThreshListLen;	/**< Entries (0 - 32) */
	WORD *pLTERSSIThreshList;	/**< The thresholds, signed 16-bit values */
} LTERSSIThresh;
/** LTE SNR thresholds, 0.1 dB. */
typedef struct {
	BYTE LTESNRThreshListLen;	/**< Entries (0 - 32) */
	WORD *pLTESNRThreshList;	/**< The thresholds, signed 16-bit values */
} LTESNRThreshold;
/** LTE RSRQ thresholds, 0.1 dB. */
typedef struct {
	BYTE LTERSRQThreshListLen;	/**< Entries (0 - 32) */
	WORD *pLTERSRQThreshList;	/**< The thresholds, signed 16-bit values */
} LTERSRQThresh;
/** LTE RSRP thresholds, 0.1 dBm. */
typedef struct {
	BYTE LTERSRPThreshListLen;	/**< Entries (0 - 32) */
	WORD *pLTERSRPThreshList;	/**< The thresholds, signed 16-bit values */
} LTERSRPThresh;
/** TD-SCDMA RSCP thresholds, 0.1 dBm (not sent: see SLQSNasSigInfo2CallBack()). */
typedef struct {
	BYTE TDSCDMARSCPThreshListLen;	/**< Entries (0 - 32) */
	WORD *pTDSCDMARSCPThreshList;	/**< The thresholds, signed 16-bit values */
} TDSCDMARSCPThresh;
/** TD-SCDMA RSSI thresholds, float dBm (not sent). */
typedef struct {
	BYTE TDSCDMARSSIThreshListLen;	/**< Entries (0 - 32) */
	ULONG *pTDSCDMARSSIThreshList;	/**< The thresholds, IEEE floats */
} TDSCDMARSSIThresh;
/** TD-SCDMA Ec/Io thresholds, float dB (not sent). */
typedef struct {
	BYTE TDSCDMAECIOThreshListLen;	/**< Entries (0 - 32) */
	ULONG *pTDSCDMAECIOThreshList;	/**< The thresholds, IEEE floats */
} TDSCDMAECIOThresh;
/** TD-SCDMA SINR thresholds, float dB (not sent). */
typedef struct {
	BYTE TDSCDMASINRThreshListLen;	/**< Entries (0 - 32) */
	ULONG *pTDSCDMASINRThreshList;	/**< The thresholds, IEEE floats */
} TDSCDMASINRThresh;
/** LTE signal report: rate and averaging period (QMI codes). */
typedef struct {
	BYTE rptRate;		/**< 0 default, 1 every 1 s, 2 2 s, 3 3 s, 4 4 s, 5 5 s */
	BYTE avgPeriod;		/**< 0 default, 1 1 s, 2 2 s ... 5 5 s */
} LTESigRptConfig;

/**
 * The signal reporting SLQSNasSigInfo2CallBack() configures (NAS Config
 * Signal Info v2): a member left NULL is not sent, and the modem keeps its
 * setting. The members and their order are unverified against the vendor
 * header (the public sample shows the threshold members; the deltas
 * follow the message's fields).
 */
typedef struct {
	CDMARSSIThresh *pCDMARSSIThresh;	/**< 0x10 */
	WORD *pCDMARSSIDelta;			/**< 0x11: 0.1 dBm */
	CDMAECIOThresh *pCDMAECIOThresh;	/**< 0x12 */
	WORD *pCDMAECIODelta;			/**< 0x13: 0.1 dB */
	HDRRSSIThresh *pHDRRSSIThresh;		/**< 0x14 */
	WORD *pHDRRSSIDelta;			/**< 0x15 */
	HDRECIOThresh *pHDRECIOThresh;		/**< 0x16 */
	WORD *pHDRECIODelta;			/**< 0x17 */
	HDRSINRThreshold *pHDRSINRThresh;	/**< 0x18 */
	WORD *pHDRSINRDelta;			/**< 0x19 */
	HDRIOThresh *pHDRIOThresh;		/**< 0x1A */
	WORD *pHDRIODelta;			/**< 0x1B */
	GSMRSSIThresh *pGSMRSSIThresh;		/**< 0x1C */
	WORD *pGSMRSSIDelta;			/**< 0x1D */
	WCDMARSSIThresh *pWCDMARSSIThresh;	/**< 0x1E */
	WORD *pWCDMARSSIDelta;			/**< 0x1F */
	WCDMAECIOThresh *pWCDMAECIOThresh;	/**< 0x20 */
	WORD *pWCDMAECIODelta;			/**< 0x21 */
	LTERSSIThresh *pLTERSSIThresh;		/**< 0x22 */
	WORD *pLTERSSIDelta;			/**< 0x23 */
	LTESNRThreshold *pLTESNRThresh;		/**< 0x24 */
	WORD *pLTESNRDelta;			/**< 0x25 */
	LTERSRQThresh *pLTERSRQThresh;		/**< 0x26 */
	WORD *pLTERSRQDelta;			/**< 0x27 */
	LTERSRPThresh *pLTERSRPThresh;		/**< 0x28 */
	WORD *pLTERSRPDelta;			/**< 0x29 */
	LTESigRptConfig *pLTESigRptConfig;	/**< 0x2A */
	TDSCDMARSCPThresh *pTDSCDMARSCPThresh;	/**< not sent */
	TDSCDMARSSIThresh *pTDSCDMARSSIThresh;	/**< not sent */
	TDSCDMAECIOThresh *pTDSCDMAECIOThresh;	/**< not sent */
	TDSCDMASINRThresh *pTDSCDMASINRThresh;	/**< not sent */
} setSignalStrengthInfo;

/**
 * What SLQSNasSigInfo2CallBack() reports (NAS Signal Info indication): a
 * technology the indication does not carry is NULL. Units as nasGetSigInfoResp.
 * The member names after pLTESigInfo are unverified.
 */
typedef struct {
	CDMASSInfo *pCDMASigInfo;		/**< cdma2000 1X */
	HDRSSInfo *pHDRSigInfo;			/**< 1xEV-DO */
	INT8 *pGSMSigInfo;			/**< GSM RSSI, dBm */
	CDMASSInfo *pWCDMASigInfo;		/**< WCDMA */
	LTESSInfo *pLTESigInfo;			/**< LTE */
	INT8 *pRscp;				/**< TD-SCDMA RSCP, dBm */
	TDSCDMASigInfoExt *pTDSCDMASigInfoExt;	/**< TD-SCDMA, extended */
} nasSigInfo;

/** \brief Signal info callback. */
typedef void (*tFNSigInfo)(nasSigInfo *pNasSigInfo);

/**
 * \brief Calls pCallback with every NAS Signal Info indication.
 *
 * Registers NAS Register Indications, signal info; when pSetSigInfo is not
 * NULL, first sends its thresholds and deltas (NAS Config Signal Info v2,
 * TLVs 0x10 - 0x2A; the TD-SCDMA members are not sent).
 *
 * \param pCallback    The function to call, or NULL to unsubscribe.
 * \param pSetSigInfo  Thresholds and deltas, or NULL to keep the modem's
 *                     (ignored when unsubscribing).
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_INVALID_ARG when a list is longer than
 *         32 entries or its pointer is NULL; the modem's or transport error.
 * \note Timeout: 2 seconds per request. Firmware without Config Signal Info
 *       v2 answers 1071 (InvalidQmiCommand): pass NULL thresholds there.
 */
ULONG SLQSNasSigInfo2CallBack(tFNSigInfo pCallback, setSignalStrengthInfo *pSetSigInfo);

/** Serving system of SLQSSetServingSystemCallback(). */
struct ServingSystemInfo {
	BYTE registrationState;	/**< 0 not registered, 1 registered, 2 searching, 3 denied, 4 unknown */
	BYTE csAttachState;	/**< 0 unknown, 1 attached, 2 detached */
	BYTE psAttachState;	/**< 0 unknown, 1 attached, 2 detached */
	BYTE selectedNetwork;	/**< 0 unknown, 1 3GPP2, 2 3GPP */
	BYTE radioInterfaceNo;	/**< Entries of radioInterfaceList */
	BYTE radioInterfaceList[255]; /**< Radio interfaces in use */
	BYTE hdrPersonality;	/**< 0xFF: the indication does not carry it */
};

/** Roaming indicator of SLQSSetServingSystemCallback(). */
struct RoamingInfo {
	BYTE TlvPresent;	/**< 1 when roaming_ind is valid */
	BYTE roaming_ind;	/**< 0 roaming, 1 home, 2 partner, more: operator defined */
};

/** \brief Serving system callback (the type's name is ours: unverified). */
typedef void (*tFNServingSystem)(struct ServingSystemInfo *pServingSystem,
				 struct RoamingInfo *pRoamingInfo);

/**
 * \brief Calls pCallback with every NAS Serving System indication.
 *
 * Registers NAS Register Indications, serving system.
 *
 * \param pCallback  The function to call, or NULL to unsubscribe.
 * \return eQCWWAN_ERR_NONE; the modem's or transport error.
 * \note Timeout: 2 seconds.
 */
ULONG SLQSSetServingSystemCallback(tFNServingSystem pCallback);

/** \brief Roaming indicator callback: 0 roaming, 1 home, 2 partner, more: operator defined. */
typedef void (*tFNRoamingIndicator)(ULONG roaming);

/**
 * \brief Calls pCallback with the roaming indicator of each NAS Serving
 *        System indication that carries one.
 *
 * Registers NAS Register Indications, serving system.
 *
 * \param pCallback  The function to call, or NULL to unsubscribe.
 * \return eQCWWAN_ERR_NONE; the modem's or transport error.
 * \note Timeout: 2 seconds.
 */
ULONG SetRoamingIndicatorCallback(tFNRoamingIndicator pCallback);

/**
 * \brief RF band callback, once per radio interface of the event.
 * \param radioInterface   Radio interface.
 * \param activeBandClass  QMI band class (see struct RFBandInfoElements).
 * \param activeChannel    (E/U)ARFCN; 0 when not relevant.
 */
typedef void (*tFNRFInfo)(ULONG radioInterface, ULONG activeBandClass, ULONG activeChannel);

/**
 * \brief Calls pCallback when the band or channel in use changes.
 *
 * Registers NAS Set Event Report, RF band information.
 *
 * \param pCallback  The function to call, or NULL to unsubscribe.
 * \return eQCWWAN_ERR_NONE; the modem's or transport error.
 * \note Timeout: 2 seconds.
 */
ULONG SetRFInfoCallback(tFNRFInfo pCallback);

/**
 * \brief Registration (location update) reject callback.
 * \param serviceDomain  1 circuit switched, 2 packet switched, 3 both.
 * \param rejectCause    3GPP TS 24.008 reject cause.
 */
typedef void (*tFNLUReject)(ULONG serviceDomain, ULONG rejectCause);

/**
 * \brief Calls pCallback when the network rejects a registration.
 *
 * Registers NAS Set Event Report, registration reject reason.
 *
 * \param pCallback  The function to call, or NULL to unsubscribe.
 * \return eQCWWAN_ERR_NONE; the modem's or transport error.
 * \note Timeout: 2 seconds.
 */
ULONG SetLURejectCallback(tFNLUReject pCallback);

/** \brief Operating mode callback: the QMI modes of GetPower(). */
typedef void (*tFNPower)(ULONG operatingMode);

/**
 * \brief Calls pCallback when the modem's operating mode changes.
 *
 * Registers DMS Set Event Report, operating mode reporting.
 *
 * \param pCallback  The function to call, or NULL to unsubscribe.
 * \return eQCWWAN_ERR_NONE; the modem's or transport error.
 * \note Timeout: 2 seconds.
 */
ULONG SetPowerCallback(tFNPower pCallback);

/** The card status of SLQSUIMSetStatusChangeCallBack(). */
typedef struct {
	cardStatus statusChange;	/**< As SLQSUIMGetCardStatus() reports it */
} UIMStatusChangeInfo;

/** \brief SIM status change callback. */
typedef void (*tFNUIMStatusChangeInfo)(UIMStatusChangeInfo *pUIMStatusChangeInfo);

/**
 * \brief Calls pCallback with every UIM Card Status indication.
 *
 * Registers UIM Register Events with the card status bit (0x01); NULL
 * registers an empty mask, which also ends events an application asked
 * for with SLQSUIMEventRegister().
 *
 * \param pCallback  The function to call, or NULL to unsubscribe.
 * \return eQCWWAN_ERR_NONE; the modem's or transport error.
 * \note Timeout: 30 seconds (as every UIM request).
 */
ULONG SLQSUIMSetStatusChangeCallBack(tFNUIMStatusChangeInfo pCallback);

/* ==== data sessions (WDS) and the SDK ==================================== */

/** The service an event of qaQmiInterfaceInfo came from. */
typedef enum {
	eQA_QMI_SVC_WDS = 0x01,	/**< Wireless data service */
	eQA_QMI_SVC_NAS = 0x03,	/**< Network access service */
	eQA_QMI_SVC_NA = 0xFF	/**< Not told */
} eQaQMIService;

/** Which data session (PDP instance and its per-family sessions) an event is about. */
typedef struct {
	BYTE qaQmiinstanceid;		/**< PDP instance: 0, 1 or 2 */
	eQaQMIService qaQmisvctype;	/**< eQA_QMI_SVC_WDS for the WDS callbacks */
	ULONG v4sessionId;		/**< The instance's IPv4 session handle; 0: none */
	ULONG v6sessionId;		/**< The instance's IPv6 session handle; 0: none */
} qaQmiInterfaceInfo;

/** What SLQSSetSessionStateCallback() reports. */
typedef struct {
	qaQmiInterfaceInfo *pQmiInterfaceInfo;	/**< The session's instance */
	ULONG reconfiguration_required;	/**< 1: the host must reconfigure its interface */
	ULONG state;			/**< 1 disconnected, 2 connected, 3 suspended, 4 authenticating */
	ULONG sessionEndReason;		/**< Call end reason (legacy code); 0 when none was sent */
} slqsSessionStateInfo;

/** \brief Session state callback. */
typedef void (*tFNSLQSSessionState)(slqsSessionStateInfo *pSessionStateInfo);

/**
 * \brief Calls pCallback whenever a data session of the application goes up
 *        or down (WDS Packet Service Status indication).
 *
 * Needs no registration at the modem: it sends the indication to the WDS
 * client that owns the session. One call per session and family (a
 * dual-stack drop gives two calls, one per family); a session the network
 * dropped carries its call end reason.
 *
 * \param pCallback  The function to call, or NULL to unsubscribe.
 * \return eQCWWAN_ERR_NONE.
 * \note Timeout: none (no communication).
 */
ULONG SLQSSetSessionStateCallback(tFNSLQSSessionState pCallback);

/** What SLQSSetPacketSrvStatusCallback() reports: the whole Packet Service Status indication. */
typedef struct {
	qaQmiInterfaceInfo *pQmiInterfaceInfo;	/**< The session's instance */
	BYTE connStatus;		/**< 1 disconnected, 2 connected, 3 suspended, 4 authenticating */
	BYTE reconfigReqd;		/**< 1: the host must reconfigure its interface */
	WORD sessionEndReason;		/**< Call end reason (legacy); 0: not sent */
	WORD verboseSessnEndReasonType;	/**< Verbose reason type: 1 MIP, 2 internal, 3 CM,
					     6 3GPP, 7 PPP, 8 EHRPD, 9 IPv6; 0: not sent */
	WORD verboseSessnEndReason;	/**< Verbose reason of that type; 0: not sent */
	BYTE ipFamily;			/**< 4 or 6; 0: not sent */
	WORD techName;			/**< 0x8001 CDMA, 0x8004 UMTS, 0x8880 EPC, 0x8882 eMBMS,
					     0x8888 modem link local; 0: not sent */
	BYTE bearerID;			/**< Bearer id (3GPP); 0: not sent */
} packetSrvStatus;

/** \brief Packet service status callback. */
typedef void (*tFNPacketSrvState)(packetSrvStatus *pPacketSrvStatus);

/**
 * \brief Calls pCallback with every WDS Packet Service Status indication of
 *        the application's data sessions.
 *
 * As SLQSSetSessionStateCallback(), with the verbose call end reason, the
 * IP family, the technology and the bearer id as well.
 *
 * \param pCallback  The function to call, or NULL to unsubscribe.
 * \return eQCWWAN_ERR_NONE.
 * \note Timeout: none (no communication).
 */
ULONG SLQSSetPacketSrvStatusCallback(tFNPacketSrvState pCallback);

/** What SLQSSetWdsEventCallback() reports: a member is NULL when the event does not carry it. */
typedef struct {
	qaQmiInterfaceInfo *pQmiInterfaceInfo;	/**< The instance the event is about */
	ULONG *pDormancyStatus;		/**< 1 traffic channel dormant, 2 active */
	ULONG *pDataBearer;		/**< Data bearer: 0x01 CDMA 1X, 0x02 EV-DO Rev 0,
					     0x03 GPRS, 0x04 WCDMA, 0x05 EV-DO Rev A, 0x06 EDGE,
					     0x07 HSDPA + WCDMA, 0x08 WCDMA + HSUPA,
					     0x09 HSDPA + HSUPA, 0x0A LTE, 0x0B EHRPD,
					     0x0C HSDPA+ + WCDMA, 0x0D HSDPA+ + HSUPA,
					     0x0E DC-HSDPA+ + WCDMA, 0x0F DC-HSDPA+ + HSUPA,
					     0xFF unknown */
	ULONG *pPacketsCountTX;		/**< Packets sent without error */
	ULONG *pPacketsCountRX;		/**< Packets received without error */
	ULONGLONG *pTotalBytesTX;	/**< Bytes sent without error */
	ULONGLONG *pTotalBytesRX;	/**< Bytes received without error */
} slqsWdsEventInfo;

/** \brief WDS event callback. */
typedef void (*tFNSLQSWDSEvent)(slqsWdsEventInfo *pWdsEventInfo);

/**
 * \brief Calls pCallback when the dormancy state or the data bearer of a
 *        session of instance `instanceid` changes, and with its packet and
 *        byte counts every `interval` seconds.
 *
 * Registers WDS Set Event Report (bearer technology, dormancy status, and
 * transfer statistics with the period and the four counters) on the WDS
 * client of each family asked for (a family registered before and not
 * asked for any more is turned off); NULL turns them off on every family
 * of the instance. Counters arrive only while a session is up, and are
 * passed on only when one of them changed since the last report. Each
 * registration is kept across modem resets.
 *
 * \param pCallback   The function to call, or NULL to unsubscribe.
 * \param interval    Seconds between counter reports, 1 - 255 (ignored when unsubscribing).
 * \param instanceid  PDP instance: 0 or 1.
 * \param ipfamily    4 IPv4, 6 IPv6, 7 both (the dual-stack session's two clients).
 * \return eQCWWAN_ERR_NONE; eQCWWAN_ERR_INVALID_ARG for an interval of 0 when
 *         subscribing, another IP family, or an instance the SDK has no
 *         WDS clients for (it has them for instances 0 and 1: see
 *         docs/api-callbacks.md); the modem's error (1000 + QMI error) or
 *         a transport error.
 * \note Timeout: 2 seconds per family. Each instance keeps its own
 *       registration and its own callback.
 */
ULONG SLQSSetWdsEventCallback(tFNSLQSWDSEvent pCallback, BYTE interval, BYTE instanceid,
			      BYTE ipfamily);

/**
 * \brief SDK terminated callback.
 * \param psReason  Why, as text (NUL-terminated, valid during the call):
 *                  "the SDK process closed the connection" or "connection
 *                  to the SDK process lost".
 */
typedef void (*tFNSDKTerminated)(BYTE *psReason);

/**
 * \brief Calls pCallback when the SDK process (the daemon slqssdk) goes
 *        away: its socket closed (killed, crashed or stopped) while the
 *        application was attached.
 *
 * Not called when the application detaches itself (exit); after
 * SLQSKillSDKProcess() it may be called once (the daemon can close the
 * socket before the SDK has let go of it). The device-state callback
 * reports DEVICE_STATE_DISCONNECTED as well when a device was connected;
 * the next API call attaches to a restarted daemon again.
 *
 * \param pCallback  The function to call, or NULL to unsubscribe.
 * \return eQCWWAN_ERR_NONE.
 * \note Timeout: none (no communication).
 */
ULONG SLQSSetSDKTerminatedCallback(tFNSDKTerminated pCallback);

#ifdef __cplusplus
}
#endif

#endif /* SLQS_API_QAGOBIAPICBK_H */
