/*
 * A test message shaped to use every element kind the codec offers; shared
 * by the codec unit tests and the fuzz targets.
 */
#ifndef SLQS_TESTS_SAMPLE_MSG_H
#define SLQS_TESTS_SAMPLE_MSG_H

#include <stddef.h>
#include <stdint.h>

#include "core/codec.h"

struct plmn {
	uint16_t mcc;
	uint16_t mnc;
	char name[16];
};

struct pair {
	uint8_t tag;
	int16_t value;
};

struct sample {
	uint32_t word;				/* 0x01 mandatory u32 */
	uint8_t has_plmn;			/* 0x10 struct with LEN8 string */
	struct plmn plmn;
	uint8_t has_rats;			/* 0x11 u8-counted byte array */
	uint16_t n_rats;
	uint8_t rats[8];
	uint8_t has_pairs;			/* 0x12 u16-counted struct array */
	uint16_t n_pairs;
	struct pair pairs[4];
	uint8_t has_model;			/* 0x13 string filling the TLV */
	char model[12];
	uint8_t has_mcc;			/* 0x14 fixed-size string */
	char mcc[4];
	uint8_t has_fixed;			/* 0x15 fixed array of u16 */
	uint16_t fixed[3];
	uint8_t has_big;			/* 0x16 u64 and signed */
	uint64_t big;
	uint8_t has_rssi;
	int8_t rssi;				/* 0x17 */
	uint8_t has_blob;			/* 0x18 byte string, u16 length */
	uint16_t n_blob;
	uint8_t blob[6];
};

static const struct qmi_elem plmn_ei[] = {
	QMI_INT(0, struct plmn, mcc, MAND),
	QMI_INT(0, struct plmn, mnc, MAND),
	QMI_STRING(0, struct plmn, name, LEN8, MAND),
	QMI_END
};

static const struct qmi_elem pair_ei[] = {
	QMI_INT(0, struct pair, tag, MAND),
	QMI_INT(0, struct pair, value, MAND),
	QMI_END
};

static const struct qmi_elem sample_ei[] = {
	QMI_INT(0x01, struct sample, word, MAND),
	QMI_STRUCT(0x10, struct sample, plmn, plmn_ei, OPT),
	QMI_INT_ARRAY(0x11, struct sample, rats, LEN8, OPT),
	QMI_STRUCT_ARRAY(0x12, struct sample, pairs, LEN16, pair_ei, OPT),
	QMI_STRING(0x13, struct sample, model, REST, OPT),
	QMI_STRING(0x14, struct sample, mcc, FIXED, OPT),
	QMI_INT_ARRAY(0x15, struct sample, fixed, FIXED, OPT),
	QMI_INT(0x16, struct sample, big, OPT),
	QMI_INT(0x17, struct sample, rssi, OPT),
	QMI_INT_ARRAY(0x18, struct sample, blob, LEN16, OPT),
	QMI_END
};

#endif
