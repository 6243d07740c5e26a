/*
 * Raw-IP alignment (pkgs/wda): the interface of a control node and its
 * qmi/raw_ip switch on a fake sysfs tree laid out like the real one, the
 * alignment both ways over a fake modem (restoring the host when the
 * modem does not follow), the refusal while the interface is up, the
 * take-down-and-up path in a network namespace of the test's own; and
 * qmisim recording what the host asked for (`wda status`).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE	/* unshare */
#endif
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "api/qmerrno.h"
#include "api/wda/inc/qaGobiApiWda.h"
#include "pkgs/wda/wda_api.h"
#include "pkgs/wda/wda_msg.h"
#include "tests/unit/fake_tree.h"
#include "tests/unit/sim_fixture.h"

static const char *root;

#define USB1 "devices/usb1"
#define WDM_IF USB1 "/1-1/1-1:1.8"
#define QCQMI_IF USB1 "/1-2/1-2:1.8"

/* A netdev under an interface dir, linked from class/net like the real one. */
static void netdev(const char *usb_if, const char *name, const char *raw_ip)
{
	char rel[256], target[256];

	snprintf(rel, sizeof rel, "%s/net/%s", usb_if, name);
	tree_mkdirs(rel);
	snprintf(rel, sizeof rel, "%s/net/%s/device", usb_if, name);
	tree_link("../..", rel);
	if (raw_ip) {
		snprintf(rel, sizeof rel, "%s/net/%s/qmi", usb_if, name);
		tree_mkdirs(rel);
		snprintf(rel, sizeof rel, "%s/net/%s/qmi/raw_ip", usb_if, name);
		tree_put(rel, raw_ip);
	}
	snprintf(target, sizeof target, "../../%s/net/%s", usb_if, name);
	snprintf(rel, sizeof rel, "class/net/%s", name);
	tree_link(target, rel);
}

/*
 * qmi_wwan (cdc-wdm0, wwan0, raw_ip N), GobiNet (qcqmi0, usb0, no switch),
 * a qmi_wwan without the switch (cdc-wdm1, wwan1: Linux < 4.5), and a
 * switch named `lo` for the tests that need a real interface.
 */
static int make_tree(void **state)
{
	(void)state;
	root = tree_make("test_wda_api");
	tree_mkdirs("bus/usb/drivers/qmi_wwan");
	tree_mkdirs("bus/usb/drivers/GobiNet");
	tree_mkdirs("class/usbmisc");
	tree_mkdirs("class/QCQMI");
	tree_mkdirs("class/net");

	tree_mkdirs(WDM_IF "/usbmisc/cdc-wdm0");
	tree_link("../../../../bus/usb/drivers/qmi_wwan", WDM_IF "/driver");
	tree_link("../../../1-1:1.8", WDM_IF "/usbmisc/cdc-wdm0/device");
	tree_link("../../" WDM_IF "/usbmisc/cdc-wdm0", "class/usbmisc/cdc-wdm0");
	netdev(WDM_IF, "wwan0", "N\n");

	tree_mkdirs(QCQMI_IF "/GobiQMI/qcqmi0");
	tree_link("../../../../bus/usb/drivers/GobiNet", QCQMI_IF "/driver");
	tree_link("../../../1-2:1.8", QCQMI_IF "/GobiQMI/qcqmi0/device");
	tree_link("../../" QCQMI_IF "/GobiQMI/qcqmi0", "class/QCQMI/qcqmi0");
	netdev(QCQMI_IF, "usb0", NULL);

	tree_mkdirs(USB1 "/1-3/1-3:1.8/usbmisc/cdc-wdm1");
	tree_link("../../../../bus/usb/drivers/qmi_wwan", USB1 "/1-3/1-3:1.8/driver");
	tree_link("../../../1-3:1.8", USB1 "/1-3/1-3:1.8/usbmisc/cdc-wdm1/device");
	tree_link("../../" USB1 "/1-3/1-3:1.8/usbmisc/cdc-wdm1", "class/usbmisc/cdc-wdm1");
	netdev(USB1 "/1-3/1-3:1.8", "wwan1", NULL);

	netdev(USB1 "/1-4/1-4:1.8", "lo", "N\n");
	return 0;
}

