/*
 * Network names to UTF-8. Real modems send operator names as ASCII, as
 * packed GSM 7-bit (3GPP TS 23.038) or as UCS-2 big-endian, often without
 * saying which; every API function returns UTF-8.
 */
#include "pkgs/nas/nas_api.h"

#include <string.h>

#include "api/qmerrno.h"
#include "pkgs/nas/nas_msg.h"

/* GSM 03.38 default alphabet: septet -> Unicode. 0x1B is the escape to the extension table. */
static const uint16_t gsm7_basic[128] = {
	0x0040, 0x00A3, 0x0024, 0x00A5, 0x00E8, 0x00E9, 0x00F9, 0x00EC,
	0x00F2, 0x00C7, 0x000A, 0x00D8, 0x00F8, 0x000D, 0x00C5, 0x00E5,
	0x0394, 0x005F, 0x03A6, 0x0393, 0x039B, 0x03A9, 0x03A0, 0x03A8,
	0x03A3, 0x0398, 0x039E, 0x00A0, 0x00C6, 0x00E6, 0x00DF, 0x00C9,
	0x0020, 0x0021, 0x0022, 0x0023, 0x00A4, 0x0025, 0x0026, 0x0027,
	0x0028, 0x0029, 0x002A, 0x002B, 0x002C, 0x002D, 0x002E, 0x002F,
	0x0030, 0x0031, 0x0032, 0x0033, 0x0034, 0x0035, 0x0036, 0x0037,
	0x0038, 0x0039, 0x003A, 0x003B, 0x003C, 0x003D, 0x003E, 0x003F,
	0x00A1, 0x0041, 0x0042, 0x0043, 0x0044, 0x0045, 0x0046, 0x0047,
	0x0048, 0x0049, 0x004A, 0x004B, 0x004C, 0x004D, 0x004E, 0x004F,
	0x0050, 0x0051, 0x0052, 0x0053, 0x0054, 0x0055, 0x0056, 0x0057,
	0x0058, 0x0059, 0x005A, 0x00C4, 0x00D6, 0x00D1, 0x00DC, 0x00A7,
	0x00BF, 0x0061, 0x0062, 0x0063, 0x0064, 0x0065, 0x0066, 0x0067,
	0x0068, 0x0069, 0x006A, 0x006B, 0x006C, 0x006D, 0x006E, 0x006F,
	0x0070, 0x0071, 0x0072, 0x0073, 0x0074, 0x0075, 0x0076, 0x0077,
	0x0078, 0x0079, 0x007A, 0x00E4, 0x00F6, 0x00F1, 0x00FC, 0x00E0,
};

/* The extension table (after 0x1B); an unknown pair shows its second septet. */
static uint16_t gsm7_extension(uint8_t septet)
{
	switch (septet) {
	case 0x0A: return 0x000C;
	case 0x14: return 0x005E;
	case 0x28: return 0x007B;
	case 0x29: return 0x007D;
	case 0x2F: return 0x005C;
	case 0x3C: return 0x005B;
	case 0x3D: return 0x007E;
	case 0x3E: return 0x005D;
	case 0x40: return 0x007C;
	case 0x65: return 0x20AC;
	default: return gsm7_basic[septet];
	}
}

struct utf8_out {
	char *p;
	size_t cap, len;
	int overflow;
};

static void put_code(struct utf8_out *o, uint32_t c)
{
	uint8_t b[4];
	size_t n;

	if (c < 0x80) {
		b[0] = (uint8_t)c;
		n = 1;
	} else if (c < 0x800) {
		b[0] = (uint8_t)(0xC0 | c >> 6);
		b[1] = (uint8_t)(0x80 | (c & 0x3F));
		n = 2;
	} else if (c < 0x10000) {
		b[0] = (uint8_t)(0xE0 | c >> 12);
		b[1] = (uint8_t)(0x80 | (c >> 6 & 0x3F));
		b[2] = (uint8_t)(0x80 | (c & 0x3F));
		n = 3;
	} else {
		b[0] = (uint8_t)(0xF0 | c >> 18);
		b[1] = (uint8_t)(0x80 | (c >> 12 & 0x3F));
		b[2] = (uint8_t)(0x80 | (c >> 6 & 0x3F));
		b[3] = (uint8_t)(0x80 | (c & 0x3F));
		n = 4;
	}
	if (o->len + n + 1 > o->cap) {	/* room for the NUL too */
		o->overflow = 1;
		return;
	}
	memcpy(o->p + o->len, b, n);
	o->len += n;
}

static uint8_t septet_at(const uint8_t *in, size_t len, size_t i)
{
	size_t bit = i * 7, byte = bit / 8, shift = bit % 8;
	unsigned v = in[byte] >> shift;

	if (shift > 1 && byte + 1 < len)
		v |= (unsigned)in[byte + 1] << (8 - shift);
	return (uint8_t)(v & 0x7F);
}

static void gsm7_unpack(struct utf8_out *o, const uint8_t *in, size_t len)
{
	size_t n = len * 8 / 7;

	/* 7 spare bits at the end hold a filler (0 or CR), not a character. */
	if (n > 0 && len * 8 % 7 == 0) {
		uint8_t last = septet_at(in, len, n - 1);

		if (last == 0x00 || last == 0x0D)
			n--;
	}
	for (size_t i = 0; i < n; i++) {
		uint8_t s = septet_at(in, len, i);

		if (s == 0x1B && i + 1 < n)
			put_code(o, gsm7_extension(septet_at(in, len, ++i)));
		else
			put_code(o, gsm7_basic[s]);
	}
	/*
	 * Bits left after the last whole septet are zero fill, unless the
	 * name's last byte was 0x00 and got lost (a string TLV loses trailing
	 * NULs): then they are the low bits of one more character.
	 */
	if (len * 8 % 7 && in[len - 1] >> (8 - len * 8 % 7))
		put_code(o, gsm7_basic[in[len - 1] >> (8 - len * 8 % 7)]);
}

