/*
 * Status codes of the protocol core (framing, TLVs, codec).
 *
 * Every core function that can fail returns 0 on success or one of these
 * negative values; slqs_status_str() turns them into text for people.
 */
#ifndef SLQS_CORE_STATUS_H
#define SLQS_CORE_STATUS_H

enum qmi_status {
	QMI_OK = 0,
	QMI_E_TRUNCATED = -1,   /* input ends before a field it declares */
	QMI_E_MISSING = -2,     /* a mandatory TLV is absent */
	QMI_E_OVERFLOW = -3,    /* a value does not fit its C field */
	QMI_E_NOSPACE = -4,     /* the output buffer is too small */
	QMI_E_BADFRAME = -5,    /* not a QMUX frame: marker, length or header wrong */
	QMI_E_TOOBIG = -6,      /* a frame larger than the allowed maximum */
	QMI_E_INVAL = -7,       /* a caller passed an invalid argument or table */
	QMI_E_UNEXPECTED = -8,  /* a frame of the wrong kind or message id */
};

/** Text describing a status code (never NULL). */
const char *slqs_status_str(int status);

#endif
