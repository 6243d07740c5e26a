/*
 * Replaying a recording: a service request is answered with the response
 * (and the indications after it) that the recorded modem gave to the same
 * request: same service, message id and TLV bytes; transaction ids and
 * client ids are rewritten to the live ones. Repeated identical requests
 * take the recorded answers in order, the last one again when they run
 * out. CTL stays live, so client ids are real.
 */
#include "tools/qmisim/sim_record.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/log.h"
#include "tools/qmisim/sim_internal.h"

#define MAX_MODEMS 64
#define NO_ENTRY   ((size_t)-1)
#define LINE_MAX_CHARS (3 * (size_t)QMUX_MAX_FRAME + 64)

struct rp_frame {
	uint8_t *data;
	size_t len;
};

struct rp_entry {
	unsigned modem;
	uint8_t service, cid;
	uint16_t txn, msg_id;
	struct rp_frame req;		/* the host's frame (its TLVs are matched) */
	struct rp_frame rsp;		/* len 0 until the answer is seen */
	struct rp_frame *inds;
	size_t n_inds;
	int used;
};

struct sim_replay {
	struct rp_entry *e;
	size_t n, cap;
};

/* ---- loading ---------------------------------------------------------------- */

static int hex_value(int c)
{
	return isdigit(c) ? c - '0' : tolower(c) - 'a' + 10;
}

/* "01 0F ..." -> bytes; -1 on bad syntax. */
static int parse_hex(const char *s, uint8_t *out, size_t cap, size_t *len)
{
	size_t n = 0;

	for (;;) {
		while (*s == ' ' || *s == '\t')
			s++;
		if (!*s || *s == '\n' || *s == '\r')
			break;
		if (!isxdigit((unsigned char)s[0]) || !isxdigit((unsigned char)s[1]) ||
		    (s[2] && !strchr(" \t\r\n", s[2])) || n == cap)
			return -1;
		out[n++] = (uint8_t)(hex_value((unsigned char)s[0]) << 4 |
				     hex_value((unsigned char)s[1]));
		s += 2;
	}
	*len = n;
	return n ? 0 : -1;
}

static int copy_frame(struct rp_frame *f, const uint8_t *data, size_t len)
{
	f->data = malloc(len);
	if (!f->data)
		return -1;
	memcpy(f->data, data, len);
	f->len = len;
	return 0;
}

static struct rp_entry *new_entry(struct sim_replay *rp)
{
	if (rp->n == rp->cap) {
		size_t cap = rp->cap ? 2 * rp->cap : 64;
		struct rp_entry *e = realloc(rp->e, cap * sizeof(*e));

		if (!e)
			return NULL;
		rp->e = e;
		rp->cap = cap;
	}
	memset(&rp->e[rp->n], 0, sizeof(rp->e[0]));
	return &rp->e[rp->n++];
}

/* The newest request still waiting for this response. */
static size_t find_pending(struct sim_replay *rp, unsigned modem, const struct qmux_frame *f)
{
	for (size_t i = rp->n; i-- > 0;) {
		struct rp_entry *e = &rp->e[i];

		if (!e->rsp.len && e->modem == modem && e->service == f->service &&
		    e->cid == f->client && e->txn == f->sdu.txn && e->msg_id == f->sdu.msg_id)
			return i;
	}
	return NO_ENTRY;
}

/* Files one recorded frame; last[modem] is the entry indications attach to. */
static int add_frame(struct sim_replay *rp, unsigned modem, int from_host, const uint8_t *buf,
		     size_t len, size_t *last)
{
	struct qmux_frame f;
	struct rp_entry *e;
	size_t i;

	if (from_host)
		last[modem] = NO_ENTRY;
	if (slqs_qmux_parse(buf, len, &f) || f.service == QMI_SVC_CTL)
		return 0;	/* unusable for replay, not an error */
	if (from_host) {
		if (f.sdu.kind != QMI_REQUEST)
			return 0;
		e = new_entry(rp);
		if (!e || copy_frame(&e->req, buf, len))
			return -1;
		e->modem = modem;
		e->service = f.service;
		e->cid = f.client;
		e->txn = f.sdu.txn;
		e->msg_id = f.sdu.msg_id;
		return 0;
	}
	if (f.sdu.kind == QMI_RESPONSE) {
		i = find_pending(rp, modem, &f);
		if (i == NO_ENTRY)
			return 0;
		last[modem] = i;
		return copy_frame(&rp->e[i].rsp, buf, len);
	}
	if (last[modem] == NO_ENTRY || rp->e[last[modem]].service != f.service)
		return 0;
	e = &rp->e[last[modem]];
	{
		struct rp_frame *inds = realloc(e->inds, (e->n_inds + 1) * sizeof(*inds));

		if (!inds)
			return -1;
		e->inds = inds;
		if (copy_frame(&e->inds[e->n_inds], buf, len))
			return -1;
		e->n_inds++;
	}
	return 0;
}

/* "time modem from hex..." -> fields; the hex part is parsed into buf. */
static int parse_line(char *line, unsigned *modem, int *from_host, uint8_t *buf, size_t cap,
		      size_t *len, char *why, size_t whylen)
{
	char *time_s = strtok(line, " \t"), *modem_s = strtok(NULL, " \t");
	char *from_s = strtok(NULL, " \t"), *hex = strtok(NULL, "");
	long long v;

	if (!time_s || !modem_s || !from_s || !hex) {
		snprintf(why, whylen, "expected: time modem host|modem hex-bytes");
		return -1;
	}
	if (sim_parse_int(modem_s, 0, MAX_MODEMS - 1, &v, why, whylen))
		return -1;
	*modem = (unsigned)v;
	if (!strcmp(from_s, "host")) {
		*from_host = 1;
	} else if (!strcmp(from_s, "modem")) {
		*from_host = 0;
	} else {
		snprintf(why, whylen, "'%.16s' is neither host nor modem", from_s);
		return -1;
	}
	if (parse_hex(hex, buf, cap, len)) {
		snprintf(why, whylen, "bad hex frame");
		return -1;
	}
	return 0;
}

