#include "pkgs/all/all_msg.h"

#include <stddef.h>

#include "pkgs/ctl/ctl_msg.h"
#include "pkgs/dms/dms_msg.h"
#include "pkgs/nas/nas_msg.h"
#include "pkgs/uim/uim_msg.h"
#include "pkgs/wda/wda_msg.h"
#include "pkgs/wds/wds_msg.h"

const struct qmi_msg *const *const qmi_all_msgs[] = {
	qmi_ctl_msgs, qmi_wds_msgs, qmi_dms_msgs, qmi_nas_msgs, qmi_uim_msgs, qmi_wda_msgs,
	NULL
};

const struct qmi_msg *qmi_msg_lookup(uint8_t service, uint16_t id)
{
	for (const struct qmi_msg *const *const *list = qmi_all_msgs; *list; list++) {
		if (!(*list)[0] || (*list)[0]->service != service)
			continue;
		for (const struct qmi_msg *const *m = *list; *m; m++)
			if ((*m)->id == id)
				return *m;
	}
	return NULL;
}

const char *qmi_msg_name(uint8_t service, uint16_t id)
{
	const struct qmi_msg *m = qmi_msg_lookup(service, id);

	return m ? m->name : NULL;
}
