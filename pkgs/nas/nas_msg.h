/*
 * NAS (Network Access Service, 0x03) messages: registration, serving
 * system, system info, signal strength and their indications.
 *
 * Several ids carry a request/response and an indication with different
 * layouts: the indication tables hang on the same struct qmi_msg (.ind).
 * Serving System and System Info use one C struct for the response and the
 * indication, but the TLV numbers differ after 0x18/0x23: each direction
 * has its own table over that struct.
 *
 * Units are the wire's: see the comment at each field.
 */
#ifndef SLQS_PKGS_NAS_MSG_H
#define SLQS_PKGS_NAS_MSG_H

#include <stdint.h>

#include "core/codec.h"
#include "core/msgdef.h"

#define QMI_SVC_NAS 0x03

/* Radio interfaces (i8 on the wire; -1 unknown). */
#define NAS_RADIO_UNKNOWN  (-1)
#define NAS_RADIO_NONE     0
#define NAS_RADIO_CDMA_1X  1
#define NAS_RADIO_EVDO     2
#define NAS_RADIO_AMPS     3
#define NAS_RADIO_GSM      4
#define NAS_RADIO_UMTS     5
#define NAS_RADIO_LTE      8
#define NAS_RADIO_TDSCDMA  9
#define NAS_RADIO_5GNR     12

/* Registration state (Serving System). */
#define NAS_REG_NOT_REGISTERED 0
#define NAS_REG_REGISTERED     1
#define NAS_REG_SEARCHING      2	/* not registered, searching */
#define NAS_REG_DENIED         3
#define NAS_REG_UNKNOWN        4

/* CS/PS attach state. */
#define NAS_ATTACH_UNKNOWN  0
#define NAS_ATTACH_ATTACHED 1
#define NAS_ATTACH_DETACHED 2

/* Selected network. */
#define NAS_NETWORK_UNKNOWN 0
#define NAS_NETWORK_3GPP2   1
#define NAS_NETWORK_3GPP    2

/* Roaming indicator of Serving System: note 0 means roaming. */
#define NAS_ROAMING_IND_ON  0
#define NAS_ROAMING_IND_OFF 1

/* Roaming status of System Info. */
#define NAS_ROAMING_STATUS_OFF 0
#define NAS_ROAMING_STATUS_ON  1

/* Service status (System Info, detailed service status). */
#define NAS_SERVICE_NONE       0
#define NAS_SERVICE_LIMITED    1
#define NAS_SERVICE_AVAILABLE  2
#define NAS_SERVICE_LIMITED_REGIONAL 3
#define NAS_SERVICE_POWER_SAVE 4

/* Service domain. */
#define NAS_DOMAIN_NONE    0
#define NAS_DOMAIN_CS      1
#define NAS_DOMAIN_PS      2
#define NAS_DOMAIN_CS_PS   3
#define NAS_DOMAIN_UNKNOWN 4

/* Data service capability (Serving System 0x11). */
#define NAS_DATA_CAP_NONE        0x00
#define NAS_DATA_CAP_GPRS        0x01
#define NAS_DATA_CAP_EDGE        0x02
#define NAS_DATA_CAP_HSDPA       0x03
#define NAS_DATA_CAP_HSUPA       0x04
#define NAS_DATA_CAP_WCDMA       0x05
#define NAS_DATA_CAP_GSM         0x09
#define NAS_DATA_CAP_LTE         0x0B
#define NAS_DATA_CAP_HSDPA_PLUS  0x0C
#define NAS_DATA_CAP_DC_HSDPA_PLUS 0x0D

/* Request mask of Get Signal Strength. */
#define NAS_SIGNAL_REQ_RSSI       0x0001
#define NAS_SIGNAL_REQ_ECIO       0x0002
#define NAS_SIGNAL_REQ_IO         0x0004
#define NAS_SIGNAL_REQ_SINR       0x0008
#define NAS_SIGNAL_REQ_ERROR_RATE 0x0010
#define NAS_SIGNAL_REQ_RSRQ       0x0020
#define NAS_SIGNAL_REQ_LTE_SNR    0x0040
#define NAS_SIGNAL_REQ_LTE_RSRP   0x0080

