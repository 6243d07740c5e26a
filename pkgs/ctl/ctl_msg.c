/* The CTL message tables, objects and registry, all from ctl_msgs.def (see core/msgdef.h). */
#include "pkgs/ctl/ctl_msg.h"

#define QMI_MSGDEF_SERVICE QMI_SVC_CTL
#define QMI_MSGDEF_MODE DEFINE
#include "pkgs/ctl/ctl_msgs.def"
#undef QMI_MSGDEF_MODE

const struct qmi_msg *const slqs_ctl_msgs[] = {
#define QMI_MSGDEF_MODE LIST
#include "pkgs/ctl/ctl_msgs.def"
#undef QMI_MSGDEF_MODE
	NULL
};
