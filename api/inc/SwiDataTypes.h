/**
 * \file   SwiDataTypes.h
 * \brief  Basic data types of the SLQS-compatible API.
 *
 * The names are those applications written for the vendor SDK use. Their
 * sizes are fixed on every CPU the SDK builds for: in particular ULONG is
 * 32 bits wide on 64-bit hosts too (it is the type of every API return
 * value and of many structure fields, so its size is part of the ABI).
 */
#ifndef SLQS_API_SWIDATATYPES_H
#define SLQS_API_SWIDATATYPES_H

#include <stdint.h>

/** Unsigned 32-bit integer (never 64 bits, whatever `long` is on the host). */
typedef uint32_t ULONG;
/** Unsigned 64-bit integer. */
typedef uint64_t ULONGLONG;
/** Signed 8-bit integer. */
typedef int8_t INT8;
/** Unsigned 8-bit integer. */
typedef uint8_t BYTE;
/** Character of a NUL-terminated string. */
typedef char CHAR;
/** Unsigned 16-bit integer. */
typedef uint16_t WORD;
/** Unsigned 16-bit integer (same as WORD). */
typedef uint16_t USHORT;
/** Signed 16-bit integer. */
typedef int16_t SHORT;
/** Signed 32-bit integer. */
typedef int32_t INT32;
/** Single-precision floating point number. */
typedef float FLOAT;
/** Boolean: 0 is false, anything else true. */
typedef int BOOL;
/** Pointer to a constant NUL-terminated string. */
typedef const char *LPCSTR;

/** Marks a parameter as deliberately unused (silences -Wextra). */
#define UNUSEDPARAM(x) (void)(x)

#endif /* SLQS_API_SWIDATATYPES_H */
