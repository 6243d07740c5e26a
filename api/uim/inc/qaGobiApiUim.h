/**
 * \file   qaGobiApiUim.h
 * \brief  The SIM card through the UIM service: card status, PIN
 *         verification and management, transparent file reads, event
 *         registration and physical slots.
 *
 * Every function here talks to the modem chosen with QCWWAN2kConnect()
 * (see qaGobiApiDcs.h) and may be called from any thread.
 *
 * Conventions shared by these functions:
 *  - A request struct names the card session it acts on
 *    (UIMSessionInformation); a modem with one SIM uses session type 0
 *    (primary GW provisioning) or 6 (card on slot 1).
 *  - In a response struct of pointers, each member the caller leaves NULL
 *    is not filled; in a request struct, each optional pointer left NULL
 *    leaves its TLV out of the request.
 *  - A modem error is returned as eQCWWAN_ERR_QMI_OFFSET (1000) + its QMI
 *    error code; the PIN functions still fill the retries left then (a
 *    wrong PIN returns 1012, eQCWWAN_ERR_QMI_INCORRECT_PIN, with the tries
 *    left; a blocked PIN 1035, eQCWWAN_ERR_QMI_PIN_BLOCKED).
 *  - Without a card the card operations answer 1037
 *    (eQCWWAN_ERR_QMI_SIM_NOT_INITIALIZED, QMI UimUninitialized).
 *
 * MC73xx/MC74xx/EM74xx firmware supports all of these messages except Get
 * Slot Status, which needs multi-slot firmware (others answer 1071,
 * eQCWWAN_ERR_QMI_INVALID_QMI_CMD).
 */
#ifndef SLQS_API_QAGOBIAPIUIM_H
#define SLQS_API_QAGOBIAPIUIM_H

#include "../../inc/SwiDataTypes.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifndef MAX_DESCRIPTION_LENGTH
/** Capacity of the byte strings of these structs (AIDs, PINs, hot-swap list). */
#define MAX_DESCRIPTION_LENGTH 255
#endif
#ifndef MAX_NO_OF_APPLICATIONS
/** Applications per card in cardStatus. */
#define MAX_NO_OF_APPLICATIONS 10
#endif
#ifndef MAX_NO_OF_SLOTS
/** Card slots in cardStatus. */
#define MAX_NO_OF_SLOTS 5
#endif
#ifndef MAX_PATH_LENGTH
/** Capacity of fileInfo::path, in file identifiers. */
#define MAX_PATH_LENGTH 255
#endif
#ifndef MAX_ICCID_LENGTH
/** Capacity of UIMSlotStatus::bICCID. */
#define MAX_ICCID_LENGTH 255
#endif
#ifndef MAX_SLOTS_STATUS
/** Physical slots in UIMSlotsStatus. */
#define MAX_SLOTS_STATUS 255
#endif

/* ---- card status ------------------------------------------------------------- */

/** One application on a card (SIM, USIM, ISIM ...). */
typedef struct {
	/** 0 unknown, 1 SIM, 2 USIM, 3 RUIM, 4 CSIM, 5 ISIM. */
	BYTE appType;
	/** 0 unknown, 1 detected, 2 PIN1 (or UPIN) required, 3 PUK1 required,
	 *  4 personalisation to check, 5 PIN1 blocked for good, 6 illegal, 7 ready. */
	BYTE appState;
	/** Personalisation: 0 unknown, 1 in progress, 2 ready, 3 code required,
	 *  4 PUK required, 5 permanently blocked. */
	BYTE persoState;
	/** Personalisation feature a code is required for (0-10), 11 unknown. */
	BYTE persoFeature;
	/** Tries left to disable the personalisation. */
	BYTE persoRetries;
	/** Tries left to unblock the personalisation. */
	BYTE persoUnblockRetries;
	/** Bytes in aidVal. */
	BYTE aidLength;
	/** The application identifier. */
	BYTE aidVal[MAX_DESCRIPTION_LENGTH];
	/** 1 when the universal PIN replaces PIN1, else 0. */
	BYTE univPin;
	/** PIN1: 0 unknown, 1 enabled and not verified, 2 enabled and verified,
	 *  3 disabled, 4 blocked (PUK needed), 5 permanently blocked. */
	BYTE pin1State;
	/** Tries left to verify PIN1. */
	BYTE pin1Retries;
	/** Tries left to unblock PIN1 with PUK1. */
	BYTE puk1Retries;
	/** PIN2, numbered as pin1State. */
	BYTE pin2State;
	/** Tries left to verify PIN2. */
	BYTE pin2Retries;
	/** Tries left to unblock PIN2 with PUK2. */
	BYTE puk2Retries;
} appStatus;

