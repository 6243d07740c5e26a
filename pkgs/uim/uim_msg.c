/* The UIM message tables, objects and registry, all from uim_msgs.def (see core/msgdef.h). */
#include "pkgs/uim/uim_msg.h"

#define QMI_MSGDEF_SERVICE QMI_SVC_UIM
#define QMI_MSGDEF_MODE DEFINE
#include "pkgs/uim/uim_msgs.def"
#undef QMI_MSGDEF_MODE

const struct qmi_msg *const slqs_uim_msgs[] = {
#define QMI_MSGDEF_MODE LIST
#include "pkgs/uim/uim_msgs.def"
#undef QMI_MSGDEF_MODE
	NULL
};