/* ---- the interface of a node ----------------------------------------------------- */

static void netif_of_node(void **state)
{
	char name[16];
	ULONG driver = 99;

	(void)state;
	assert_int_equal(slqs_wda_netif_of_node(root, "/dev/cdc-wdm0", name, sizeof name, &driver),
			 eQCWWAN_ERR_NONE);
	assert_string_equal(name, "wwan0");
	assert_int_equal(driver, SLQS_NETIF_DRIVER_QMI_WWAN);
	/* The node's directory does not matter (simulators, other /dev roots). */
	assert_int_equal(slqs_wda_netif_of_node(root, "/tmp/x/dev/qcqmi0", name, sizeof name,
						&driver), eQCWWAN_ERR_NONE);
	assert_string_equal(name, "usb0");
	assert_int_equal(driver, SLQS_NETIF_DRIVER_GOBINET);
	assert_int_equal(slqs_wda_netif_of_node(root, "/dev/cdc-wdm7", name, sizeof name, &driver),
			 eQCWWAN_ERR_SWIWDA_NO_NETIF);
	assert_int_equal(slqs_wda_netif_of_node(root, "/tmp/qmi.sock", name, sizeof name, &driver),
			 eQCWWAN_ERR_SWIWDA_NO_NETIF);
	assert_int_equal(slqs_wda_netif_of_node(root, "/dev/cdc-wdm0", name, 5, &driver),
			 eQCWWAN_ERR_BUFFER_SZ);

	assert_int_equal(slqs_wda_netif_driver(root, "wwan0"), SLQS_NETIF_DRIVER_QMI_WWAN);
	assert_int_equal(slqs_wda_netif_driver(root, "usb0"), SLQS_NETIF_DRIVER_GOBINET);
	assert_int_equal(slqs_wda_netif_driver(root, "eth9"), SLQS_NETIF_DRIVER_UNKNOWN);
}

/* ---- the raw_ip switch --------------------------------------------------------------- */

static void raw_ip_switch(void **state)
{
	BYTE v;

	(void)state;
	tree_put(WDM_IF "/net/wwan0/qmi/raw_ip", "N\n");
	assert_int_equal(slqs_wda_raw_ip_read(root, "wwan0", &v), eQCWWAN_ERR_NONE);
	assert_int_equal(v, 0);
	assert_int_equal(slqs_wda_raw_ip_write(root, "wwan0", 1), eQCWWAN_ERR_NONE);
	assert_string_equal(tree_get(WDM_IF "/net/wwan0/qmi/raw_ip"), "Y");
	assert_int_equal(slqs_wda_raw_ip_read(root, "wwan0", &v), eQCWWAN_ERR_NONE);
	assert_int_equal(v, 1);

	assert_int_equal(slqs_wda_raw_ip_read(root, "usb0", &v),
			 eQCWWAN_ERR_SWIWDA_NO_RAWIP_SWITCH);
	assert_int_equal(v, SLQS_RAWIP_HOST_NONE);
	assert_int_equal(slqs_wda_raw_ip_read(root, "nosuch", &v),
			 eQCWWAN_ERR_SWIWDA_NO_RAWIP_SWITCH);

	tree_put(WDM_IF "/net/wwan0/qmi/raw_ip", "maybe\n");
	assert_int_equal(slqs_wda_raw_ip_read(root, "wwan0", &v), eQCWWAN_ERR_SWIDCS_FILEIO_ERR);
	tree_put(WDM_IF "/net/wwan0/qmi/raw_ip", "");
	assert_int_equal(slqs_wda_raw_ip_read(root, "wwan0", &v), eQCWWAN_ERR_SWIDCS_FILEIO_ERR);
	tree_put(WDM_IF "/net/wwan0/qmi/raw_ip", "N\n");

	/* The kernel's refusal on a running interface is EBUSY; anything else is I/O. */
	assert_int_equal(slqs_wda_write_error(EBUSY), eQCWWAN_ERR_SWIWDA_IFACE_UP);
	assert_int_equal(slqs_wda_write_error(EACCES), eQCWWAN_ERR_SWIDCS_FILEIO_ERR);
	assert_int_equal(slqs_wda_write_error(EINVAL), eQCWWAN_ERR_SWIDCS_FILEIO_ERR);
}