/** One card slot. */
typedef struct {
	/** 0 absent, 1 present, 2 error (see errorState). */
	BYTE cardState;
	/** Universal PIN, numbered as appStatus::pin1State. */
	BYTE upinState;
	/** Tries left to verify the universal PIN. */
	BYTE upinRetries;
	/** Tries left to unblock the universal PIN. */
	BYTE upukRetries;
	/** Why the card is in error: 0 unknown, 1 power down, 2 poll error,
	 *  3 no ATR, 4 voltage mismatch, 5 parity error, 6 possibly removed,
	 *  7 technical problem. */
	BYTE errorState;
	/** Entries used in AppStatus. */
	BYTE numApp;
	/** The card's applications. */
	appStatus AppStatus[MAX_NO_OF_APPLICATIONS];
} slotInfo;

/** The card status. An index is the slot (from 0) in its high byte and
 *  the application (from 0) in its low byte; 0xFFFF when there is none. */
typedef struct {
	/** Index of the primary GW (3GPP) provisioning application. */
	WORD indexGwPri;
	/** Index of the primary 1X (3GPP2) provisioning application. */
	WORD index1xPri;
	/** Index of the secondary GW provisioning application. */
	WORD indexGwSec;
	/** Index of the secondary 1X provisioning application. */
	WORD index1xSec;
	/** Entries used in SlotInfo. */
	BYTE numSlot;
	/** One entry per slot. */
	slotInfo SlotInfo[MAX_NO_OF_SLOTS];
} cardStatus;

/** The hot-swap switches, one entry per slot. */
typedef struct {
	/** Entries used in hotSwap (0 when the modem does not report them). */
	BYTE hotSwapLength;
	/** 0 hot-swap not supported, 1 supported without a switch status,
	 *  2 the switch says a card is present, 3 the switch says none is. */
	BYTE hotSwap[MAX_DESCRIPTION_LENGTH];
} hotSwapStatus;

/** What SLQSUIMGetCardStatus() fills (NULL members are not filled). */
typedef struct {
	/** Receives the card status. */
	cardStatus *pCardStatus;
	/** Receives the hot-swap status. */
	hotSwapStatus *pHotSwapStatus;
} UIMGetCardStatusResp;

/**
 * \brief Reads the status of the card(s) and of their applications,
 *        including each PIN's state and the tries left.
 *
 * \param pUIMGetCardStatusResp  The members to fill.
 * \return eQCWWAN_ERR_NONE on success;
 *         eQCWWAN_ERR_INVALID_ARG if pUIMGetCardStatusResp is NULL;
 *         eQCWWAN_ERR_QMI_OFFSET + code when the modem answers with QMI
 *         error code;
 *         eQCWWAN_ERR_MALFORMED_QMI_RSP when its answer does not decode
 *         (the card status TLV missing, more than 5 slots or 10
 *         applications, an AID over 32 bytes);
 *         eQCWWAN_ERR_NO_CONNECTION, eQCWWAN_ERR_SWICM_TIMEOUT or another
 *         transport error when no answer arrives.
 * \note An empty slot is reported with cardState 0 and no application,
 *       not as an error. Slots and applications beyond numSlot/numApp are
 *       zeroed. pHotSwapStatus gets hotSwapLength 0 when the modem does
 *       not report hot-swap switches.
 * \note Timeout: 30 seconds.
 */
ULONG SLQSUIMGetCardStatus(UIMGetCardStatusResp *pUIMGetCardStatusResp);

/* ---- PINs ------------------------------------------------------------------------ */

