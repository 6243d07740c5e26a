#include "core/reasm.h"

#include <stdlib.h>
#include <string.h>

#include "core/qmux.h"
#include "core/wire.h"

/* The shortest frame: QMUX header + CTL SDU header with no TLVs. */
#define MIN_FRAME (QMUX_HDR_LEN + 6)

int slqs_qmux_reasm_init(struct qmux_reasm *r, size_t max_frame)
{
	memset(r, 0, sizeof(*r));
	if (max_frame == 0)
		max_frame = QMUX_REASM_DEFAULT_MAX;
	if (max_frame < MIN_FRAME)
		max_frame = MIN_FRAME;
	if (max_frame > QMUX_MAX_FRAME)
		max_frame = QMUX_MAX_FRAME;
	r->max_frame = max_frame;
	r->cap = 2 * max_frame;
	r->buf = malloc(r->cap);
	return r->buf ? 0 : -1;
}

void slqs_qmux_reasm_free(struct qmux_reasm *r)
{
	free(r->buf);
	r->buf = NULL;
}

void slqs_qmux_reasm_reset(struct qmux_reasm *r)
{
	r->len = r->head = 0;
}

size_t slqs_qmux_reasm_feed(struct qmux_reasm *r, const void *data, size_t len)
{
	size_t room;

	if (r->head > 0) {	/* compact: frames already handed out are done */
		memmove(r->buf, r->buf + r->head, r->len - r->head);
		r->len -= r->head;
		r->head = 0;
	}
	room = r->cap - r->len;
	if (len > room)
		len = room;
	memcpy(r->buf + r->len, data, len);
	r->len += len;
	return len;
}

int slqs_qmux_reasm_next(struct qmux_reasm *r, const uint8_t **frame, size_t *len)
{
	while (r->len - r->head >= 1) {
		const uint8_t *p = r->buf + r->head;
		size_t avail = r->len - r->head;
		size_t total;

		if (p[0] != QMUX_MARKER) {
			r->head++;
			r->skipped++;
			continue;
		}
		if (avail < 4)
			return 0;
		total = (size_t)get_le16(p + 1) + 1;
		if (total < MIN_FRAME || total > r->max_frame ||
		    (p[3] != 0 && p[3] != QMUX_FLAG_FROM_MODEM)) {
			/* Not a frame we can take: resynchronise after this marker. */
			if (total > r->max_frame)
				r->oversize++;
			r->head++;
			r->skipped++;
			continue;
		}
		if (avail < total)
			return 0;
		*frame = p;
		*len = total;
		r->head += total;
		return 1;
	}
	return 0;
}
