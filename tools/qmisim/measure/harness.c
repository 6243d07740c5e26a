/*
 * Cost harness: one simulated modem (libqmisim.a, no devices), fed N DMS
 * Get Manufacturer and N NAS Get Signal Strength requests as a host's
 * byte stream. Run under valgrind by measure.sh: the heap count and the
 * instructions of N requests, minus those of none, are the request path's.
 */
#include <stdio.h>
#include <stdlib.h>

#include "core/codec.h"
#include "core/qmux.h"
#include "pkgs/ctl/ctl_msg.h"
#include "pkgs/dms/dms_msg.h"
#include "pkgs/nas/nas_msg.h"
#include "tools/qmisim/sim_modem.h"

static uint8_t last_cid;

/* Keeps the client id of an Allocate CID answer (its last byte). */
static void output(void *arg, struct sim_modem *m, unsigned port, const uint8_t *frame,
		   size_t len)
{
	struct qmux_frame f;

	(void)arg;
	(void)m;
	(void)port;
	if (!slqs_qmux_parse(frame, len, &f) && f.service == QMI_SVC_CTL &&
	    f.sdu.msg_id == CTL_MSG_ALLOCATE_CID && f.sdu.kind == QMI_RESPONSE)
		last_cid = frame[len - 1];
}

static void request(struct sim_modem *m, const struct qmi_msg *msg, uint8_t cid,
		    uint16_t txn, const void *req)
{
	uint8_t buf[2048];
	struct qmi_wbuf w;

	qmi_wbuf_init(&w, buf, sizeof(buf));
	if (slqs_msg_write(&w, 1, msg, QMI_REQUEST, cid, txn, NULL, req))
		abort();
	sim_modem_input(m, 0, buf, w.len);
}

static uint8_t allocate(struct sim_modem *m, uint8_t service, uint16_t txn)
{
	struct ctl_allocate_cid_req a = { .service = service };

	request(m, &slqs_ctl_allocate_cid, 0, txn, &a);
	return last_cid;
}

int main(int argc, char **argv)
{
	long n = argc > 1 ? strtol(argv[1], NULL, 10) : 10000;
	struct sim_io io = { .output = output };
	struct sim_modem_opts o = { .io = &io };
	char err[256];
	struct sim_modem *m = sim_modem_new(&o, err, sizeof(err));
	uint8_t dms, nas;

	if (!m) {
		fprintf(stderr, "%s\n", err);
		return 1;
	}
	dms = allocate(m, QMI_SVC_DMS, 1);
	nas = allocate(m, QMI_SVC_NAS, 2);
	for (long i = 0; i < n; i++) {
		request(m, &slqs_dms_get_manufacturer, dms, (uint16_t)(i + 3), NULL);
		request(m, &slqs_nas_get_signal_strength, nas, (uint16_t)(i + 3), NULL);
	}
	printf("requests %lu responses %lu\n", sim_modem_stats(m)->requests,
	       sim_modem_stats(m)->responses);
	sim_modem_free(m);
	return 0;
}
