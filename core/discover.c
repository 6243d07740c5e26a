/*
 * sysfs scan for QMI control nodes (see discover.h).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE	/* strverscmp */
#endif
#include "core/discover.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *env_or(const char *override, const char *env, const char *dflt)
{
	const char *v;

	if (override && *override)
		return override;
	v = getenv(env);
	return v && *v ? v : dflt;
}

const char *slqs_sysfs_root(const char *override)
{
	return env_or(override, SLQS_SYSFS_ROOT_ENV, "/sys");
}

const char *slqs_dev_root(const char *override)
{
	return env_or(override, SLQS_DEV_ROOT_ENV, "/dev");
}

/* Reads the first line of dir/name into out (trailing blanks cut); 0 or -1. */
static int read_attr(const char *dir, const char *name, char *out, size_t cap)
{
	char path[PATH_MAX];
	FILE *f;
	size_t n;

	if ((size_t)snprintf(path, sizeof(path), "%s/%s", dir, name) >= sizeof(path))
		return -1;
	f = fopen(path, "re");
	if (!f)
		return -1;
	if (!fgets(out, (int)cap, f)) {
		fclose(f);
		return -1;
	}
	fclose(f);
	n = strlen(out);
	while (n > 0 && (out[n - 1] == '\n' || out[n - 1] == ' ' || out[n - 1] == '\t'))
		out[--n] = '\0';
	return 0;
}

static long read_hex_attr(const char *dir, const char *name, long max)
{
	char buf[32], *end;
	long v;

	if (read_attr(dir, name, buf, sizeof(buf)) < 0 || !buf[0])
		return -1;
	errno = 0;
	v = strtol(buf, &end, 16);
	if (errno || *end || v < 0 || v > max)
		return -1;
	return v;
}

/* Copies src, cut to fit cap (sysfs names are short; never overflow). */
static void copy_str(char *dst, size_t cap, const char *src)
{
	size_t n = strnlen(src, cap - 1);

	memcpy(dst, src, n);
	dst[n] = '\0';
}

/* The basename of the target of link dir/name, or "" */
static void link_base(const char *dir, const char *name, char *out, size_t cap)
{
	char path[PATH_MAX], target[PATH_MAX];
	ssize_t n;
	const char *b;

	out[0] = '\0';
	if ((size_t)snprintf(path, sizeof(path), "%s/%s", dir, name) >= sizeof(path))
		return;
	n = readlink(path, target, sizeof(target) - 1);
	if (n <= 0)
		return;
	target[n] = '\0';
	b = strrchr(target, '/');
	copy_str(out, cap, b ? b + 1 : target);
}

/* The first network interface under ifdir/net, or "". */
static void find_netif(const char *ifdir, char *out, size_t cap)
{
	char path[PATH_MAX];
	struct dirent *e;
	DIR *d;

	out[0] = '\0';
	if ((size_t)snprintf(path, sizeof(path), "%s/net", ifdir) >= sizeof(path))
		return;
	d = opendir(path);
	if (!d)
		return;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		if (!out[0] || strverscmp(e->d_name, out) < 0)
			copy_str(out, cap, e->d_name);
	}
	closedir(d);
}

/* Fills what sysfs says about the class entry at entry_dir. */
static void describe(const char *entry_dir, struct slqs_found *f)
{
	char path[PATH_MAX], ifdir[PATH_MAX], usbdir[PATH_MAX];
	char *slash;
	long v;

	if ((size_t)snprintf(path, sizeof(path), "%s/device", entry_dir) >= sizeof(path) ||
	    !realpath(path, ifdir))
		return;
	link_base(ifdir, "driver", f->driver, sizeof(f->driver));
	v = read_hex_attr(ifdir, "bInterfaceNumber", 255);
	f->usb_if = (int)v;
	find_netif(ifdir, f->ifname, sizeof(f->ifname));

	copy_str(usbdir, sizeof(usbdir), ifdir);
	slash = strrchr(usbdir, '/');
	if (!slash || slash == usbdir)
		return;
	*slash = '\0';
	v = read_hex_attr(usbdir, "idVendor", 0xFFFF);
	f->vid = v < 0 ? 0 : (uint16_t)v;
	v = read_hex_attr(usbdir, "idProduct", 0xFFFF);
	f->pid = v < 0 ? 0 : (uint16_t)v;
	if (read_attr(usbdir, "serial", f->serial, sizeof(f->serial)) < 0)
		f->serial[0] = '\0';
	slash = strrchr(usbdir, '/');
	copy_str(f->usb_path, sizeof(f->usb_path), slash ? slash + 1 : usbdir);
}

static int by_name(const void *a, const void *b)
{
	return strverscmp(*(const char *const *)a, *(const char *const *)b);
}

/* The class's entries named prefix*, sorted by number; NULL-terminated, malloc'd. */
static char **list_class(const char *dir, const char *prefix)
{
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	DIR *d = opendir(dir);

	if (!d)
		return NULL;
	while ((e = readdir(d)) != NULL) {
		if (strncmp(e->d_name, prefix, strlen(prefix)) ||
		    strlen(e->d_name) >= sizeof(((struct slqs_found *)0)->name))
			continue;
		if (n + 1 >= cap) {
			size_t ncap = cap ? 2 * cap : 16;
			char **more = realloc(names, ncap * sizeof(*names));

			if (!more)
				break;
			names = more;
			cap = ncap;
		}
		names[n] = strdup(e->d_name);
		if (names[n])
			n++;
	}
	closedir(d);
	if (names) {
		qsort(names, n, sizeof(*names), by_name);
		names[n] = NULL;
	}
	return names;
}

/* Adds the class's entries to out (up to max); returns the new count. */
static size_t scan_class(const char *root, const char *dev_root, const char *class_dir,
			 const char *prefix, enum slqs_tr_kind kind, struct slqs_found *out,
			 size_t n, size_t max)
{
	char dir[PATH_MAX], entry[PATH_MAX];
	char **names;

	if ((size_t)snprintf(dir, sizeof(dir), "%s/%s", root, class_dir) >= sizeof(dir))
		return n;
	names = list_class(dir, prefix);
	if (!names)
		return n;
	for (char **name = names; *name; name++) {
		struct slqs_found *f = &out[n];

		if (n >= max ||
		    (size_t)snprintf(entry, sizeof(entry), "%s/%s", dir, *name) >= sizeof(entry))
			continue;
		memset(f, 0, sizeof(*f));
		f->usb_if = -1;
		f->kind = kind;
		copy_str(f->name, sizeof(f->name), *name);
		if ((size_t)snprintf(f->node, sizeof(f->node), "%s/%s", dev_root, *name) >=
		    sizeof(f->node))
			continue;
		describe(entry, f);
		/* The bound driver decides: GobiNet also registers cdc-wdm-like names. */
		if (!strcmp(f->driver, "GobiNet"))
			f->kind = SLQS_TR_QCQMI;
		n++;
	}
	for (char **name = names; *name; name++)
		free(*name);
	free(names);
	return n;
}

int slqs_discover(const char *sysfs_root, const char *dev_root, struct slqs_found *out,
		  size_t max)
{
	const char *root = slqs_sysfs_root(sysfs_root);
	const char *dev = slqs_dev_root(dev_root);
	size_t n = 0;

	n = scan_class(root, dev, "class/usbmisc", "cdc-wdm", SLQS_TR_QMUX, out, n, max);
	n = scan_class(root, dev, "class/QCQMI", "qcqmi", SLQS_TR_QCQMI, out, n, max);
	return (int)n;
}
