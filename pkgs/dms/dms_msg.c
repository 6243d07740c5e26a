/* The DMS message tables, objects and registry, all from dms_msgs.def (see core/msgdef.h). */
#include "pkgs/dms/dms_msg.h"

#define QMI_MSGDEF_SERVICE QMI_SVC_DMS
#define QMI_MSGDEF_MODE DEFINE
#include "pkgs/dms/dms_msgs.def"
#undef QMI_MSGDEF_MODE

const struct qmi_msg *const slqs_dms_msgs[] = {
#define QMI_MSGDEF_MODE LIST
#include "pkgs/dms/dms_msgs.def"
#undef QMI_MSGDEF_MODE
	NULL
};