/* LTE downlink bandwidth (RF Band Information 0x12). */
#define NAS_DL_BW_1_4 0
#define NAS_DL_BW_3   1
#define NAS_DL_BW_5   2
#define NAS_DL_BW_10  3
#define NAS_DL_BW_15  4
#define NAS_DL_BW_20  5

/* Name encodings of Get PLMN Name. */
#define NAS_NAME_ENC_UNSPECIFIED 0x00
#define NAS_NAME_ENC_ASCII7      0x01
#define NAS_NAME_ENC_UCS2        0x04
#define NAS_NAME_ENC_GSM         0x09

/* SIM reject state (System Info). */
#define NAS_SIM_UNAVAILABLE 0
#define NAS_SIM_AVAILABLE   1

/* Network name source. */
#define NAS_NAME_SOURCE_UNKNOWN 0
#define NAS_NAME_SOURCE_MCC_MNC 5

/* Sentinels real modems send for "no measurement". */
#define NAS_SIGNAL_UNKNOWN_I8  (-128)
#define NAS_SIGNAL_UNKNOWN_I16 (-32768)

/* C capacities (the wire allows more; a longer list is refused as malformed). */
#define NAS_MAX_RATS       8	/* radio interfaces, per-RAT lists */
#define NAS_MAX_THRESHOLDS 32	/* threshold lists of Set Event Report / Config Signal Info */
#define NAS_MAX_DATA_CAPS  16
#define NAS_MAX_CELLS      32	/* neighbour cells of Get Cell Location Info */
#define NAS_NAME_MAX       256	/* operator names: u8 length + NUL */
#define NAS_MAX_NETWORKS   40	/* networks found by Network Scan */

/* Network Scan status byte: four 2-bit fields (each 0 unknown). */
#define NAS_NETSTAT_IN_USE(s)    ((s) & 0x03)		/* 1 serving, 2 available */
#define NAS_NETSTAT_ROAMING(s)   ((s) >> 2 & 0x03)	/* 1 home, 2 roaming */
#define NAS_NETSTAT_FORBIDDEN(s) ((s) >> 4 & 0x03)	/* 1 forbidden, 2 not */
#define NAS_NETSTAT_PREFERRED(s) ((s) >> 6 & 0x03)	/* 1 preferred, 2 not */

/* Initiate Network Register action. */
#define NAS_REGISTER_AUTOMATIC 1
#define NAS_REGISTER_MANUAL    2

/* ---- the messages: one block each, in nas_msgs.def (see core/msgdef.h) ---- */

#define QMI_MSGDEF_MODE DECLARE
#include "pkgs/nas/nas_msgs.def"
#undef QMI_MSGDEF_MODE

/** Every NAS message, NULL-terminated. */
extern const struct qmi_msg *const slqs_nas_msgs[];

/* ---- value helpers (no wire bytes: the codec does those) -------------------- */

/**
 * Packs a PLMN into the 3 BCD bytes of 3GPP TS 24.008 (Cell Location Info):
 * a 2-digit MNC gets the 0xF filler. mnc_digits is 2 or 3.
 */
void slqs_nas_plmn_bcd_encode(uint16_t mcc, uint16_t mnc, int mnc_digits, uint8_t out[3]);

/**
 * Unpacks 3 BCD PLMN bytes. Returns 0, or -1 if a digit is not 0-9 (or
 * the filler is misplaced); *mnc_digits receives 2 or 3.
 */
int slqs_nas_plmn_bcd_decode(const uint8_t in[3], uint16_t *mcc, uint16_t *mnc, int *mnc_digits);

/**
 * Trims a fixed-size MCC/MNC string of System Info in place: real modems
 * pad a 2-digit MNC with 0xFF (or blanks). Returns the number of digits
 * left, or -1 if what is left is not all decimal digits.
 */
int slqs_nas_digits_trim(char *s);

#endif

