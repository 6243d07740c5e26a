/* The WDA message tables, objects and registry, all from wda_msgs.def (see core/msgdef.h). */
#include "pkgs/wda/wda_msg.h"

#define QMI_MSGDEF_SERVICE QMI_SVC_WDA
#define QMI_MSGDEF_MODE DEFINE
#include "pkgs/wda/wda_msgs.def"
#undef QMI_MSGDEF_MODE

const struct qmi_msg *const slqs_wda_msgs[] = {
#define QMI_MSGDEF_MODE LIST
#include "pkgs/wda/wda_msgs.def"
#undef QMI_MSGDEF_MODE
	NULL
};
