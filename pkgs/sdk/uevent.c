/*
 * Hot-plug: the kernel announces every device it adds or removes on a
 * netlink socket (NETLINK_KOBJECT_UEVENT); a QMI node (usbmisc, QCQMI) or
 * a network interface coming or going makes the daemon rescan sysfs. So
 * an idle daemon sleeps until a modem is plugged or unplugged instead of
 * polling sysfs. Where that socket cannot be had (a container without
 * it), sysfs is rescanned every SDK_RESCAN_MS instead. With --device
 * nothing here runs: the nodes are named, there is nothing to find.
 *
 * A message is "ACTION@DEVPATH" then "KEY=VALUE" strings, each
 * NUL-terminated; only the kernel's (sender port 0) are read.
 */
#include <errno.h>
#include <linux/netlink.h>
#include <stdbool.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include "core/log.h"
#include "pkgs/sdk/sdk.h"

#define UEVENT_BUF 8192		/* the kernel's messages are at most 2048 bytes + header */

static struct sdk_watch uevent_w = { .fd = -1 };
static struct sdk_timer poll_timer;

/* The subsystems whose events may change what we serve or describe. */
static const char *const relevant[] = {
	"SUBSYSTEM=usbmisc",	/* qmi_wwan's cdc-wdm nodes */
	"SUBSYSTEM=QCQMI",	/* GobiNet's qcqmi nodes */
	"SUBSYSTEM=net",	/* the network interface beside a node */
};

/* Does the message (len bytes, untrusted) name a relevant subsystem? */
static bool is_relevant(const char *msg, size_t len)
{
	size_t i = 0;

	while (i < len) {
		size_t n = strnlen(msg + i, len - i);

		for (size_t k = 0; k < sizeof(relevant) / sizeof(relevant[0]); k++)
			if (n == strlen(relevant[k]) && !memcmp(msg + i, relevant[k], n))
				return true;
		i += n + 1;
	}
	return false;
}

static void on_uevent(struct sdk *s, struct sdk_watch *w, uint32_t events)
{
	static char buf[UEVENT_BUF];
	bool rescan = false;

	(void)events;
	for (;;) {
		struct sockaddr_nl from;
		struct iovec iov = { buf, sizeof(buf) };
		struct msghdr mh = { .msg_name = &from, .msg_namelen = sizeof(from),
				     .msg_iov = &iov, .msg_iovlen = 1 };
		ssize_t n = recvmsg(w->fd, &mh, MSG_DONTWAIT);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno == ENOBUFS) {
			rescan = true;	/* some were lost: look at everything */
			continue;
		}
		if (n < 0)
			break;
		if (mh.msg_namelen == sizeof(from) && from.nl_pid == 0 &&
		    !(mh.msg_flags & MSG_TRUNC) && is_relevant(buf, (size_t)n))
			rescan = true;
	}
	if (rescan) {
		log_debug("uevent: rescanning sysfs");
		dev_rescan(s);
	}
}

static void on_poll_timer(struct sdk *s, struct sdk_timer *t)
{
	dev_rescan(s);
	sdk_timer_arm(s, t, s->now + SDK_RESCAN_MS);
}

static int open_socket(void)
{
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK, .nl_groups = 1 /* the kernel's */ };
	int fd = socket(AF_NETLINK, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC,
			NETLINK_KOBJECT_UEVENT);

	if (fd < 0)
		return -errno;
	if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		int err = -errno;

		close(fd);
		return err;
	}
	return fd;
}

void uevent_start(struct sdk *s)
{
	int fd, rc;

	if (s->o->n_devices)
		return;
	fd = open_socket();
	uevent_w.fd = fd;
	uevent_w.fn = on_uevent;
	rc = fd < 0 ? fd : sdk_watch_add(s, &uevent_w, EPOLLIN);
	if (rc == 0) {
		log_debug("watching the kernel's uevents for modems");
		return;
	}
	log_warn("no kernel uevents (%s): rescanning sysfs every %d ms", strerror(-rc),
		 SDK_RESCAN_MS);
	if (fd >= 0)
		close(fd);
	uevent_w.fd = -1;
	sdk_timer_init(&poll_timer, on_poll_timer);
	sdk_timer_arm(s, &poll_timer, s->now + SDK_RESCAN_MS);
}

void uevent_stop(struct sdk *s)
{
	if (uevent_w.fd < 0)
		return;
	sdk_watch_del(s, &uevent_w);
	close(uevent_w.fd);
	uevent_w.fd = -1;
}
