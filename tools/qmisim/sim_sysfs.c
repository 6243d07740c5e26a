/*
 * The fake sysfs tree of the simulated modems (see sim_sysfs.h), laid out
 * and linked like the kernel's for a qmi_wwan device:
 *
 *   bus/usb/drivers/qmi_wwan/
 *   devices/qmisim/usb1/1-N/                    idVendor idProduct manufacturer product
 *   devices/qmisim/usb1/1-N/1-N:1.8/            bInterfaceNumber, driver -> qmi_wwan
 *                       .../usbmisc/cdc-wdmI/   dev, device -> ../../../1-N:1.8
 *                       .../net/IF/             qmi/raw_ip, qmi/pass_through, device
 *   class/usbmisc/cdc-wdmI -> ../../devices/.../usbmisc/cdc-wdmI
 *   class/net/IF           -> ../../devices/.../net/IF
 *   DEV/cdc-wdmI           -> the pty
 *
 * (N = I + 1: modem I is the USB device 1-N.) Links are relative, so the
 * tree may be moved or seen from a container.
 */
#define _XOPEN_SOURCE 700	/* nftw */
#include "tools/qmisim/sim_sysfs.h"

#include <dirent.h>
#include <errno.h>
#include <ftw.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define USB_BUS     "devices/qmisim/usb1"
#define USB_IF      "1.8"		/* MC7455 QMI: configuration 1, interface 8 */
#define WDM_MAJOR   180			/* USB char devices ... */
#define WDM_MINOR   176			/* ... cdc-wdm from minor 176 on */
#define VENDOR      "1199"		/* Sierra Wireless */
#define PRODUCT     "9071"		/* MC7455 (QMI) */

/* Formats a path into buf; -1 if it does not fit. */
static int path_of(char *buf, size_t cap, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int path_of(char *buf, size_t cap, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, cap, fmt, ap);
	va_end(ap);
	return n < 0 || (size_t)n >= cap ? -1 : 0;
}

/* mkdir -p */
static int make_dirs(const char *path)
{
	char buf[PATH_MAX];

	if (path_of(buf, sizeof(buf), "%s", path))
		return -1;
	for (char *p = buf + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(buf, 0755) && errno != EEXIST)
			return -1;
		*p = '/';
	}
	return mkdir(buf, 0755) && errno != EEXIST ? -1 : 0;
}

static int put_file(const char *dir, const char *name, const char *text)
{
	char path[PATH_MAX];
	FILE *f;

	if (path_of(path, sizeof(path), "%s/%s", dir, name))
		return -1;
	f = fopen(path, "we");
	if (!f)
		return -1;
	fputs(text, f);
	return fclose(f);
}

/* A symlink at dir/name to target, replacing what is there. */
static int put_link(const char *target, const char *dir, const char *name)
{
	char path[PATH_MAX];

	if (path_of(path, sizeof(path), "%s/%s", dir, name))
		return -1;
	if (unlink(path) && errno != ENOENT)
		return -1;
	return symlink(target, path);
}

/* The paths of one modem. */
struct layout {
	char usb_name[16];		/* 1-N */
	char usb[PATH_MAX];		/* root/devices/.../1-N */
	char intf[PATH_MAX];		/* .../1-N:1.8 */
	char wdm_name[32];		/* cdc-wdmI */
	char intf_rel[64];		/* the interface seen from its children: ../../../1-N:1.8 */
};

static int layout_of(const struct sim_sysfs_dev *d, struct layout *l)
{
	return path_of(l->usb_name, sizeof(l->usb_name), "1-%u", d->index + 1) ||
	       path_of(l->wdm_name, sizeof(l->wdm_name), "cdc-wdm%u", d->index) ||
	       path_of(l->usb, sizeof(l->usb), "%s/" USB_BUS "/%s", d->root, l->usb_name) ||
	       path_of(l->intf, sizeof(l->intf), "%s/%s:" USB_IF, l->usb, l->usb_name) ||
	       path_of(l->intf_rel, sizeof(l->intf_rel), "../../../%s:" USB_IF, l->usb_name);
}

static int add_usb(const struct sim_sysfs_dev *d, const struct layout *l)
{
	char drv[PATH_MAX];

	if (path_of(drv, sizeof(drv), "%s/bus/usb/drivers/qmi_wwan", d->root) ||
	    make_dirs(drv) || make_dirs(l->intf) ||
	    put_file(l->usb, "idVendor", VENDOR "\n") ||
	    put_file(l->usb, "idProduct", PRODUCT "\n") ||
	    put_file(l->usb, "manufacturer", "Sierra Wireless, Incorporated\n") ||
	    put_file(l->usb, "product", "MC7455\n") ||
	    put_file(l->intf, "bInterfaceNumber", "08\n") ||
	    put_file(l->intf, "bInterfaceClass", "ff\n"))
		return -1;
	/* from devices/qmisim/usb1/1-N/1-N:1.8 up to the root: five levels */
	return put_link("../../../../../bus/usb/drivers/qmi_wwan", l->intf, "driver");
}

