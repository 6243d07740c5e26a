#include "tools/qmisim/sim_services.h"

#include <stddef.h>
#include <strings.h>

#include "pkgs/ctl/ctl_msg.h"

const struct sim_service *const sim_services[] = {
	&sim_dms_service,
	&sim_nas_service,
	&sim_wds_service,
	&sim_uim_service,
	&sim_wda_service,
	NULL
};

const struct sim_service *sim_service_by_name(const struct sim_service *const *list,
					      const char *name)
{
	for (; *list; list++)
		if (!strcasecmp((*list)->name, name))
			return *list;
	return NULL;
}

const char *sim_msg_name(uint8_t service, uint16_t msg_id)
{
	const struct sim_service *const *s;
	const struct sim_handler *h;

	if (service == QMI_SVC_CTL) {
		for (const struct qmi_msg *const *m = slqs_ctl_msgs; *m; m++)
			if ((*m)->id == msg_id)
				return (*m)->name;
		return NULL;
	}
	for (s = sim_services; *s; s++) {
		if ((*s)->id != service || !(*s)->handlers)
			continue;
		for (h = (*s)->handlers; h->msg; h++)
			if (h->msg->id == msg_id)
				return h->msg->name;
	}
	return NULL;
}
