#include "pkgs/all/all_msg.h"

#include <stddef.h>

#include "pkgs/ctl/ctl_msg.h"
#include "pkgs/dms/dms_msg.h"
#include "pkgs/nas/nas_msg.h"
#include "pkgs/uim/uim_msg.h"
#include "pkgs/wda/wda_msg.h"
#include "pkgs/wds/wds_msg.h"

const struct qmi_msg *const *const slqs_all_msgs[] = {
	slqs_ctl_msgs, slqs_wds_msgs, slqs_dms_msgs, slqs_nas_msgs, slqs_uim_msgs, slqs_wda_msgs,
	NULL
};

const struct qmi_msg *slqs_msg_lookup(uint8_t service, uint16_t id)
{
	for (const struct qmi_msg *const *const *list = slqs_all_msgs; *list; list++) {
		if (!(*list)[0] || (*list)[0]->service != service)
			continue;
		for (const struct qmi_msg *const *m = *list; *m; m++)
			if ((*m)->id == id)
				return *m;
	}
	return NULL;
}

const char *slqs_msg_name(uint8_t service, uint16_t id)
{
	const struct qmi_msg *m = slqs_msg_lookup(service, id);

	return m ? m->name : NULL;
}