/* ---- alignment over a fake modem ---------------------------------------------------- */

struct fake_modem {
	ULONG link;		/* the modem's link layer */
	int raw_ip;		/* whether it supports raw-IP */
	ULONG set_rc;		/* what Set Data Format returns */
	unsigned sets;		/* Set Data Format requests */
	ULONG asked;		/* the last link layer asked for */
	int lo_up_at_set;	/* `lo` was up when the modem was set */
};

static ULONG fake_get(void *ctx, ULONG *link)
{
	*link = ((struct fake_modem *)ctx)->link;
	return eQCWWAN_ERR_NONE;
}

static ULONG fake_set(void *ctx, ULONG want, ULONG *granted)
{
	struct fake_modem *m = ctx;

	m->sets++;
	m->asked = want;
	m->lo_up_at_set = slqs_wda_iface_is_up("lo");
	if (m->set_rc)
		return m->set_rc;
	m->link = m->raw_ip || want != SLQS_WDA_LINK_LAYER_RAW_IP ? want
								   : SLQS_WDA_LINK_LAYER_802_3;
	*granted = m->link;
	return eQCWWAN_ERR_NONE;
}

static ULONG align(struct fake_modem *m, ULONG link, ULONG flags, const char *ifname,
		   ULONG driver, slqsRawIpAlignment *res)
{
	const struct slqs_wda_modem modem = { fake_get, fake_set, m };

	return slqs_wda_align(root, link, flags, ifname, driver, &modem, res);
}

#define RAW SLQS_WDA_LINK_LAYER_RAW_IP
#define ETH SLQS_WDA_LINK_LAYER_802_3
#define QMI_WWAN SLQS_NETIF_DRIVER_QMI_WWAN

static void align_both_ways(void **state)
{
	struct fake_modem m = { .link = ETH, .raw_ip = 1 };
	slqsRawIpAlignment r;

	(void)state;
	tree_put(WDM_IF "/net/wwan0/qmi/raw_ip", "N\n");
	/* 802.3 -> raw-IP. */
	assert_int_equal(align(&m, RAW, 0, "wwan0", QMI_WWAN, &r), eQCWWAN_ERR_NONE);
	assert_string_equal(tree_get(WDM_IF "/net/wwan0/qmi/raw_ip"), "Y");
	assert_int_equal(m.link, RAW);
	assert_string_equal(r.ifName, "wwan0");
	assert_int_equal(r.driver, QMI_WWAN);
	assert_int_equal(r.oldLinkProtocol, ETH);
	assert_int_equal(r.newLinkProtocol, RAW);
	assert_int_equal(r.oldHostRawIp, 0);
	assert_int_equal(r.newHostRawIp, 1);
	assert_int_equal(r.ifaceCycled, 0);
	/* raw-IP -> 802.3. */
	assert_int_equal(align(&m, ETH, 0, "wwan0", QMI_WWAN, &r), eQCWWAN_ERR_NONE);
	assert_string_equal(tree_get(WDM_IF "/net/wwan0/qmi/raw_ip"), "N");
	assert_int_equal(m.link, ETH);
	assert_int_equal(r.oldLinkProtocol, RAW);
	assert_int_equal(r.newLinkProtocol, ETH);
	assert_int_equal(r.oldHostRawIp, 1);
	assert_int_equal(r.newHostRawIp, 0);
	/* Already agreeing: the host is left alone, the modem asked again (aggregation off). */
	assert_int_equal(align(&m, ETH, 0, "wwan0", QMI_WWAN, &r), eQCWWAN_ERR_NONE);
	assert_int_equal(r.oldHostRawIp, 0);
	assert_int_equal(r.newHostRawIp, 0);
	assert_int_equal(m.sets, 3);
}

