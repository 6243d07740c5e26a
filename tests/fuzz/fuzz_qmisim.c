/*
 * Fuzz target for qmisim's request handling: host bytes into a fresh
 * simulated modem (all real services) through the library API, as a raw
 * stream, as well-formed frames carrying fuzzed TLVs to every handler, as
 * config text, and as control commands. Besides crashes and sanitizer
 * reports it checks two promises: every frame the modem sends parses, and
 * every request is answered.
 *
 * Input: the first byte picks the mode (its value modulo 4), the rest is
 * that mode's data.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/log.h"
#include "core/qmux.h"
#include "core/wire.h"
#include "pkgs/ctl/ctl_msg.h"
#include "tools/qmisim/sim_modem.h"
#include "tools/qmisim/sim_services.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum mode { MODE_STREAM, MODE_REQUESTS, MODE_CONFIG, MODE_CONTROL, N_MODES };

struct sink {
	unsigned long responses;
	int check_frames;	/* off when the malformed fault may be asked for */
};

static void output(void *arg, struct sim_modem *m, unsigned port, const uint8_t *frame,
		   size_t len)
{
	struct sink *s = arg;
	struct qmux_frame f;

	(void)m;
	(void)port;
	if (slqs_qmux_parse(frame, len, &f) != 0) {
		if (s->check_frames)
			abort();	/* the modem sent a broken frame */
		return;
	}
	if (f.sdu.kind == QMI_RESPONSE)
		s->responses++;
}

static struct sim_modem *new_modem(struct sink *s, const char *config)
{
	static struct sim_io io;
	struct sim_modem_opts o = { .config_text = config, .io = &io };
	char err[256];

	io = (struct sim_io){ .output = output, .arg = s };
	return sim_modem_new(&o, err, sizeof(err));
}

static void send_frame(struct sim_modem *m, uint8_t service, uint8_t cid, uint16_t txn,
		       uint16_t msg_id, const uint8_t *tlv, size_t len)
{
	uint8_t buf[512];
	struct qmi_wbuf w;
	struct qmi_frame_mark mk;

	qmi_wbuf_init(&w, buf, sizeof(buf));
	mk = slqs_frame_begin(&w, 1, service, cid, QMI_REQUEST, txn, msg_id);
	slqs_put_bytes(&w, tlv, len);
	if (slqs_frame_end(&w, mk) == 0)
		sim_modem_input(m, 0, buf, w.len);
}

/* The bytes as a host's stream, in chunks whose sizes the bytes choose. */
static void run_stream(const uint8_t *data, size_t size)
{
	struct sink s = { .check_frames = 1 };
	struct sim_modem *m = new_modem(&s, NULL);
	size_t off = 0;

	if (!m)
		return;
	while (off < size) {
		size_t chunk = (size_t)(data[off] % 64) + 1;

		if (chunk > size - off)
			chunk = size - off;
		sim_modem_input(m, 0, data + off, chunk);
		off += chunk;
	}
	sim_modem_free(m);
}

/*
 * Records of: u8 service pick, u8 message pick, u8 TLV length, TLV bytes.
 * Every service gets client id 1 first, so the requests reach the handlers.
 */
static void run_requests(const uint8_t *data, size_t size)
{
	struct sink s = { .check_frames = 1 };
	struct sim_modem *m = new_modem(&s, NULL);
	const struct sim_service *const *svc;
	unsigned long requests = 0;
	size_t n_svc = 0, off = 0;
	uint16_t txn = 1;

	if (!m)
		return;
	for (svc = sim_services; *svc; svc++, n_svc++) {
		uint8_t tlv[] = { 0x01, 0x01, 0x00, (*svc)->id };

		send_frame(m, QMI_SVC_CTL, 0, (uint8_t)txn++, CTL_MSG_ALLOCATE_CID, tlv,
			   sizeof(tlv));
		requests++;
	}
	while (n_svc && size - off >= 3) {
		const struct sim_service *sv = sim_services[data[off] % n_svc];
		const struct sim_handler *h = sv->handlers;
		size_t n_h = 0, len = data[off + 2];
		uint16_t msg_id;

		while (h && h[n_h].msg)
			n_h++;
		/* Mostly the service's own messages, sometimes any id at all. */
		msg_id = n_h && data[off + 1] < 0xF0 ? h[data[off + 1] % n_h].msg->id
						     : (uint16_t)(0x5500 + data[off + 1]);
		off += 3;
		if (len > size - off)
			len = size - off;
		send_frame(m, sv->id, 1, txn++, msg_id, data + off, len);
		requests++;
		off += len;
	}
	sim_modem_flush(m);
	if (s.responses != requests)
		abort();	/* a request went unanswered */
	sim_modem_free(m);
}

/* The bytes as a config file. */
static void run_config(const uint8_t *data, size_t size)
{
	struct sink s = { .check_frames = 1 };
	char *text = malloc(size + 1);
	struct sim_modem *m;

	if (!text)
		return;
	memcpy(text, data, size);
	text[size] = '\0';
	m = new_modem(&s, text);
	free(text);
	if (m) {
		/* A modem configured so must still answer. */
		static const uint8_t svc_dms[] = { 0x01, 0x01, 0x00, 0x02 };

		send_frame(m, QMI_SVC_CTL, 0, 1, CTL_MSG_ALLOCATE_CID, svc_dms, sizeof(svc_dms));
		sim_modem_free(m);
	}
}

/* The bytes as control command lines. */
static void run_control(const uint8_t *data, size_t size)
{
	struct sink s = { .check_frames = 0 };
	struct sim_modem *m = new_modem(&s, NULL);
	char *text = malloc(size + 1), *line, *save = NULL;
	char out[SIM_CONTROL_MAX];
	static const uint8_t svc_wds[] = { 0x01, 0x01, 0x00, 0x01 };

	if (!m || !text) {
		free(text);
		sim_modem_free(m);
		return;
	}
	memcpy(text, data, size);
	text[size] = '\0';
	send_frame(m, QMI_SVC_CTL, 0, 1, CTL_MSG_ALLOCATE_CID, svc_wds, sizeof(svc_wds));
	for (line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		/* No real time passes in a fuzz run. */
		if (!strncmp(line, "delay", 5))
			continue;
		sim_modem_control(m, line, out, sizeof(out));
		if (strncmp(out, "ok", 2) && strncmp(out, "error: ", 7))
			abort();	/* an answer must say ok or error */
	}
	free(text);
	sim_modem_free(m);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	slqs_log_set_level(SLQS_LOG_ERR);	/* only bugs are worth printing */
	if (size == 0)
		return 0;
	switch (data[0] % N_MODES) {
	case MODE_STREAM:   run_stream(data + 1, size - 1); break;
	case MODE_REQUESTS: run_requests(data + 1, size - 1); break;
	case MODE_CONFIG:   run_config(data + 1, size - 1); break;
	default:            run_control(data + 1, size - 1); break;
	}
	return 0;
}