/** The card session a request acts on. */
typedef struct {
	/** 0 primary GW provisioning, 1 primary 1X provisioning, 2 secondary
	 *  GW, 3 secondary 1X, 4 non-provisioning on slot 1, 5 on slot 2,
	 *  6 card on slot 1, 7 card on slot 2, 8 logical channel on slot 1,
	 *  9 on slot 2. */
	BYTE sessionType;
	/** Bytes in aid (at most 32). */
	BYTE aidLength;
	/** Application identifier (non-provisioning sessions) or channel id
	 *  (logical channels); ignored for the other session types. */
	BYTE aid[MAX_DESCRIPTION_LENGTH];
} UIMSessionInformation;

/** The PIN to verify. */
typedef struct {
	/** 1 PIN1, 2 PIN2, 3 universal PIN, 4 hidden key. */
	BYTE pinID;
	/** Characters in pinVal (at most 16). */
	BYTE pinLen;
	/** The PIN as ASCII digits, without a NUL. */
	BYTE pinVal[MAX_DESCRIPTION_LENGTH];
} verifyUIMPIN;

/** An encrypted PIN1, as a modem returns it for a later verification. */
typedef struct {
	/** Bytes in pin1Val (0: none). */
	BYTE pin1Len;
	/** The encrypted PIN1. */
	BYTE pin1Val[MAX_DESCRIPTION_LENGTH];
} encryptedPIN1;

/** Request of SLQSUIMVerifyPin(). */
typedef struct {
	/** The session. */
	UIMSessionInformation sessionInfo;
	/** The PIN. */
	verifyUIMPIN verifyPIN;
	/** Optional: an encrypted PIN1 to verify (sent in TLV 0x10). */
	encryptedPIN1 *pEncryptedPIN1;
	/** Optional: PIN key reference 1-8 (application 1-8; PIN1/PIN2 only). */
	BYTE *pKeyReferenceID;
	/** Optional: asks the modem to answer in an indication carrying this
	 *  token (see UIMPinResp::pIndicationToken). */
	ULONG *pIndicationToken;
} UIMVerifyPinReq;

/** Tries left of a PIN, sent by the modem when a PIN operation fails. */
typedef struct {
	/** Tries left to verify the PIN; 0xFF when the modem did not say. */
	BYTE verifyLeft;
	/** Tries left to unblock it with its PUK; 0xFF when the modem did not say. */
	BYTE unblockLeft;
} remainingRetries;

/** What the PIN functions fill (NULL members are not filled), also on failure. */
typedef struct {
	/** Receives the tries left (0xFF, 0xFF when not reported, e.g. on success). */
	remainingRetries *pRemainingRetries;
	/** Receives the encrypted PIN1 (pin1Len 0 when not reported). */
	encryptedPIN1 *pEncryptedPIN1;
	/** Receives the token of a result sent in an indication (0xFFFFFFFF
	 *  when the result is in this response). */
	ULONG *pIndicationToken;
} UIMPinResp;

/**
 * \brief Verifies a PIN (enters it), e.g. PIN1 after power-up.
 *
 * \param pUIMVerifyPinReq   The session and the PIN.
 * \param pUIMVerifyPinResp  The members to fill, also when the PIN is wrong.
 * \return eQCWWAN_ERR_NONE when the PIN is right;
 *         eQCWWAN_ERR_INVALID_ARG if an argument is NULL, aidLength is
 *         over 32 or pinLen over 16 (not sent);
 *         1012 (eQCWWAN_ERR_QMI_INCORRECT_PIN) for a wrong PIN, with the
 *         tries left in pRemainingRetries; 1035
 *         (eQCWWAN_ERR_QMI_PIN_BLOCKED) once the PIN is blocked (unblock
 *         it with SLQSUIMUnblockPin()); 1036
 *         (eQCWWAN_ERR_QMI_PIN_PERM_BLOCKED) when the PUK is blocked too;
 *         other eQCWWAN_ERR_QMI_OFFSET + code for other modem errors;
 *         transport errors as SLQSUIMGetCardStatus().
 * \note Timeout: 30 seconds.
 */
ULONG SLQSUIMVerifyPin(UIMVerifyPinReq *pUIMVerifyPinReq, UIMPinResp *pUIMVerifyPinResp);

