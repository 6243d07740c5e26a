/* Frame reassembly from a byte stream split and merged at random. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/qmux.h"
#include "core/reasm.h"

static const uint8_t frame_a[] = {	/* Allocate CID request */
	0x01, 0x0F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x22, 0x00, 0x04, 0x00,
	0x01, 0x01, 0x00, 0x02,
};
static const uint8_t frame_b[] = {	/* its response */
	0x01, 0x17, 0x00, 0x80, 0x00, 0x00, 0x01, 0x01, 0x22, 0x00, 0x0C, 0x00,
	0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x02, 0x00, 0x02, 0x07,
};

struct collected {
	int n;
	size_t lens[64];
	uint8_t first[64];
	uint8_t fourth[64];
};

static void drain(struct qmux_reasm *r, struct collected *c)
{
	const uint8_t *f;
	size_t len;

	while (slqs_qmux_reasm_next(r, &f, &len) == 1) {
		struct qmux_frame parsed;

		assert_true(c->n < 64);
		assert_int_equal(slqs_qmux_parse(f, len, &parsed), 0);
		c->lens[c->n] = len;
		c->first[c->n] = f[0];
		c->fourth[c->n] = f[3];
		c->n++;
	}
}

static void feed_all(struct qmux_reasm *r, const uint8_t *p, size_t len, size_t chunk,
		     struct collected *c)
{
	while (len) {
		size_t n = chunk < len ? chunk : len;
		size_t took = slqs_qmux_reasm_feed(r, p, n);

		drain(r, c);
		p += took;
		len -= took;
	}
}

static size_t build_stream(uint8_t *buf, int frames)
{
	size_t len = 0;

	for (int i = 0; i < frames; i++) {
		const uint8_t *f = i % 2 ? frame_b : frame_a;
		size_t n = i % 2 ? sizeof(frame_b) : sizeof(frame_a);

		memcpy(buf + len, f, n);
		len += n;
	}
	return len;
}

static void whole_frames_in_any_chunking(void **state)
{
	uint8_t stream[40 * sizeof(frame_b)];
	size_t len = build_stream(stream, 40);

	(void)state;
	for (size_t chunk = 1; chunk <= len; chunk = chunk < 64 ? chunk + 1 : chunk * 2) {
		struct qmux_reasm r;
		struct collected c = { 0 };

		assert_int_equal(slqs_qmux_reasm_init(&r, 0), 0);
		feed_all(&r, stream, len, chunk, &c);
		assert_int_equal(c.n, 40);
		for (int i = 0; i < 40; i++)
			assert_int_equal(c.lens[i], i % 2 ? sizeof(frame_b) : sizeof(frame_a));
		assert_int_equal(r.skipped, 0);
		slqs_qmux_reasm_free(&r);
	}
}

static void resynchronises_after_garbage(void **state)
{
	static const uint8_t garbage[] = { 0xFF, 0x00, 0x01, 0xFF, 0xFF, 0x7E, 0x01, 0x00 };
	uint8_t stream[256];
	size_t len = 0;
	struct qmux_reasm r;
	struct collected c = { 0 };

	(void)state;
	memcpy(stream + len, garbage, sizeof(garbage));
	len += sizeof(garbage);
	memcpy(stream + len, frame_a, sizeof(frame_a));
	len += sizeof(frame_a);
	memcpy(stream + len, garbage, sizeof(garbage) - 2);
	len += sizeof(garbage) - 2;
	memcpy(stream + len, frame_b, sizeof(frame_b));
	len += sizeof(frame_b);

	assert_int_equal(slqs_qmux_reasm_init(&r, 0), 0);
	feed_all(&r, stream, len, 3, &c);
	assert_int_equal(c.n, 2);
	assert_int_equal(c.lens[0], sizeof(frame_a));
	assert_int_equal(c.lens[1], sizeof(frame_b));
	assert_true(r.skipped >= sizeof(garbage));
	slqs_qmux_reasm_free(&r);
}

static void refuses_oversize_frames(void **state)
{
	uint8_t stream[4096];
	struct qmux_reasm r;
	struct collected c = { 0 };
	size_t len = 0;

	(void)state;
	/* A frame header announcing 2000 bytes, on a reassembler taking 512. */
	memset(stream, 0xAB, sizeof(stream));
	stream[0] = 0x01;
	stream[1] = 0xD0;
	stream[2] = 0x07;
	stream[3] = 0x80;
	len = 2001;
	memcpy(stream + len, frame_b, sizeof(frame_b));
	len += sizeof(frame_b);

	assert_int_equal(slqs_qmux_reasm_init(&r, 512), 0);
	feed_all(&r, stream, len, 100, &c);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.lens[0], sizeof(frame_b));
	assert_int_equal(r.oversize, 1);
	slqs_qmux_reasm_free(&r);
}

static void feed_reports_how_much_it_took(void **state)
{
	uint8_t big[4096];
	struct qmux_reasm r;
	size_t took;

	(void)state;
	memset(big, 0x01, sizeof(big));	/* markers with absurd lengths */
	assert_int_equal(slqs_qmux_reasm_init(&r, 64), 0);
	took = slqs_qmux_reasm_feed(&r, big, sizeof(big));
	assert_int_equal(took, r.cap);
	slqs_qmux_reasm_reset(&r);
	assert_int_equal(r.len, 0);
	slqs_qmux_reasm_free(&r);
}

static void random_noise_never_breaks_it(void **state)
{
	uint8_t noise[8192];
	struct qmux_reasm r;
	struct collected c;
	unsigned seed = 12345;

	(void)state;
	for (size_t i = 0; i < sizeof(noise); i++) {
		seed = seed * 1103515245u + 12345u;
		noise[i] = (uint8_t)(seed >> 16);
	}
	assert_int_equal(slqs_qmux_reasm_init(&r, 256), 0);
	for (int round = 0; round < 4; round++) {
		const uint8_t *f;
		size_t len, off = 0;

		memset(&c, 0, sizeof(c));
		while (off < sizeof(noise)) {
			size_t took = slqs_qmux_reasm_feed(&r, noise + off, sizeof(noise) - off);
			off += took;
			while (slqs_qmux_reasm_next(&r, &f, &len) == 1)
				assert_true(len <= 256 && f[0] == 0x01);
		}
	}
	slqs_qmux_reasm_free(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(whole_frames_in_any_chunking),
		cmocka_unit_test(resynchronises_after_garbage),
		cmocka_unit_test(refuses_oversize_frames),
		cmocka_unit_test(feed_reports_how_much_it_took),
		cmocka_unit_test(random_noise_never_breaks_it),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