static void ucs2_copy(struct utf8_out *o, const uint8_t *in, size_t len)
{
	for (size_t i = 0; i + 1 < len; i += 2) {
		uint32_t c = (uint32_t)in[i] << 8 | in[i + 1];

		if (c >= 0xD800 && c <= 0xDBFF && i + 3 < len) {
			uint32_t lo = (uint32_t)in[i + 2] << 8 | in[i + 3];

			if (lo >= 0xDC00 && lo <= 0xDFFF) {
				c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
				i += 2;
			}
		}
		if (c >= 0xD800 && c <= 0xDFFF)
			c = 0xFFFD;	/* a lone surrogate */
		put_code(o, c);
	}
}

/* Length of a well-formed UTF-8 sequence starting at in[0] (1 for ASCII), or 0. */
static size_t utf8_seq(const uint8_t *in, size_t left)
{
	size_t n = in[0] < 0x80 ? 1 : (in[0] & 0xE0) == 0xC0 ? 2 : (in[0] & 0xF0) == 0xE0 ? 3
		 : (in[0] & 0xF8) == 0xF0 ? 4 : 0;

	if (n == 0 || n > left || (n == 2 && in[0] < 0xC2))
		return 0;
	for (size_t i = 1; i < n; i++)
		if ((in[i] & 0xC0) != 0x80)
			return 0;
	return n;
}

/* Printable ASCII or UTF-8, no control bytes: the bytes are text as they are. */
static int is_plain_text(const uint8_t *in, size_t len)
{
	for (size_t i = 0; i < len;) {
		size_t n = utf8_seq(in + i, len - i);

		if (n == 0 || (n == 1 && (in[i] < 0x20 || in[i] == 0x7F)))
			return 0;
		i += n;
	}
	return 1;
}

static enum slqs_nas_text guess(const uint8_t *in, size_t len)
{
	if (len >= 1 && in[0] == 0x80)		/* SIM alpha field: UCS-2 follows */
		return SLQS_NAS_TEXT_UCS2;
	if (len % 2 == 0 && memchr(in, 0, len))
		return SLQS_NAS_TEXT_UCS2;
	if (is_plain_text(in, len))
		return SLQS_NAS_TEXT_ASCII;
	return SLQS_NAS_TEXT_GSM7;
}

int slqs_nas_name_utf8(enum slqs_nas_text enc, const uint8_t *in, size_t len, char *out,
		       size_t cap)
{
	struct utf8_out o = { out, cap, 0, 0 };

	if (cap == 0)
		return -1;
	if (enc == SLQS_NAS_TEXT_GUESS)
		enc = guess(in, len);
	switch (enc) {
	case SLQS_NAS_TEXT_GSM7:
		gsm7_unpack(&o, in, len);
		break;
	case SLQS_NAS_TEXT_UCS2:
		if (len >= 1 && in[0] == 0x80) {
			in++;
			len--;
		}
		ucs2_copy(&o, in, len);
		break;
	default:
		if (!is_plain_text(in, len)) {	/* stray bytes: shown as U+FFFD */
			for (size_t i = 0; i < len; i++)
				put_code(&o, in[i] < 0x80 ? in[i] : 0xFFFD);
		} else if (len + 1 > cap) {	/* UTF-8 passes through */
			o.overflow = 1;
		} else {
			memcpy(out, in, len);
			o.len = len;
		}
		break;
	}
	if (o.overflow) {
		out[0] = '\0';
		return -1;
	}
	out[o.len] = '\0';
	return (int)o.len;
}

enum slqs_nas_text slqs_nas_text_of(uint8_t name_encoding)
{
	switch (name_encoding) {
	case NAS_NAME_ENC_GSM:
		return SLQS_NAS_TEXT_GSM7;
	case NAS_NAME_ENC_UCS2:
		return SLQS_NAS_TEXT_UCS2;
	default:	/* ASCII, unspecified, or values firmware uses loosely */
		return SLQS_NAS_TEXT_GUESS;
	}
}

size_t slqs_nas_name_len(const char *s, size_t cap)
{
	size_t n = cap;

	while (n > 0 && s[n - 1] == '\0')
		n--;
	if (n % 2 && n < cap && memchr(s, 0, n))
		n++;	/* UCS-2 whose last byte was 0x00 (dropped with the NULs) */
	return n;
}

ULONG slqs_nas_name_copy(const char *s, size_t cap, CHAR *out, size_t out_size)
{
	size_t n = slqs_nas_name_len(s, cap);

	if (slqs_nas_name_utf8(SLQS_NAS_TEXT_GUESS, (const uint8_t *)s, n, out, out_size) < 0)
		return eQCWWAN_ERR_BUFFER_SZ;
	return eQCWWAN_ERR_NONE;
}

void slqs_nas_utf8_cut(CHAR *dst, size_t size, const char *src)
{
	size_t n = strlen(src);

	if (size == 0)
		return;
	if (n >= size) {
		n = size - 1;
		while (n > 0 && ((unsigned char)src[n] & 0xC0) == 0x80)
			n--;	/* src[n] starts the character that does not fit */
	}
	memcpy(dst, src, n);
	dst[n] = '\0';
}