/** The PUK and the new PIN. */
typedef struct {
	/** 1 PIN1, 2 PIN2, 3 universal PIN. */
	BYTE pinID;
	/** Characters in pukVal (at most 16). */
	BYTE pukLen;
	/** The PUK as ASCII digits, without a NUL. */
	BYTE pukVal[MAX_DESCRIPTION_LENGTH];
	/** Characters in newPINVal (at most 16). */
	BYTE newPINLen;
	/** The new PIN as ASCII digits, without a NUL. */
	BYTE newPINVal[MAX_DESCRIPTION_LENGTH];
} unblockUIMPIN;

/** Request of SLQSUIMUnblockPin(). */
typedef struct {
	/** The session. */
	UIMSessionInformation sessionInfo;
	/** The PUK and the new PIN. */
	unblockUIMPIN unblockPIN;
	/** Optional: PIN key reference 1-8. */
	BYTE *pKeyReferenceID;
	/** Optional: the result comes in an indication carrying this token. */
	ULONG *pIndicationToken;
} UIMUnblockPinReq;

/**
 * \brief Unblocks a blocked PIN with its PUK and sets a new PIN.
 *
 * \param pUIMUnblockPinReq   The session, the PUK and the new PIN.
 * \param pUIMUnblockPinResp  The members to fill, also on failure.
 * \return As SLQSUIMVerifyPin(); a wrong PUK is 1012 with the PUK tries
 *         left in unblockLeft; 1036 when the PUK is blocked for good.
 * \note On success the new PIN is set and verified, and both counters
 *       start again.
 * \note Timeout: 30 seconds.
 */
ULONG SLQSUIMUnblockPin(UIMUnblockPinReq *pUIMUnblockPinReq, UIMPinResp *pUIMUnblockPinResp);

/** The old and the new PIN. */
typedef struct {
	/** 1 PIN1, 2 PIN2, 3 universal PIN, 4 hidden key. */
	BYTE pinID;
	/** Characters in oldPINVal (at most 16). */
	BYTE oldPINLen;
	/** The current PIN as ASCII digits, without a NUL. */
	BYTE oldPINVal[MAX_DESCRIPTION_LENGTH];
	/** Characters in pinVal (at most 16). */
	BYTE pinLen;
	/** The new PIN as ASCII digits, without a NUL. */
	BYTE pinVal[MAX_DESCRIPTION_LENGTH];
} changeUIMPIN;

/** Request of SLQSUIMChangePin(). */
typedef struct {
	/** The session. */
	UIMSessionInformation sessionInfo;
	/** The old and the new PIN. */
	changeUIMPIN changePIN;
	/** Optional: PIN key reference 1-8. */
	BYTE *pKeyReferenceID;
	/** Optional: the result comes in an indication carrying this token. */
	ULONG *pIndicationToken;
} UIMChangePinReq;

/**
 * \brief Changes a PIN, given the current one.
 *
 * \param pUIMChangePinReq   The session, the old and the new PIN.
 * \param pUIMChangePinResp  The members to fill, also on failure.
 * \return As SLQSUIMVerifyPin() (a wrong old PIN counts as a wrong PIN);
 *         a disabled PIN cannot be changed: 1090
 *         (eQCWWAN_ERR_QMI_INCOMPATIBLE_STATE) on MC/EM74xx firmware.
 * \note Timeout: 30 seconds.
 */
ULONG SLQSUIMChangePin(UIMChangePinReq *pUIMChangePinReq, UIMPinResp *pUIMChangePinResp);

/** Enabling or disabling a PIN. */
typedef struct {
	/** 1 PIN1, 2 PIN2, 3 universal PIN, 4 hidden key. */
	BYTE pinID;
	/** 0 disable the PIN, 1 enable it. */
	BYTE pinOperation;
	/** Characters in pinValue (at most 16). */
	BYTE pinLength;
	/** The PIN as ASCII digits, without a NUL. */
	BYTE pinValue[MAX_DESCRIPTION_LENGTH];
} setPINProtection;

