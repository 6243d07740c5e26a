/* sysfs discovery on a fake tree laid out (and linked) like the real one. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "core/discover.h"
#include "tests/unit/fake_tree.h"

static const char *root;

#define USB1 "devices/pci0000:00/0000:00:14.0/usb1"

/*
 * A qmi_wwan modem (1-1, interface 8, cdc-wdm0, wwan0), a GobiNet one
 * (1-2, interface 8, qcqmi0, usb0) and a third USB device whose sysfs
 * says little.
 */
static int make_tree(void **state)
{
	(void)state;
	root = tree_make("test_discover");

	tree_mkdirs("bus/usb/drivers/qmi_wwan");
	tree_mkdirs("bus/usb/drivers/GobiNet");
	tree_mkdirs("class/usbmisc");
	tree_mkdirs("class/QCQMI");

	tree_mkdirs(USB1 "/1-1/1-1:1.8/usbmisc/cdc-wdm0");
	tree_mkdirs(USB1 "/1-1/1-1:1.8/net/wwan0");
	tree_put(USB1 "/1-1/idVendor", "1199\n");
	tree_put(USB1 "/1-1/idProduct", "9071\n");
	tree_put(USB1 "/1-1/serial", "LQ1234567890123456\n");
	tree_put(USB1 "/1-1/1-1:1.8/bInterfaceNumber", "08\n");
	tree_link("../../../../../../bus/usb/drivers/qmi_wwan", USB1 "/1-1/1-1:1.8/driver");
	tree_link("../../../1-1:1.8", USB1 "/1-1/1-1:1.8/usbmisc/cdc-wdm0/device");
	tree_link("../../" USB1 "/1-1/1-1:1.8/usbmisc/cdc-wdm0", "class/usbmisc/cdc-wdm0");

	tree_mkdirs(USB1 "/1-2/1-2:1.8/GobiQMI/qcqmi0");
	tree_mkdirs(USB1 "/1-2/1-2:1.8/net/usb0");
	tree_put(USB1 "/1-2/idVendor", "1199\n");
	tree_put(USB1 "/1-2/idProduct", "9041\n");
	tree_put(USB1 "/1-2/1-2:1.8/bInterfaceNumber", "08\n");
	tree_link("../../../../../../bus/usb/drivers/GobiNet", USB1 "/1-2/1-2:1.8/driver");
	tree_link("../../../1-2:1.8", USB1 "/1-2/1-2:1.8/GobiQMI/qcqmi0/device");
	tree_link("../../" USB1 "/1-2/1-2:1.8/GobiQMI/qcqmi0", "class/QCQMI/qcqmi0");

	/* A device with no driver bound, no serial, garbage in idVendor; its
	 * nodes appear in incomplete_entries_and_order. */
	tree_mkdirs(USB1 "/1-3/1-3:1.2/usbmisc");
	tree_put(USB1 "/1-3/idVendor", "zz\n");
	tree_put(USB1 "/1-3/idProduct", "0125\n");
	return 0;
}

static void finds_both_stacks(void **state)
{
	struct slqs_found f[8];
	int n;

	(void)state;
	n = slqs_discover(root, "/dev", f, 8);
	assert_int_equal(n, 2);

	assert_string_equal(f[0].node, "/dev/cdc-wdm0");
	assert_string_equal(f[0].name, "cdc-wdm0");
	assert_string_equal(f[0].driver, "qmi_wwan");
	assert_int_equal(f[0].kind, SLQS_TR_QMUX);
	assert_int_equal(f[0].vid, 0x1199);
	assert_int_equal(f[0].pid, 0x9071);
	assert_int_equal(f[0].usb_if, 8);
	assert_string_equal(f[0].serial, "LQ1234567890123456");
	assert_string_equal(f[0].ifname, "wwan0");
	assert_string_equal(f[0].usb_path, "1-1");

	assert_string_equal(f[1].node, "/dev/qcqmi0");
	assert_string_equal(f[1].driver, "GobiNet");
	assert_int_equal(f[1].kind, SLQS_TR_QCQMI);
	assert_int_equal(f[1].pid, 0x9041);
	assert_string_equal(f[1].serial, "");
	assert_string_equal(f[1].ifname, "usb0");
}