static void align_modem_only(void **state)
{
	struct fake_modem m = { .link = ETH, .raw_ip = 1 };
	slqsRawIpAlignment r;

	(void)state;
	tree_put(WDM_IF "/net/wwan0/qmi/raw_ip", "N\n");
	/* GobiNet: the modem alone. */
	assert_int_equal(align(&m, RAW, 0, "usb0", SLQS_NETIF_DRIVER_GOBINET, &r),
			 eQCWWAN_ERR_NONE);
	assert_int_equal(r.newLinkProtocol, RAW);
	assert_int_equal(r.oldHostRawIp, SLQS_RAWIP_HOST_NONE);
	assert_int_equal(r.newHostRawIp, SLQS_RAWIP_HOST_NONE);
	/* Asked to leave the host alone. */
	assert_int_equal(align(&m, ETH, SLQS_RAWIP_MODEM_ONLY, "wwan0", QMI_WWAN, &r),
			 eQCWWAN_ERR_NONE);
	assert_string_equal(tree_get(WDM_IF "/net/wwan0/qmi/raw_ip"), "N");
	assert_int_equal(r.newHostRawIp, SLQS_RAWIP_HOST_NONE);
	assert_int_equal(m.link, ETH);
	/* qmi_wwan without the switch: 802.3 is fine, raw-IP is not (modem untouched). */
	assert_int_equal(align(&m, ETH, 0, "wwan1", QMI_WWAN, &r), eQCWWAN_ERR_NONE);
	m.sets = 0;
	assert_int_equal(align(&m, RAW, 0, "wwan1", QMI_WWAN, &r),
			 eQCWWAN_ERR_SWIWDA_NO_RAWIP_SWITCH);
	assert_int_equal(m.sets, 0);
	assert_int_equal(m.link, ETH);
}

static void align_modem_does_not_follow(void **state)
{
	struct fake_modem m = { .link = ETH, .raw_ip = 0 };
	slqsRawIpAlignment r;

	(void)state;
	tree_put(WDM_IF "/net/wwan0/qmi/raw_ip", "N\n");
	/* No raw-IP in the modem: it stays on 802.3, and so does the host. */
	assert_int_equal(align(&m, RAW, 0, "wwan0", QMI_WWAN, &r),
			 eQCWWAN_ERR_SWIWDA_NOT_GRANTED);
	assert_string_equal(tree_get(WDM_IF "/net/wwan0/qmi/raw_ip"), "N");
	assert_int_equal(r.newLinkProtocol, ETH);
	assert_int_equal(r.oldHostRawIp, 0);
	assert_int_equal(r.newHostRawIp, 0);
	/* A QMI error: the same, with the modem's code. */
	m.raw_ip = 1;
	m.set_rc = eQCWWAN_ERR_QMI_OFFSET + 48;
	assert_int_equal(align(&m, RAW, 0, "wwan0", QMI_WWAN, &r), 1048);
	assert_string_equal(tree_get(WDM_IF "/net/wwan0/qmi/raw_ip"), "N");
	assert_int_equal(r.newLinkProtocol, ETH);
	assert_int_equal(r.newHostRawIp, 0);
}

/* A raw_ip that cannot be read nor written (a directory): nothing changes. */
static void align_unusable_switch(void **state)
{
	struct fake_modem m = { .link = ETH, .raw_ip = 1 };
	slqsRawIpAlignment r;
	char path[512];

	(void)state;
	snprintf(path, sizeof path, "%s/%s", root, WDM_IF "/net/wwan0/qmi/raw_ip");
	assert_int_equal(unlink(path), 0);
	assert_int_equal(mkdir(path, 0755), 0);
	assert_int_equal(align(&m, RAW, 0, "wwan0", QMI_WWAN, &r), eQCWWAN_ERR_SWIDCS_FILEIO_ERR);
	assert_int_equal(m.sets, 0);
	assert_int_equal(m.link, ETH);
	assert_int_equal(slqs_wda_raw_ip_write(root, "wwan0", 1), eQCWWAN_ERR_SWIDCS_FILEIO_ERR);
	assert_int_equal(rmdir(path), 0);
	tree_put(WDM_IF "/net/wwan0/qmi/raw_ip", "N\n");
}