/** Request of SLQSUIMSetPinProtection(). */
typedef struct {
	/** The session. */
	UIMSessionInformation sessionInfo;
	/** The PIN, and whether to enable or disable it. */
	setPINProtection pinProtection;
	/** Optional: PIN key reference 1-8. */
	BYTE *pKeyReferenceID;
	/** Optional: the result comes in an indication carrying this token. */
	ULONG *pIndicationToken;
} UIMSetPinProtectionReq;

/**
 * \brief Enables or disables a PIN (whether it must be entered after
 *        power-up).
 *
 * \param pUIMSetPinProtectionReq   The session, the PIN and the operation.
 * \param pUIMSetPinProtectionResp  The members to fill, also on failure.
 * \return As SLQSUIMVerifyPin() (a wrong PIN counts); asking for the state
 *         the PIN is already in answers 1026 (eQCWWAN_ERR_QMI_NO_EFFECT).
 * \note Timeout: 30 seconds.
 */
ULONG SLQSUIMSetPinProtection(UIMSetPinProtectionReq *pUIMSetPinProtectionReq,
			      UIMPinResp *pUIMSetPinProtectionResp);

/* ---- files -------------------------------------------------------------------------- */

/** A file on the card and its path. */
typedef struct {
	/** The file, e.g. 0x2FE2 EF-ICCID, 0x6F07 EF-IMSI. */
	WORD fileID;
	/** Length of the path in bytes: twice the file identifiers in path
	 *  (at most 16, i.e. 8 identifiers). */
	BYTE pathLen;
	/** The directories from the master file, e.g. {0x3F00, 0x7FFF}. */
	WORD path[MAX_PATH_LENGTH];
} fileInfo;

/** Which part of a transparent file to read. */
typedef struct {
	/** First byte to read. */
	WORD offset;
	/** Bytes to read; 0 reads up to the end of the file. */
	WORD length;
} readTransparentInfo;

/** Request of SLQSUIMReadTransparent(). */
typedef struct {
	/** The session: 0 or 6 for the USIM's files on a single-SIM modem. */
	UIMSessionInformation sessionInfo;
	/** The file. */
	fileInfo fileIndex;
	/** The part to read. */
	readTransparentInfo readTransparent;
	/** Optional: the result comes in an indication carrying this token. */
	ULONG *pIndicationToken;
	/** Optional: 1 asks the modem to encrypt the data. */
	BYTE *pEncryptData;
} UIMReadTransparentReq;

/** The card's status words for a command. */
typedef struct {
	/** SW1, e.g. 0x90 success, 0x69 security status not satisfied. */
	BYTE sw1;
	/** SW2. */
	BYTE sw2;
} cardResult;

/** The bytes read. */
typedef struct {
	/** Bytes in content. */
	WORD contentLen;
	/** The data as the card holds it. */
	BYTE content[256];
} readResult;

/** What SLQSUIMReadTransparent() fills (NULL members are not filled). */
typedef struct {
	/** Receives the card's status words, also on failure ({0, 0} when the
	 *  modem sent none). */
	cardResult *pCardResult;
	/** Receives the data (contentLen 0 on failure). */
	readResult *pReadResult;
	/** Receives the indication token (0xFFFFFFFF when the data is in the
	 *  response). */
	ULONG *pIndicationToken;
	/** Receives 1 when the data is encrypted, else 0. */
	BYTE *pEncryptedData;
} UIMReadTransparentResp;

/**
 * \brief Reads a transparent file of the card, e.g. EF-ICCID (path
 *        3F00, file 2FE2) or EF-IMSI (path 3F00 7FFF, file 6F07).
 *
 * \param pUIMReadTransparentReq   The session, the file and the part.
 * \param pUIMReadTransparentResp  The members to fill.
 * \return eQCWWAN_ERR_NONE on success;
 *         eQCWWAN_ERR_INVALID_ARG if an argument is NULL, aidLength is
 *         over 32, or pathLen is odd or over 16;
 *         eQCWWAN_ERR_BUFFER_SZ if the data does not fit in
 *         readResult::content (256 bytes: read a large file in parts);
 *         eQCWWAN_ERR_QMI_OFFSET + code for a modem error, e.g. 1082
 *         (eQCWWAN_ERR_QMI_ACCESS_DENIED) for EF-IMSI before PIN1 is
 *         verified (card result 69 82) or 1080
 *         (eQCWWAN_ERR_QMI_SIM_FILE_NOT_FOUND) for a file the card does
 *         not have (6A 82);
 *         transport errors as SLQSUIMGetCardStatus().
 * \note Timeout: 30 seconds.
 */
