/* Every message table of every service, checked against its C struct. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "core/codec.h"
#include "pkgs/all/all_msg.h"

static void every_table_matches_its_struct(void **state)
{
	int checked = 0;

	(void)state;
	for (const struct qmi_msg *const *const *list = slqs_all_msgs; *list; list++) {
		for (const struct qmi_msg *const *m = *list; *m; m++) {
			if (slqs_msg_check(*m) != 0)
				fail_msg("service 0x%02X message 0x%04X (%s): table does not match its struct",
					 (*m)->service, (*m)->id, (*m)->name);
			checked++;
		}
	}
	assert_true(checked > 50);
}

static void one_service_per_list_and_unique_ids(void **state)
{
	(void)state;
	for (const struct qmi_msg *const *const *list = slqs_all_msgs; *list; list++) {
		for (const struct qmi_msg *const *m = *list; *m; m++) {
			assert_int_equal((*m)->service, (*list)[0]->service);
			assert_non_null((*m)->name);
			for (const struct qmi_msg *const *n = m + 1; *n; n++)
				if ((*n)->id == (*m)->id)
					fail_msg("service 0x%02X lists message 0x%04X twice",
						 (*m)->service, (*m)->id);
		}
	}
}

static void lookup_by_service_and_id(void **state)
{
	(void)state;
	assert_string_equal(slqs_msg_name(0x00, 0x0022), "Allocate CID");
	assert_non_null(slqs_msg_lookup(0x02, 0x0022));	/* DMS Get Model */
	assert_null(slqs_msg_lookup(0x02, 0x7777));
	assert_null(slqs_msg_lookup(0x77, 0x0022));
	assert_null(slqs_msg_name(0x77, 0x0001));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_table_matches_its_struct),
		cmocka_unit_test(one_service_per_list_and_unique_ids),
		cmocka_unit_test(lookup_by_service_and_id),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