/*
 * The kernel refuses raw_ip changes on a running interface: with `lo` (up
 * in any working namespace; only its flags are read) nothing is written
 * and the modem is not asked.
 */
static void align_refused_while_up(void **state)
{
	struct fake_modem m = { .link = ETH, .raw_ip = 1 };
	slqsRawIpAlignment r;

	(void)state;
	if (!slqs_wda_iface_is_up("lo"))
		skip();	/* a namespace whose lo is down: nothing up to refuse with */
	tree_put(USB1 "/1-4/1-4:1.8/net/lo/qmi/raw_ip", "N\n");
	assert_int_equal(align(&m, RAW, 0, "lo", QMI_WWAN, &r), eQCWWAN_ERR_SWIWDA_IFACE_UP);
	assert_string_equal(tree_get(USB1 "/1-4/1-4:1.8/net/lo/qmi/raw_ip"), "N");
	assert_int_equal(m.sets, 0);
	assert_int_equal(m.link, ETH);
	assert_int_equal(r.oldHostRawIp, 0);
	assert_int_equal(r.newHostRawIp, 0);
	assert_int_equal(r.ifaceCycled, 0);
	assert_int_equal(slqs_wda_iface_is_up("lo"), 1);
	/* Nothing to change at the host: no refusal, the modem alone is set. */
	assert_int_equal(align(&m, ETH, 0, "lo", QMI_WWAN, &r), eQCWWAN_ERR_NONE);
	assert_int_equal(m.sets, 1);
}

/* ---- take down and up: in a network namespace of our own -------------------------------- */

#define CHILD_SKIP 77

/* The child's checks: 0 when all hold, else the line that failed. */
#define CHECK(cond)                                                             \
	do {                                                                    \
		if (!(cond)) {                                                  \
			fprintf(stderr, "cycle: line %d: %s\n", __LINE__, #cond); \
			return __LINE__;                                        \
		}                                                               \
	} while (0)

static int cycle_in_namespace(void)
{
	struct fake_modem m = { .link = ETH, .raw_ip = 1 };
	slqsRawIpAlignment r;

	if (unshare(CLONE_NEWNET) < 0 && unshare(CLONE_NEWUSER | CLONE_NEWNET) < 0)
		return CHILD_SKIP;
	/* A new namespace's lo is down: bring it up, as a running wwan0 would be. */
	if (slqs_wda_iface_set_up("lo", 1) != eQCWWAN_ERR_NONE)
		return CHILD_SKIP;
	CHECK(slqs_wda_iface_is_up("lo") == 1);
	tree_put(USB1 "/1-4/1-4:1.8/net/lo/qmi/raw_ip", "N\n");
	CHECK(align(&m, RAW, SLQS_RAWIP_CYCLE_IFACE, "lo", QMI_WWAN, &r) == eQCWWAN_ERR_NONE);
	CHECK(!strcmp(tree_get(USB1 "/1-4/1-4:1.8/net/lo/qmi/raw_ip"), "Y"));
	CHECK(r.ifaceCycled == 1 && r.oldHostRawIp == 0 && r.newHostRawIp == 1);
	CHECK(r.newLinkProtocol == RAW && m.sets == 1);
	CHECK(m.lo_up_at_set == 0);			/* down while switching */
	CHECK(slqs_wda_iface_is_up("lo") == 1);		/* and up again */
	/* And back, the same way. */
	CHECK(align(&m, ETH, SLQS_RAWIP_CYCLE_IFACE, "lo", QMI_WWAN, &r) == eQCWWAN_ERR_NONE);
	CHECK(!strcmp(tree_get(USB1 "/1-4/1-4:1.8/net/lo/qmi/raw_ip"), "N"));
	CHECK(r.ifaceCycled == 1 && m.link == ETH && slqs_wda_iface_is_up("lo") == 1);
	/* Already agreeing: no cycle. */
	CHECK(align(&m, ETH, SLQS_RAWIP_CYCLE_IFACE, "lo", QMI_WWAN, &r) == eQCWWAN_ERR_NONE);
	CHECK(r.ifaceCycled == 0);
	/* The modem refuses: the switch goes back, the interface comes up anyway. */
	m.set_rc = eQCWWAN_ERR_QMI_OFFSET + 3;
	CHECK(align(&m, RAW, SLQS_RAWIP_CYCLE_IFACE, "lo", QMI_WWAN, &r) == 1003);
	CHECK(!strcmp(tree_get(USB1 "/1-4/1-4:1.8/net/lo/qmi/raw_ip"), "N"));
	CHECK(r.ifaceCycled == 1 && r.newHostRawIp == 0 && slqs_wda_iface_is_up("lo") == 1);
	return 0;
}

static void align_cycles_interface(void **state)
{
	int status;
	pid_t pid;

	(void)state;
	fflush(NULL);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0)
		_exit(cycle_in_namespace());
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	if (WEXITSTATUS(status) == CHILD_SKIP)
		skip();	/* no network namespace can be made here (no privilege) */
	assert_int_equal(WEXITSTATUS(status), 0);
}

