/*
 * What the NAS API files (the pkgs/nas *_api.c files) share: network names
 * to UTF-8. Internal to the SDK.
 */
#ifndef SLQS_PKGS_NAS_NAS_API_H
#define SLQS_PKGS_NAS_NAS_API_H

#include <stddef.h>
#include <stdint.h>

#include "api/inc/SwiDataTypes.h"

/* How a name's bytes are encoded, when the message says so. */
enum slqs_nas_text {
	SLQS_NAS_TEXT_GUESS,	/* no indicator: ASCII/UTF-8, UCS-2 or packed GSM, by look */
	SLQS_NAS_TEXT_GSM7,	/* GSM 03.38 default alphabet, 7-bit packed */
	SLQS_NAS_TEXT_UCS2,	/* UCS-2 big-endian */
	SLQS_NAS_TEXT_ASCII,	/* 7-bit ASCII (UTF-8 passes through) */
};

/*
 * Writes name bytes `in` (len bytes, encoded as `enc`) to `out` as UTF-8,
 * NUL-terminated. Returns the UTF-8 length, or -1 when it does not fit in
 * cap bytes (out then holds an empty string when cap > 0).
 */
int slqs_nas_name_utf8(enum slqs_nas_text enc, const uint8_t *in, size_t len, char *out,
		       size_t cap);

/* The text encoding a NAS_NAME_ENC_* value names (Get PLMN Name, 3GPP2 names). */
enum slqs_nas_text slqs_nas_text_of(uint8_t name_encoding);

/*
 * The length of a name the codec stored as a C string in a zeroed buffer
 * of cap bytes: up to its last non-zero byte, so UCS-2 with embedded NULs
 * keeps its length (a UCS-2 name whose last byte was 0x00 gets it back).
 */
size_t slqs_nas_name_len(const char *s, size_t cap);

/* Converts a name the codec stored as a string (see above), guessing its encoding. */
ULONG slqs_nas_name_copy(const char *s, size_t cap, CHAR *out, size_t out_size);

/*
 * Copies UTF-8 `src` into dst (size bytes, NUL included), cut at a
 * character boundary when it does not fit.
 */
void slqs_nas_utf8_cut(CHAR *dst, size_t size, const char *src);

#endif
