/*
 * The host side of raw-IP alignment: the qmi_wwan driver's
 * /sys/class/net/<if>/qmi/raw_ip switch (Y/N; the kernel refuses a change
 * while the interface runs, with EBUSY) and the interface's up/down state.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <net/if.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include "api/qmerrno.h"
#include "core/discover.h"
#include "core/log.h"
#include "pkgs/wda/wda_api.h"

static int raw_ip_path(const char *sysfs_root, const char *ifname, char *path, size_t cap)
{
	return (size_t)snprintf(path, cap, "%s/class/net/%s/qmi/raw_ip",
				slqs_sysfs_root(sysfs_root), ifname) < cap ? 0 : -1;
}

ULONG slqs_wda_raw_ip_read(const char *sysfs_root, const char *ifname, BYTE *value)
{
	char path[PATH_MAX], buf[8];
	ssize_t n;
	int fd;

	*value = SLQS_RAWIP_HOST_NONE;
	if (raw_ip_path(sysfs_root, ifname, path, sizeof path) < 0)
		return eQCWWAN_ERR_SWIWDA_NO_RAWIP_SWITCH;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		if (errno == ENOENT || errno == ENOTDIR)
			return eQCWWAN_ERR_SWIWDA_NO_RAWIP_SWITCH;
		log_warn("%s: %s", path, strerror(errno));
		return eQCWWAN_ERR_SWIDCS_FILEIO_ERR;
	}
	n = read(fd, buf, sizeof buf);
	if (n < 0)
		log_warn("%s: %s", path, strerror(errno));
	close(fd);
	if (n > 0 && (buf[0] == 'Y' || buf[0] == 'N')) {
		*value = buf[0] == 'Y';
		return eQCWWAN_ERR_NONE;
	}
	if (n >= 0)
		log_warn("%s: neither Y nor N", path);
	return eQCWWAN_ERR_SWIDCS_FILEIO_ERR;
}

ULONG slqs_wda_write_error(int err)
{
	return err == EBUSY ? eQCWWAN_ERR_SWIWDA_IFACE_UP : eQCWWAN_ERR_SWIDCS_FILEIO_ERR;
}

ULONG slqs_wda_raw_ip_write(const char *sysfs_root, const char *ifname, BYTE value)
{
	char path[PATH_MAX];
	const char c = value ? 'Y' : 'N';
	int fd, err = 0;

	if (raw_ip_path(sysfs_root, ifname, path, sizeof path) < 0)
		return eQCWWAN_ERR_SWIDCS_FILEIO_ERR;
	fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		err = errno;
	else if ((errno = 0, write(fd, &c, 1)) != 1)
		err = errno ? errno : EIO;	/* 0 written: no errno of its own */
	if (fd >= 0 && close(fd) < 0 && !err)
		err = errno;
	if (!err)
		return eQCWWAN_ERR_NONE;
	log_warn("%s: writing %c: %s", path, c, strerror(err));
	return slqs_wda_write_error(err);
}

/* ---- interface up/down ---------------------------------------------------------- */

static int ifreq_get(const char *ifname, struct ifreq *ifr, int *sock)
{
	if (strlen(ifname) >= sizeof ifr->ifr_name) {
		errno = EINVAL;
		return -1;
	}
	memset(ifr, 0, sizeof *ifr);
	memcpy(ifr->ifr_name, ifname, strlen(ifname));
	*sock = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (*sock < 0)
		return -1;
	if (ioctl(*sock, SIOCGIFFLAGS, ifr) < 0) {
		int err = errno;

		close(*sock);
		errno = err;
		return -1;
	}
	return 0;
}

int slqs_wda_iface_is_up(const char *ifname)
{
	struct ifreq ifr;
	int sock;

	if (ifreq_get(ifname, &ifr, &sock) < 0)
		return 0;
	close(sock);
	return (ifr.ifr_flags & IFF_UP) != 0;
}

ULONG slqs_wda_iface_set_up(const char *ifname, int up)
{
	struct ifreq ifr;
	int sock, rc;

	if (ifreq_get(ifname, &ifr, &sock) < 0) {
		log_warn("%s: SIOCGIFFLAGS: %s", ifname, strerror(errno));
		return eQCWWAN_ERR_SWIDCS_IOCTL_ERR;
	}
	if (up)
		ifr.ifr_flags |= IFF_UP;
	else
		ifr.ifr_flags &= ~IFF_UP;
	rc = ioctl(sock, SIOCSIFFLAGS, &ifr);
	if (rc < 0)
		log_warn("%s: setting %s: %s", ifname, up ? "up" : "down", strerror(errno));
	close(sock);
	return rc < 0 ? eQCWWAN_ERR_SWIDCS_IOCTL_ERR : eQCWWAN_ERR_NONE;
}