struct sim_replay *sim_replay_load(const char *path, char *err, size_t errlen)
{
	struct sim_replay *rp = calloc(1, sizeof(*rp));
	char *line = malloc(LINE_MAX_CHARS), why[160];
	uint8_t *buf = malloc(QMUX_MAX_FRAME);
	size_t last[MAX_MODEMS], len;
	unsigned lineno = 0, modem;
	int from_host, rc = -1;
	FILE *f = NULL;

	for (size_t i = 0; i < MAX_MODEMS; i++)
		last[i] = NO_ENTRY;
	if (!rp || !line || !buf) {
		snprintf(err, errlen, "out of memory");
		goto out;
	}
	f = fopen(path, "r");
	if (!f) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		goto out;
	}
	while (fgets(line, (int)LINE_MAX_CHARS, f)) {
		lineno++;
		if (!strchr(line, '\n') && !feof(f)) {
			snprintf(err, errlen, "%s:%u: line too long", path, lineno);
			goto out;
		}
		if (line[strspn(line, " \t\r\n")] == '\0' || line[strspn(line, " \t")] == '#')
			continue;
		if (parse_line(line, &modem, &from_host, buf, QMUX_MAX_FRAME, &len, why,
			       sizeof(why))) {
			snprintf(err, errlen, "%s:%u: %s", path, lineno, why);
			goto out;
		}
		if (add_frame(rp, modem, from_host, buf, len, last)) {
			snprintf(err, errlen, "out of memory");
			goto out;
		}
	}
	if (ferror(f)) {
		snprintf(err, errlen, "%s: read error", path);
		goto out;
	}
	rc = 0;
out:
	if (f)
		fclose(f);
	free(line);
	free(buf);
	if (rc) {
		sim_replay_free(rp);
		return NULL;
	}
	return rp;
}

void sim_replay_free(struct sim_replay *rp)
{
	if (!rp)
		return;
	for (size_t i = 0; i < rp->n; i++) {
		free(rp->e[i].req.data);
		free(rp->e[i].rsp.data);
		for (size_t j = 0; j < rp->e[i].n_inds; j++)
			free(rp->e[i].inds[j].data);
		free(rp->e[i].inds);
	}
	free(rp->e);
	free(rp);
}

size_t sim_replay_count(const struct sim_replay *rp)
{
	size_t n = 0;

	for (size_t i = 0; i < rp->n; i++)
		n += rp->e[i].rsp.len > 0;
	return n;
}

/* ---- answering ---------------------------------------------------------------- */

static int same_request(const struct rp_entry *e, unsigned modem, const struct qmux_frame *f)
{
	struct qmux_frame rec;

	if (!e->rsp.len || e->modem != modem || e->service != f->service ||
	    e->msg_id != f->sdu.msg_id || slqs_qmux_parse(e->req.data, e->req.len, &rec))
		return 0;
	return rec.sdu.tlv_len == f->sdu.tlv_len &&
	       !memcmp(rec.sdu.tlv, f->sdu.tlv, f->sdu.tlv_len);
}

/* Re-frames a recorded frame with a live client id and transaction id. */
static void send_rewritten(struct sim_modem *m, unsigned port, const struct rp_frame *fr,
			   uint8_t cid, int keep_txn, uint16_t txn)
{
	struct qmux_frame rec;
	struct qmi_frame_mark mk;
	struct qmi_wbuf w;

	if (slqs_qmux_parse(fr->data, fr->len, &rec) || sim_frame_begin(m, &w))
		return;
	mk = slqs_frame_begin(&w, 1, rec.service, cid, rec.sdu.kind,
			     keep_txn ? rec.sdu.txn : txn, rec.sdu.msg_id);
	slqs_put_bytes(&w, rec.sdu.tlv, rec.sdu.tlv_len);
	if (slqs_frame_end(&w, mk))
		return;
	sim_frame_queue(m, &w, port,
			rec.sdu.kind == QMI_RESPONSE ? SIM_OUT_RESPONSE : SIM_OUT_INDICATION);
}

int sim_replay_answer(struct sim_modem *m, unsigned port, const struct qmux_frame *f)
{
	struct sim_replay *rp = m->replay;
	struct rp_entry *hit = NULL;
	struct qmux_frame ind;

	for (size_t i = 0; i < rp->n; i++) {
		if (!same_request(&rp->e[i], m->index, f))
			continue;
		hit = &rp->e[i];
		if (!hit->used)
			break;
	}
	if (!hit) {
		log_info("%s: replay: no recorded answer for service 0x%02X message 0x%04X, "
			 "simulating", m->name, f->service, f->sdu.msg_id);
		return 0;
	}
	hit->used = 1;
	m->stats.replayed++;
	send_rewritten(m, port, &hit->rsp, f->client, 0, f->sdu.txn);
	for (size_t j = 0; j < hit->n_inds; j++) {
		uint8_t cid;

		if (slqs_qmux_parse(hit->inds[j].data, hit->inds[j].len, &ind))
			continue;
		cid = ind.client == hit->cid ? f->client : ind.client;
		send_rewritten(m, cid == QMI_CID_BROADCAST ? SIM_PORT_ALL : port, &hit->inds[j],
			       cid, 1, 0);
	}
	return 1;
}
