/*
 * One message, one place. A service's messages are written in one file,
 * pkgs/<svc>/<svc>_msgs.def, one block per message: its C structs, their
 * element tables (codec.h) and the message itself (object, id, name, the
 * table of each direction). That file is read three times, each time with
 * another meaning of the block macros below, chosen by QMI_MSGDEF_MODE:
 *
 *   DECLARE  in <svc>_msg.h: the struct definitions, the id constants
 *            (enum constants) and `extern` declarations of the messages;
 *   DEFINE   in <svc>_msg.c: the element tables (static) and the
 *            `const struct qmi_msg` objects, for service QMI_MSGDEF_SERVICE;
 *   LIST     in <svc>_msg.c, inside the initializer of slqs_<svc>_msgs[]:
 *            `&slqs_<svc>_<msg>,` for each message (the service registry,
 *            which slqs_all_msgs collects).
 *
 *   #define QMI_MSGDEF_MODE DECLARE
 *   #include "pkgs/dms/dms_msgs.def"
 *   #undef QMI_MSGDEF_MODE
 *
 * A block (DMS Get Model: no request TLVs, the model string in TLV 0x01):
 *
 *   QMI_STRUCT_TYPE(dms_string_rsp,
 *           char value[DMS_STR_MAX];
 *   )
 *   QMI_ELEMS(dms_string_rsp,
 *           QMI_STRING(0x01, struct dms_string_rsp, value, REST, MAND),
 *   )
 *   QMI_MESSAGE(slqs_dms_get_model, DMS_MSG_GET_MODEL, 0x0022, "Get Model",
 *               QMI_RSP(dms_string_rsp))
 *
 * QMI_STRUCT_TYPE(tag, members): `struct tag { members };`, plain C.
 * QMI_ELEMS(tag, rows): the element table of struct tag, named tag (a row
 *   nesting it names `tag_ei`); every row ends with a comma (QMI_END is
 *   added).
 * QMI_ELEMS_OF(tag, table, rows): another table over struct tag (e.g. an
 *   indication that numbers the response's fields differently).
 * QMI_MESSAGE(object, ID_NAME, id, "Name", directions...): the message;
 *   QMI_REQ(table), QMI_RSP(table), QMI_IND(table) give the tables of the
 *   directions that carry TLVs (a direction left out has none).
 *
 * Why macros and not a generator: no build step or tool to run (cross
 * builds stay plain make + cc), compiler errors point into the .def file,
 * and the structs and codec rows are the same C an editor and grep see.
 */
#ifndef SLQS_CORE_MSGDEF_H
#define SLQS_CORE_MSGDEF_H

#include <stddef.h>
#include <stdint.h>

#include "core/codec.h"

#define QMI__CAT2(a, b) a##b
#define QMI__CAT(a, b) QMI__CAT2(a, b)
/* The macro `name` means in the current mode: name_DECLARE, name_DEFINE or name_LIST. */
#define QMI__IN_MODE(name) QMI__CAT(name, QMI_MSGDEF_MODE)

#define QMI_STRUCT_TYPE(tag, ...) QMI__IN_MODE(QMI__STRUCT_TYPE_)(tag, __VA_ARGS__)
#define QMI_ELEMS(tag, ...) QMI_ELEMS_OF(tag, tag, __VA_ARGS__)
#define QMI_ELEMS_OF(tag, table, ...) QMI__IN_MODE(QMI__ELEMS_OF_)(tag, table, __VA_ARGS__)
/* "Name" travels in the variadic part, so a message without TLVs needs no empty argument. */
#define QMI_MESSAGE(object, id_name, id_value, ...) \
	QMI__IN_MODE(QMI__MESSAGE_)(object, id_name, id_value, __VA_ARGS__)

/* The table of a direction and the size of its struct (DEFINE mode only). */
#define QMI_REQ(table) .req = table##_ei, .req_size = (uint16_t)sizeof(table##_ei_type)
#define QMI_RSP(table) .rsp = table##_ei, .rsp_size = (uint16_t)sizeof(table##_ei_type)
#define QMI_IND(table) .ind = table##_ei, .ind_size = (uint16_t)sizeof(table##_ei_type)

/* DECLARE */
#define QMI__STRUCT_TYPE_DECLARE(tag, ...) struct tag { __VA_ARGS__ };
#define QMI__ELEMS_OF_DECLARE(tag, table, ...)
#define QMI__MESSAGE_DECLARE(object, id_name, id_value, ...) \
	enum { id_name = id_value }; extern const struct qmi_msg object;

/* DEFINE */
#define QMI__STRUCT_TYPE_DEFINE(tag, ...)
#define QMI__ELEMS_OF_DEFINE(tag, table, ...)                                  \
	typedef struct tag table##_ei_type;                                     \
	static const struct qmi_elem table##_ei[] = { __VA_ARGS__ QMI_END };
#define QMI__MESSAGE_DEFINE(object, id_name, id_value, ...)                           \
	const struct qmi_msg object = { .service = QMI_MSGDEF_SERVICE, .id = id_name, \
					.name = __VA_ARGS__ };

/* LIST */
#define QMI__STRUCT_TYPE_LIST(tag, ...)
#define QMI__ELEMS_OF_LIST(tag, table, ...)
#define QMI__MESSAGE_LIST(object, id_name, id_value, ...) &object,

#endif
