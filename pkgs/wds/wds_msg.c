/* The WDS message tables, objects and registry, all from wds_msgs.def (see core/msgdef.h). */
#include "pkgs/wds/wds_msg.h"

#include <stddef.h>

#define QMI_MSGDEF_SERVICE QMI_SVC_WDS
#define QMI_MSGDEF_MODE DEFINE
#include "pkgs/wds/wds_msgs.def"
#undef QMI_MSGDEF_MODE

const struct qmi_msg *const slqs_wds_msgs[] = {
#define QMI_MSGDEF_MODE LIST
#include "pkgs/wds/wds_msgs.def"
#undef QMI_MSGDEF_MODE
	NULL
};

/* Profile tables list struct wds_profile's TLVs over the structs that start with it. */
_Static_assert(offsetof(struct wds_create_profile_req, settings) == 0, "settings first");
_Static_assert(offsetof(struct wds_modify_profile_req, settings) == 0, "settings first");
_Static_assert(offsetof(struct wds_profile_settings_rsp, settings) == 0, "settings first");