static void incomplete_entries_and_order(void **state)
{
	struct slqs_found f[8];
	int n;

	(void)state;
	/* cdc-wdm2 and cdc-wdm10: numbers sort as numbers; unknown stays unknown. */
	tree_mkdirs(USB1 "/1-3/1-3:1.2/usbmisc/cdc-wdm10");
	tree_link("../../../1-3:1.2", USB1 "/1-3/1-3:1.2/usbmisc/cdc-wdm10/device");
	tree_link("../../" USB1 "/1-3/1-3:1.2/usbmisc/cdc-wdm10", "class/usbmisc/cdc-wdm10");
	tree_mkdirs(USB1 "/1-3/1-3:1.2/usbmisc/cdc-wdm2");
	tree_link("../../../1-3:1.2", USB1 "/1-3/1-3:1.2/usbmisc/cdc-wdm2/device");
	tree_link("../../" USB1 "/1-3/1-3:1.2/usbmisc/cdc-wdm2", "class/usbmisc/cdc-wdm2");
	tree_mkdirs("class/usbmisc/hiddev0");	/* not a QMI node */

	n = slqs_discover(root, "/tmp/devroot", f, 8);
	assert_int_equal(n, 4);
	assert_string_equal(f[0].name, "cdc-wdm0");
	assert_string_equal(f[1].name, "cdc-wdm2");
	assert_string_equal(f[2].name, "cdc-wdm10");
	assert_string_equal(f[3].name, "qcqmi0");
	assert_string_equal(f[1].node, "/tmp/devroot/cdc-wdm2");
	assert_string_equal(f[1].driver, "");
	assert_int_equal(f[1].kind, SLQS_TR_QMUX);
	assert_int_equal(f[1].vid, 0);	/* "zz" is not a number */
	assert_int_equal(f[1].pid, 0x0125);
	assert_int_equal(f[1].usb_if, -1);
	assert_string_equal(f[1].ifname, "");

	/* Room for fewer: the first ones, and no overrun. */
	memset(f, 0x55, sizeof(f));
	assert_int_equal(slqs_discover(root, NULL, f, 1), 1);
	assert_string_equal(f[0].node, "/dev/cdc-wdm0");
	assert_int_equal(((unsigned char *)&f[1])[0], 0x55);
}

static void roots_from_environment(void **state)
{
	struct slqs_found f[8];

	(void)state;
	setenv(SLQS_SYSFS_ROOT_ENV, root, 1);
	setenv(SLQS_DEV_ROOT_ENV, "/run/x", 1);
	assert_string_equal(slqs_sysfs_root(NULL), root);
	assert_string_equal(slqs_sysfs_root("/other"), "/other");
	assert_true(slqs_discover(NULL, NULL, f, 8) >= 2);
	assert_string_equal(f[0].node, "/run/x/cdc-wdm0");
	unsetenv(SLQS_SYSFS_ROOT_ENV);
	unsetenv(SLQS_DEV_ROOT_ENV);
	assert_string_equal(slqs_sysfs_root(NULL), "/sys");
	assert_string_equal(slqs_dev_root(""), "/dev");
}

static void empty_or_missing_tree(void **state)
{
	struct slqs_found f[2];

	(void)state;
	assert_int_equal(slqs_discover("/nonexistent-sysfs", NULL, f, 2), 0);
	assert_int_equal(slqs_discover(root, NULL, f, 0), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(finds_both_stacks),
		cmocka_unit_test(incomplete_entries_and_order),
		cmocka_unit_test(roots_from_environment),
		cmocka_unit_test(empty_or_missing_tree),
	};

	return cmocka_run_group_tests(tests, make_tree, tree_remove);
}
