/*
 * The CTL service of the simulated modem: version info, client ids, Sync
 * and the data format. CTL messages are decoded with the tables of
 * pkgs/ctl like any other service's.
 */
#include "tools/qmisim/sim_internal.h"

#include "core/log.h"
#include "core/status.h"
#include "pkgs/ctl/ctl_msg.h"

/* What a CTL of an MDM9x30-class modem reports for itself. */
#define CTL_VERSION_MAJOR 1
#define CTL_VERSION_MINOR 5

static int get_version_info(const struct sim_call *call)
{
	struct ctl_version_info_rsp *rsp = call->rsp;

	rsp->services[0] = (struct ctl_service_version){
		QMI_SVC_CTL, CTL_VERSION_MAJOR, CTL_VERSION_MINOR };
	rsp->n_services = 1;
	for (size_t i = 0; i < call->modem->n_slots && rsp->n_services < CTL_MAX_SERVICES; i++) {
		const struct sim_service *svc = call->modem->slots[i].svc;

		rsp->services[rsp->n_services++] = (struct ctl_service_version){
			svc->id, svc->major, svc->minor };
	}
	return 0;
}

static int allocate_cid(const struct sim_call *call)
{
	const struct ctl_allocate_cid_req *req = call->req;
	struct ctl_allocate_cid_rsp *rsp = call->rsp;
	struct sim_slot *s = sim_slot_by_id(call->modem, req->service);
	int cid;

	if (!s) {
		log_info("%s: Allocate CID for service 0x%02X, which this modem lacks",
			 call->modem->name, req->service);
		return QMI_ERR_INVALID_SERVICE_TYPE;
	}
	cid = sim_client_alloc(call->modem, s, call->modem->cur_port);
	if (cid < 0) {
		log_info("%s: Allocate CID for %s refused: %s (%u of %u in use)",
			 call->modem->name, s->svc->name, slqs_error_name((uint16_t)-cid), s->in_use, s->cid_limit);
		return -cid;
	}
	rsp->info.service = req->service;
	rsp->info.cid = (uint8_t)cid;
	return 0;
}

static int release_cid(const struct sim_call *call)
{
	const struct ctl_release_cid *req = call->req;
	struct ctl_release_cid *rsp = call->rsp;
	struct sim_slot *s = sim_slot_by_id(call->modem, req->info.service);

	rsp->info = req->info;
	if (!s)
		return QMI_ERR_INVALID_SERVICE_TYPE;
	return sim_client_release(call->modem, s, req->info.cid);
}

static int set_data_format(const struct sim_call *call)
{
	const struct ctl_set_data_format_req *req = call->req;
	struct ctl_set_data_format_rsp *rsp = call->rsp;

	rsp->has_protocol = 1;
	rsp->protocol = req->has_protocol ? req->protocol : 1;	/* 802.3 unless asked */
	return 0;
}

/* Sync: the host asks to start afresh, every client id goes. */
static int sync_request(const struct sim_call *call)
{
	log_info("%s: Sync requested: every client id dropped", call->modem->name);
	sim_client_release_all(call->modem, NULL);
	return 0;
}

static const struct sim_handler ctl_handlers[] = {
	SIM_HANDLER(slqs_ctl_get_version_info, get_version_info),
	SIM_HANDLER(slqs_ctl_allocate_cid, allocate_cid),
	SIM_HANDLER(slqs_ctl_release_cid, release_cid),
	SIM_HANDLER(slqs_ctl_set_data_format, set_data_format),
	SIM_HANDLER(slqs_ctl_sync, sync_request),
	SIM_HANDLERS_END
};

/* CTL goes through the same request path as the services, minus the CID check. */
const struct sim_service sim_ctl_service = {
	.name = "ctl",
	.id = QMI_SVC_CTL,
	.major = CTL_VERSION_MAJOR,
	.minor = CTL_VERSION_MINOR,
	.handlers = ctl_handlers,
};

void sim_ctl_sync_indication(struct sim_modem *m)
{
	struct qmi_wbuf w;

	if (sim_frame_begin(m, &w) == 0 &&
	    slqs_msg_write(&w, 1, &slqs_ctl_sync, QMI_INDICATION, 0, 0, NULL, NULL) == 0)
		sim_frame_queue(m, &w, SIM_PORT_ALL, SIM_OUT_INDICATION);
}