ULONG SLQSUIMReadTransparent(UIMReadTransparentReq *pUIMReadTransparentReq,
			     UIMReadTransparentResp *pUIMReadTransparentResp);

/* ---- events -------------------------------------------------------------------------- */

/** The events to register for, then those the modem accepted. */
typedef struct {
	/** Bit 0 card status, bit 1 SAP connection, bit 2 extended card
	 *  status, bit 4 physical slot status; 0 deregisters from all. */
	ULONG eventMask;
} UIMEventRegisterReqResp;

/**
 * \brief Registers this application for UIM indications (card status
 *        changes ...).
 *
 * \param pUIMEventRegisterReqResp  In: the events wanted. Out, on success:
 *                                  the events the modem registered (it
 *                                  drops those it does not support); left
 *                                  as it was if the modem does not say.
 * \return eQCWWAN_ERR_NONE on success;
 *         eQCWWAN_ERR_INVALID_ARG if pUIMEventRegisterReqResp is NULL;
 *         eQCWWAN_ERR_QMI_OFFSET + code for a modem error;
 *         transport errors as SLQSUIMGetCardStatus().
 * \note The registration belongs to this application's UIM client: it ends
 *       with the application (or a modem reset).
 * \note Timeout: 30 seconds.
 */
ULONG SLQSUIMEventRegister(UIMEventRegisterReqResp *pUIMEventRegisterReqResp);

/* ---- physical slots ------------------------------------------------------------------- */

/** One physical slot. */
typedef struct {
	/** The card in it: 0 unknown, 1 absent, 2 present. */
	ULONG uPhyCardStatus;
	/** The slot: 0 inactive, 1 active. */
	ULONG uPhySlotStatus;
	/** The logical slot (1-5) it is mapped to, when active. */
	BYTE bLogicalSlot;
	/** Bytes in bICCID. */
	BYTE bICCIDLength;
	/** The card's ICCID as EF-ICCID holds it (swapped BCD digits). */
	BYTE bICCID[MAX_ICCID_LENGTH];
} UIMSlotStatus;

/** Every physical slot. */
typedef struct {
	/** One entry per physical slot. */
	UIMSlotStatus uimSlotStatus[MAX_SLOTS_STATUS];
} UIMSlotsStatus;

/** What SLQSUIMGetSlotsStatus() fills (NULL members are not filled). */
typedef struct {
	/** Receives the number of physical slots reported. */
	BYTE *pNumberOfPhySlot;
	/** Receives the slots (entries beyond the number reported are zeroed). */
	UIMSlotsStatus *pUimSlotsStatus;
} UIMGetSlotsStatusResp;

/**
 * \brief Reads the state of the modem's physical SIM slots and which
 *        logical slot each one serves.
 *
 * \param pUIMGetSlotsStatusResp  The members to fill.
 * \return eQCWWAN_ERR_NONE on success (0 slots when the modem reports
 *         none);
 *         eQCWWAN_ERR_INVALID_ARG if pUIMGetSlotsStatusResp is NULL;
 *         1071 (eQCWWAN_ERR_QMI_INVALID_QMI_CMD) on firmware without
 *         multi-slot support (MC/EM74xx single-SIM firmware);
 *         eQCWWAN_ERR_MALFORMED_QMI_RSP for more than 5 physical slots;
 *         other modem and transport errors as SLQSUIMGetCardStatus().
 * \note The structs of this function are not in the facts we could check
 *       against the vendor's 4.x headers (see docs/api-uim.md).
 * \note Timeout: 30 seconds.
 */
ULONG SLQSUIMGetSlotsStatus(UIMGetSlotsStatusResp *pUIMGetSlotsStatusResp);

#ifdef __cplusplus
}
#endif

#endif /* SLQS_API_QAGOBIAPIUIM_H */
