/*
 * Fuzz target for what reads modem bytes in core/: the reassembler, the
 * QMUX/SDU parsers and the table-driven decoder (CTL tables and a table
 * using every element kind). Any crash or sanitizer report is a bug.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "core/codec.h"
#include "core/qmux.h"
#include "core/reasm.h"
#include "pkgs/ctl/ctl_msg.h"
#include "tests/common/sample_msg.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void decode_everything(const struct qmi_sdu *s)
{
	union {
		struct ctl_version_info_rsp version;
		struct ctl_allocate_cid_rsp alloc;
		struct sample sample;
	} out;
	struct qmi_result res;

	for (const struct qmi_msg *const *m = slqs_ctl_msgs; *m; m++) {
		struct qmi_sdu as_ours = *s;

		as_ours.msg_id = (*m)->id;
		(void)slqs_msg_read(&as_ours, *m, &out, &res);
	}
	(void)slqs_decode(sample_ei, s->tlv, s->tlv_len, &out.sample, sizeof(out.sample), 1);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct qmux_reasm r;
	const uint8_t *frame;
	size_t len, off = 0;
	struct qmux_frame f;
	struct qmi_sdu s;

	/* The input as a whole: decoded directly as TLVs and as a bare SDU. */
	(void)slqs_decode(sample_ei, data, size, &(struct sample){ 0 }, sizeof(struct sample), 0);
	if (size > 0 && slqs_sdu_parse(data[0], data + 1, size - 1, &s) == 0)
		decode_everything(&s);

	/* The input as a byte stream, fed in uneven chunks. */
	if (slqs_qmux_reasm_init(&r, 1024))
		return 0;
	while (off < size) {
		size_t chunk = (size_t)(data[off] % 61) + 1;

		if (chunk > size - off)
			chunk = size - off;
		off += slqs_qmux_reasm_feed(&r, data + off, chunk);
		while (slqs_qmux_reasm_next(&r, &frame, &len) == 1)
			if (slqs_qmux_parse(frame, len, &f) == 0)
				decode_everything(&f.sdu);
	}
	slqs_qmux_reasm_free(&r);
	return 0;
}
