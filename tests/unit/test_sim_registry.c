/*
 * Every request message of every service's registry (slqs_all_msgs) has a
 * simulator handler or a row, with its reason, in the list of messages the
 * simulator does not answer (tools/qmisim/sim_unanswered.c).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "core/codec.h"
#include "pkgs/all/all_msg.h"
#include "pkgs/dms/dms_msg.h"
#include "tools/qmisim/sim_internal.h"
#include "tools/qmisim/sim_services.h"

/* A message that only ever travels as an indication has nothing to answer. */
static int is_request(const struct qmi_msg *msg)
{
	return !(msg->ind && !msg->req && !msg->rsp);
}

static const struct sim_service *service_of(uint8_t id)
{
	if (id == QMI_SVC_CTL)
		return &sim_ctl_service;
	for (const struct sim_service *const *s = sim_services; *s; s++)
		if ((*s)->id == id)
			return *s;
	return NULL;
}

static int has_handler(const struct qmi_msg *msg)
{
	const struct sim_service *svc = service_of(msg->service);

	if (!svc || !svc->handlers)
		return 0;
	for (const struct sim_handler *h = svc->handlers; h->msg; h++)
		if (h->msg->service == msg->service && h->msg->id == msg->id)
			return 1;
	return 0;
}

static const struct sim_unanswered *unanswered_row(const struct sim_unanswered *list,
						   const struct qmi_msg *msg)
{
	for (; list->msg; list++)
		if (list->msg->service == msg->service && list->msg->id == msg->id)
			return list;
	return NULL;
}

/* Prints and counts the request messages of `registry` nobody accounts for. */
static int count_forgotten(const struct qmi_msg *const *const *registry,
			   const struct sim_unanswered *unanswered)
{
	int forgotten = 0;

	for (const struct qmi_msg *const *const *list = registry; *list; list++) {
		for (const struct qmi_msg *const *m = *list; *m; m++) {
			if (!is_request(*m) || has_handler(*m) || unanswered_row(unanswered, *m))
				continue;
			print_message("service 0x%02X message 0x%04X (%s): no simulator handler and "
				      "not in tools/qmisim/sim_unanswered.c\n",
				      (*m)->service, (*m)->id, (*m)->name);
			forgotten++;
		}
	}
	return forgotten;
}

static void every_request_is_answered_or_listed(void **state)
{
	(void)state;
	assert_int_equal(count_forgotten(slqs_all_msgs, sim_unanswered), 0);
}

static void every_unanswered_row_is_needed_and_explained(void **state)
{
	(void)state;
	for (const struct sim_unanswered *u = sim_unanswered; u->msg; u++) {
		if (has_handler(u->msg))
			fail_msg("%s has a handler: remove its row from sim_unanswered.c",
				 u->msg->name);
		if (slqs_msg_lookup(u->msg->service, u->msg->id) != u->msg)
			fail_msg("%s is in no registry", u->msg->name);
		if (!u->reason || strlen(u->reason) < 10)
			fail_msg("%s: say why the simulator does not answer it", u->msg->name);
	}
}

static void every_handler_is_a_registered_message(void **state)
{
	const struct sim_service *svc;

	(void)state;
	for (const struct sim_service *const *s = sim_services; *s; s++) {
		svc = *s;
		for (const struct sim_handler *h = svc->handlers; h && h->msg; h++) {
			if (h->msg->service != svc->id)
				fail_msg("%s handles %s of another service", svc->name, h->msg->name);
			if (slqs_msg_lookup(h->msg->service, h->msg->id) != h->msg)
				fail_msg("%s: %s is in no registry", svc->name, h->msg->name);
		}
	}
}

/* A configured-value row stays inside the state block and the response. */
static void configured_value_rows_fit(void **state)
{
	int rows = 0;

	(void)state;
	for (const struct sim_service *const *s = sim_services; *s; s++) {
		for (const struct sim_handler *h = (*s)->handlers; h && h->msg; h++) {
			if (h->fn != sim_answer_string && h->fn != sim_answer_copy)
				continue;
			rows++;
			if (h->rsp_off + h->rsp_size > h->msg->rsp_size ||
			    h->state_off >= (*s)->state_size ||
			    (h->fn == sim_answer_copy &&
			     h->state_off + h->rsp_size > (*s)->state_size))
				fail_msg("%s: the row of %s reaches past its struct", (*s)->name,
					 h->msg->name);
		}
	}
	assert_true(rows >= 5);	/* the identity strings, capabilities, data format */
}

/* The check itself: a registry with a message nobody handles fails it, a row fixes it. */
static const struct qmi_msg new_message = {
	.name = "Unanswered Example", .service = QMI_SVC_DMS, .id = 0x7F00,
};
static const struct qmi_msg *const dms_plus_one[] = { &slqs_dms_get_model, &new_message, NULL };
static const struct qmi_msg *const *const registry_plus_one[] = { dms_plus_one, NULL };

static void the_check_catches_a_forgotten_message(void **state)
{
	static const struct sim_unanswered listed[] = {
		{ &new_message, "an example the simulator leaves out" },
		{ NULL, NULL }
	};

	(void)state;
	assert_int_equal(count_forgotten(registry_plus_one, sim_unanswered), 1);
	assert_int_equal(count_forgotten(registry_plus_one, listed), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_request_is_answered_or_listed),
		cmocka_unit_test(every_unanswered_row_is_needed_and_explained),
		cmocka_unit_test(every_handler_is_a_registered_message),
		cmocka_unit_test(configured_value_rows_fit),
		cmocka_unit_test(the_check_catches_a_forgotten_message),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