/* A name no interface has goes nowhere near sysfs or the modem. */
static void align_refuses_bad_names(void **state)
{
	CHAR up[] = "..", slash[] = "../etc", long_name[] = "wwan_with_a_long_name";
	slqsRawIpAlignment res;

	(void)state;
	assert_int_equal(SLQSSetRawIpAlignment(SLQS_WDA_LINK_LAYER_RAW_IP, 0, up, &res),
			 eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSSetRawIpAlignment(SLQS_WDA_LINK_LAYER_RAW_IP, 0, slash, &res),
			 eQCWWAN_ERR_INVALID_ARG);
	assert_int_equal(SLQSSetRawIpAlignment(SLQS_WDA_LINK_LAYER_RAW_IP, 0, long_name, &res),
			 eQCWWAN_ERR_INVALID_ARG);
}

/* ---- qmisim records what the host asked ------------------------------------------------ */

static void sim_records_request(void **state)
{
	struct fx *h = fx_new(NULL, NULL);
	struct wda_set_data_format_req sq = { .has_link_layer = 1,
					      .link_layer = WDA_LINK_LAYER_RAW_IP,
					      .has_ul_protocol = 1, .ul_protocol = 0,
					      .has_dl_protocol = 1, .dl_protocol = 0 };
	struct wda_data_format f;
	uint8_t cid = fx_cid(h, QMI_SVC_WDA);

	(void)state;
	fx_control_ok(h, "wda status", "wda.sets=0 wda.asked=none");
	assert_int_equal(fx_request(h, &slqs_wda_set_data_format, cid, &sq, &f), 0);
	fx_control_ok(h, "wda status", "wda.link_layer=raw-ip");
	fx_control_ok(h, "wda status", "wda.sets=1 wda.asked=link_layer:raw-ip,ul:0,dl:0");
	/* A refused request is recorded too: it is what the host asked. */
	sq.link_layer = 7;
	sq.has_ul_protocol = sq.has_dl_protocol = 0;
	sq.has_dl_max_datagrams = 1;
	sq.dl_max_datagrams = 8;
	assert_int_equal(fx_request(h, &slqs_wda_set_data_format, cid, &sq, &f),
			 QMI_ERR_INVALID_ARGUMENT);
	fx_control_ok(h, "wda status", "wda.sets=2 wda.asked=link_layer:other,dl_max_datagrams:8");
	/* A reboot brings back the boot format, not the record. */
	fx_control_ok(h, "reset", NULL);
	fx_control_ok(h, "wda status", "wda.link_layer=802-3");
	fx_control_ok(h, "wda status", "wda.sets=2");
	fx_free(h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(netif_of_node),
		cmocka_unit_test(raw_ip_switch),
		cmocka_unit_test(align_both_ways),
		cmocka_unit_test(align_modem_only),
		cmocka_unit_test(align_modem_does_not_follow),
		cmocka_unit_test(align_unusable_switch),
		cmocka_unit_test(align_refused_while_up),
		cmocka_unit_test(align_cycles_interface),
		cmocka_unit_test(align_refuses_bad_names),
		cmocka_unit_test(sim_records_request),
	};

	return cmocka_run_group_tests(tests, make_tree, tree_remove);
}