static int add_wdm(const struct sim_sysfs_dev *d, const struct layout *l)
{
	char dir[PATH_MAX], cls[PATH_MAX], target[PATH_MAX], dev[32];

	if (path_of(dir, sizeof(dir), "%s/usbmisc/%s", l->intf, l->wdm_name) ||
	    path_of(cls, sizeof(cls), "%s/class/usbmisc", d->root) ||
	    path_of(target, sizeof(target), "../../" USB_BUS "/%s/%s:" USB_IF "/usbmisc/%s",
		    l->usb_name, l->usb_name, l->wdm_name) ||
	    path_of(dev, sizeof(dev), "%d:%u\n", WDM_MAJOR, WDM_MINOR + d->index))
		return -1;
	/* usbmisc/cdc-wdmI/device: up to the interface (../../../1-N:1.8) */
	if (make_dirs(dir) || make_dirs(cls) || put_file(dir, "dev", dev) ||
	    put_link(l->intf_rel, dir, "device") || put_link(target, cls, l->wdm_name))
		return -1;
	return 0;
}

static int add_net(const struct sim_sysfs_dev *d, const struct layout *l)
{
	char dir[PATH_MAX], qmi[PATH_MAX], cls[PATH_MAX], target[PATH_MAX];

	if (path_of(dir, sizeof(dir), "%s/net/%s", l->intf, d->ifname) ||
	    path_of(qmi, sizeof(qmi), "%s/qmi", dir) ||
	    path_of(cls, sizeof(cls), "%s/class/net", d->root) ||
	    path_of(target, sizeof(target), "../../" USB_BUS "/%s/%s:" USB_IF "/net/%s",
		    l->usb_name, l->usb_name, d->ifname))
		return -1;
	if (make_dirs(qmi) || make_dirs(cls) ||
	    put_file(qmi, "raw_ip", "N\n") || put_file(qmi, "pass_through", "N\n") ||
	    put_file(dir, "uevent", "DEVTYPE=wwan\n") ||
	    put_link(l->intf_rel, dir, "device") || put_link(target, cls, d->ifname))
		return -1;
	return 0;
}

static int add_node(const struct sim_sysfs_dev *d, const struct layout *l)
{
	return make_dirs(d->dev_root) || put_link(d->pty, d->dev_root, l->wdm_name) ? -1 : 0;
}

int sim_sysfs_add(const struct sim_sysfs_dev *d, char *err, size_t errlen)
{
	struct layout l;

	sim_sysfs_remove(d);	/* an earlier run's, or the interface changed */
	errno = 0;		/* what fails below says why */
	if (layout_of(d, &l) || add_usb(d, &l) || add_wdm(d, &l) ||
	    (d->ifname && add_net(d, &l)) || add_node(d, &l)) {
		snprintf(err, errlen, "fake sysfs under %s: %s", d->root,
			 errno ? strerror(errno) : "path too long");
		return -1;
	}
	return 0;
}

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	if (flag == FTW_DP)
		rmdir(path);
	else
		unlink(path);
	return 0;
}

static void remove_link(const char *dir, const char *name)
{
	char path[PATH_MAX];

	if (!path_of(path, sizeof(path), "%s/%s", dir, name))
		unlink(path);
}

/* class/net links of every interface the device has (an earlier run's too). */
static void remove_net_links(const struct sim_sysfs_dev *d, const struct layout *l)
{
	char net[PATH_MAX], cls[PATH_MAX];
	struct dirent *e;
	DIR *dir;

	if (path_of(net, sizeof(net), "%s/net", l->intf) ||
	    path_of(cls, sizeof(cls), "%s/class/net", d->root))
		return;
	dir = opendir(net);
	if (!dir)
		return;
	while ((e = readdir(dir)) != NULL)
		if (e->d_name[0] != '.')
			remove_link(cls, e->d_name);
	closedir(dir);
}

void sim_sysfs_remove(const struct sim_sysfs_dev *d)
{
	char cls[PATH_MAX];
	struct layout l;

	if (layout_of(d, &l))
		return;
	/* the class links first: nobody finds a half-removed device */
	if (!path_of(cls, sizeof(cls), "%s/class/usbmisc", d->root))
		remove_link(cls, l.wdm_name);
	remove_net_links(d, &l);
	remove_link(d->dev_root, l.wdm_name);
	nftw(l.usb, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}
