/*
 * qmisim NAS: network names on the wire as real networks send them. The
 * config holds names in UTF-8; Get PLMN Name carries them in the
 * encoding configured for the network: ASCII, packed GSM 7-bit (3GPP TS
 * 23.038 default alphabet) or UCS-2 (big-endian).
 */
#include "tools/qmisim/sim_nas_int.h"

#include <string.h>

/* Next code point of a UTF-8 string (a bad byte reads as itself). */
static uint32_t utf8_next(const char **p)
{
	const unsigned char *s = (const unsigned char *)*p;
	uint32_t c = s[0];
	int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;

	if (more)
		c &= 0x3F >> more;
	for (int i = 1; i <= more; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*p += 1;
			return s[0];
		}
		c = c << 6 | (s[i] & 0x3F);
	}
	*p += 1 + more;
	return c;
}

/* GSM default alphabet positions of the characters that are not ASCII's own. */
static const struct { uint16_t code; uint8_t septet; } gsm7_others[] = {
	{ '@', 0x00 }, { 0xA3, 0x01 }, { '$', 0x02 }, { 0xA5, 0x03 }, { 0xE8, 0x04 },
	{ 0xE9, 0x05 }, { 0xF9, 0x06 }, { 0xEC, 0x07 }, { 0xF2, 0x08 }, { 0xC7, 0x09 },
	{ 0xD8, 0x0B }, { 0xF8, 0x0C }, { 0xC5, 0x0E }, { 0xE5, 0x0F }, { '_', 0x11 },
	{ 0xC6, 0x1C }, { 0xE6, 0x1D }, { 0xDF, 0x1E }, { 0xC9, 0x1F }, { 0xA4, 0x24 },
	{ 0xA1, 0x40 }, { 0xC4, 0x5B }, { 0xD6, 0x5C }, { 0xD1, 0x5D }, { 0xDC, 0x5E },
	{ 0xA7, 0x5F }, { 0xBF, 0x60 }, { 0xE4, 0x7B }, { 0xF6, 0x7C }, { 0xF1, 0x7D },
	{ 0xFC, 0x7E }, { 0xE0, 0x7F },
};

/* The septet of a code point; '?' for what the default alphabet lacks. */
static uint8_t gsm7_septet(uint32_t c)
{
	for (size_t i = 0; i < sizeof(gsm7_others) / sizeof(gsm7_others[0]); i++)
		if (gsm7_others[i].code == c)
			return gsm7_others[i].septet;
	/* ASCII letters, digits and the punctuation both alphabets share */
	if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= ' ' && c <= '?' && c != '$'))
		return (uint8_t)c;
	return '?';
}

/* Packs septets LSB first, 8 into 7 bytes; returns the bytes written. */
static size_t gsm7_pack(const char *name, uint8_t *out, size_t cap)
{
	size_t bits = 0;

	memset(out, 0, cap);
	while (*name) {
		uint8_t s = gsm7_septet(utf8_next(&name));
		size_t byte = bits / 8, shift = bits % 8;

		if ((bits + 7 + 7) / 8 > cap)
			break;
		out[byte] |= (uint8_t)(s << shift);
		if (shift > 1)
			out[byte + 1] |= (uint8_t)(s >> (8 - shift));
		bits += 7;
	}
	return (bits + 7) / 8;
}

/* UCS-2 big-endian; code points beyond the BMP become U+FFFD. */
static size_t ucs2_put(const char *name, uint8_t *out, size_t cap)
{
	size_t n = 0;

	while (*name && n + 2 <= cap) {
		uint32_t c = utf8_next(&name);

		if (c > 0xFFFF)
			c = 0xFFFD;
		out[n++] = (uint8_t)(c >> 8);
		out[n++] = (uint8_t)c;
	}
	return n;
}

uint8_t nas_name_encode(uint8_t encoding, const char *name, uint8_t *out, size_t cap,
			uint16_t *len)
{
	switch (encoding) {
	case NAS_NAME_ENC_GSM:
		*len = (uint16_t)gsm7_pack(name, out, cap);
		return NAS_NAME_ENC_GSM;
	case NAS_NAME_ENC_UCS2:
		*len = (uint16_t)ucs2_put(name, out, cap);
		return NAS_NAME_ENC_UCS2;
	default:
		*len = (uint16_t)strnlen(name, cap);
		memcpy(out, name, *len);
		return NAS_NAME_ENC_ASCII7;
	}
}
