/*
 * netcfg.c - the modem's network interface, configured through rtnetlink
 * (no `ip` command): link up with the session's MTU (SIOCSIFMTU), the
 * session's addresses, default routes; and all of it removed again.
 *
 * Default routes go straight to the device, without a gateway: the
 * interface is raw-IP (point-to-point, no ARP or neighbour discovery), so
 * every packet sent to it reaches the modem whatever the gateway, and
 * networks that hand out a /32 or a gateway outside the prefix work too.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <linux/if_addr.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "cm.h"

struct cm_netcfg {
	int fd;
	unsigned ifindex;
	char ifname[IF_NAMESIZE];
	uint32_t seq;
	/* What apply added, so that clear removes exactly that. */
	bool has_v4, has_v6, route_v4, route_v6, link_up;
	uint32_t v4;
	uint8_t v4_prefix;
	struct cm_addr6 v6;
};

struct nl_req {
	struct nlmsghdr h;
	union {
		struct ifinfomsg link;
		struct ifaddrmsg addr;
		struct rtmsg route;
	} u;
	char attrs[256];
};

static void add_attr(struct nl_req *r, unsigned short type, const void *data, size_t len)
{
	struct rtattr *a = (struct rtattr *)((char *)r + NLMSG_ALIGN(r->h.nlmsg_len));

	a->rta_type = type;
	a->rta_len = (unsigned short)RTA_LENGTH(len);
	memcpy(RTA_DATA(a), data, len);
	r->h.nlmsg_len = NLMSG_ALIGN(r->h.nlmsg_len) + RTA_ALIGN(a->rta_len);
}

static void start_req(struct nl_req *r, unsigned short type, unsigned short flags, size_t body)
{
	memset(r, 0, sizeof *r);
	r->h.nlmsg_len = (uint32_t)NLMSG_LENGTH(body);
	r->h.nlmsg_type = type;
	r->h.nlmsg_flags = (unsigned short)(NLM_F_REQUEST | NLM_F_ACK | flags);
}

/* Sends the request and waits for its acknowledgement: 0 or -errno. */
static int transact(struct cm_netcfg *n, struct nl_req *r)
{
	struct sockaddr_nl kernel = { .nl_family = AF_NETLINK };
	char buf[4096];

	r->h.nlmsg_seq = ++n->seq;
	if (sendto(n->fd, r, r->h.nlmsg_len, 0, (struct sockaddr *)&kernel, sizeof kernel) < 0)
		return -errno;
	for (;;) {
		ssize_t len = recv(n->fd, buf, sizeof buf, 0);
		struct nlmsghdr *h;

		if (len < 0) {
			if (errno == EINTR)
				continue;
			return -errno;
		}
		for (h = (struct nlmsghdr *)buf; NLMSG_OK(h, (size_t)len); h = NLMSG_NEXT(h, len)) {
			if (h->nlmsg_seq != n->seq || h->nlmsg_type != NLMSG_ERROR)
				continue;
			if (h->nlmsg_len < NLMSG_LENGTH(sizeof(struct nlmsgerr)))
				return -EPROTO;
			return ((struct nlmsgerr *)NLMSG_DATA(h))->error;
		}
	}
}

struct cm_netcfg *cm_netcfg_open(const char *ifname)
{
	struct sockaddr_nl me = { .nl_family = AF_NETLINK };
	struct cm_netcfg *n = calloc(1, sizeof *n);

	if (!n)
		return NULL;
	n->fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
	n->ifindex = if_nametoindex(ifname);
	if (n->fd < 0 || bind(n->fd, (struct sockaddr *)&me, sizeof me) < 0 || !n->ifindex) {
		cm_err("interface %s: %s", ifname, strerror(n->ifindex ? errno : ENODEV));
		cm_netcfg_close(n);
		return NULL;
	}
	snprintf(n->ifname, sizeof n->ifname, "%s", ifname);
	return n;
}

void cm_netcfg_close(struct cm_netcfg *n)
{
	if (!n)
		return;
	if (n->fd >= 0)
		close(n->fd);
	free(n);
}

/* The MTU through SIOCSIFMTU: the same effect as IFLA_MTU in RTM_NEWLINK,
 * and also right under qemu-user, which passes IFLA_MTU to a host of the
 * other byte order unconverted. 0 or -errno. */
static int set_mtu(const struct cm_netcfg *n, ULONG mtu)
{
	struct ifreq ifr;
	int fd = socket(AF_INET6, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	int err = 0;

	if (fd < 0)
		fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	memset(&ifr, 0, sizeof ifr);
	snprintf(ifr.ifr_name, sizeof ifr.ifr_name, "%s", n->ifname);
	ifr.ifr_mtu = (int)mtu;
	if (ioctl(fd, SIOCSIFMTU, &ifr) < 0)
		err = -errno;
	close(fd);
	return err;
}

static int set_link(struct cm_netcfg *n, bool up, ULONG mtu)
{
	struct nl_req r;

	if (mtu) {
		int err = set_mtu(n, mtu);

		if (err)
			return err;
	}
	start_req(&r, RTM_NEWLINK, 0, sizeof r.u.link);
	r.u.link.ifi_family = AF_UNSPEC;
	r.u.link.ifi_index = (int)n->ifindex;
	r.u.link.ifi_flags = up ? IFF_UP : 0;
	r.u.link.ifi_change = IFF_UP;
	return transact(n, &r);
}

static int change_addr(struct cm_netcfg *n, bool add, int family, const void *addr,
		       uint8_t prefix)
{
	size_t len = family == AF_INET ? 4 : 16;
	uint32_t flags = IFA_F_NODAD;	/* a point-to-point link has nobody to collide with */
	struct nl_req r;

	start_req(&r, add ? RTM_NEWADDR : RTM_DELADDR, add ? NLM_F_CREATE | NLM_F_REPLACE : 0,
		  sizeof r.u.addr);
	r.u.addr.ifa_family = (unsigned char)family;
	r.u.addr.ifa_prefixlen = prefix;
	r.u.addr.ifa_index = n->ifindex;
	r.u.addr.ifa_scope = RT_SCOPE_UNIVERSE;
	add_attr(&r, IFA_LOCAL, addr, len);
	add_attr(&r, IFA_ADDRESS, addr, len);
	if (family == AF_INET6 && add)
		add_attr(&r, IFA_FLAGS, &flags, sizeof flags);
	return transact(n, &r);
}

static int change_default_route(struct cm_netcfg *n, bool add, int family)
{
	uint32_t oif = n->ifindex;
	struct nl_req r;

	start_req(&r, add ? RTM_NEWROUTE : RTM_DELROUTE, add ? NLM_F_CREATE | NLM_F_EXCL : 0,
		  sizeof r.u.route);
	r.u.route.rtm_family = (unsigned char)family;
	r.u.route.rtm_table = RT_TABLE_MAIN;
	r.u.route.rtm_protocol = RTPROT_STATIC;
	r.u.route.rtm_scope = RT_SCOPE_LINK;	/* no gateway: straight to the device */
	r.u.route.rtm_type = RTN_UNICAST;
	add_attr(&r, RTA_OIF, &oif, sizeof oif);
	return transact(n, &r);
}

/* Whether the IPv6 address is still tentative (1), usable (0), or unknown
 * (-1): one RTM_GETADDR dump of the interface's IPv6 addresses. */
static int v6_tentative(struct cm_netcfg *n)
{
	struct sockaddr_nl kernel = { .nl_family = AF_NETLINK };
	struct nl_req r;
	char buf[8192];
	int found = -1;

	start_req(&r, RTM_GETADDR, NLM_F_DUMP, sizeof r.u.addr);
	r.h.nlmsg_flags &= (unsigned short)~NLM_F_ACK;
	r.u.addr.ifa_family = AF_INET6;
	r.h.nlmsg_seq = ++n->seq;
	if (sendto(n->fd, &r, r.h.nlmsg_len, 0, (struct sockaddr *)&kernel, sizeof kernel) < 0)
		return -1;
	for (;;) {
		ssize_t len = recv(n->fd, buf, sizeof buf, 0);
		struct nlmsghdr *h;

		if (len < 0 && errno == EINTR)
			continue;
		if (len <= 0)
			return -1;
		for (h = (struct nlmsghdr *)buf; NLMSG_OK(h, (size_t)len); h = NLMSG_NEXT(h, len)) {
			struct ifaddrmsg *ifa = NLMSG_DATA(h);
			struct rtattr *a;
			int alen;
			uint32_t flags;
			bool ours = false;

			if (h->nlmsg_seq != n->seq || h->nlmsg_type == NLMSG_ERROR)
				continue;
			if (h->nlmsg_type == NLMSG_DONE)
				return found;
			if (h->nlmsg_type != RTM_NEWADDR || ifa->ifa_index != n->ifindex)
				continue;
			flags = ifa->ifa_flags;
			alen = (int)IFA_PAYLOAD(h);
			for (a = IFA_RTA(ifa); RTA_OK(a, alen); a = RTA_NEXT(a, alen)) {
				if (a->rta_type == IFA_FLAGS && RTA_PAYLOAD(a) >= 4)
					memcpy(&flags, RTA_DATA(a), 4);
				if (a->rta_type == IFA_ADDRESS && RTA_PAYLOAD(a) == 16 &&
				    !memcmp(RTA_DATA(a), n->v6.addr, 16))
					ours = true;
			}
			if (ours)
				found = (flags & IFA_F_TENTATIVE) ? 1 : 0;
		}
	}
}

/* The kernel finishes a new IPv6 address in a work item, also without
 * DAD; until then it is tentative and drops what arrives for it. "Connected"
 * should mean usable: wait for that, up to 2 seconds. */
static void wait_v6_usable(struct cm_netcfg *n)
{
	const struct timespec step_20ms = { 0, 20 * 1000 * 1000 };
	int i;

	for (i = 0; i < 100; i++) {
		if (v6_tentative(n) != 1)
			return;
		nanosleep(&step_20ms, NULL);
	}
	cm_warn("%s: the IPv6 address is still tentative", n->ifname);
}

/* Logs a failed step; the result for the caller. */
static int step(const struct cm_netcfg *n, const char *what, int err)
{
	if (err)
		cm_err("%s: %s on %s", what, strerror(-err), n->ifname);
	return err;
}

/* A default route through the interface, unless one exists already (that
 * one is left alone: not replaced, and not removed on teardown). */
static int add_default_route(struct cm_netcfg *n, int family, bool *added)
{
	const char *what = family == AF_INET ? "IPv4 default route" : "IPv6 default route";
	int err = change_default_route(n, true, family);

	*added = !err;
	if (err == -EEXIST) {
		cm_warn("%s: an %s exists already: not replaced", n->ifname, what);
		return 0;
	}
	return step(n, what, err);
}

int cm_netcfg_apply(struct cm_netcfg *n, const struct cm_session *s, bool default_route)
{
	ULONG mtu = s->v4_up ? s->s4.mtu : s->s6.mtu;
	char text[INET6_ADDRSTRLEN];

	if (step(n, "link up", set_link(n, true, mtu)))
		return -1;
	n->link_up = true;
	if (s->v4_up && s->s4.v4) {
		uint32_t a = htonl(s->s4.v4);

		n->v4 = a;
		n->v4_prefix = s->s4.v4_prefix ? s->s4.v4_prefix : 32;
		if (step(n, "IPv4 address", change_addr(n, true, AF_INET, &a, n->v4_prefix)))
			return -1;
		n->has_v4 = true;
		cm_info("%s: %s/%u", n->ifname, inet_ntop(AF_INET, &a, text, sizeof text),
			n->v4_prefix);
		if (default_route && add_default_route(n, AF_INET, &n->route_v4) < 0)
			return -1;
	}
	if (s->v6_up && s->s6.v6.prefix) {
		n->v6 = s->s6.v6;
		if (step(n, "IPv6 address", change_addr(n, true, AF_INET6, n->v6.addr, n->v6.prefix)))
			return -1;
		n->has_v6 = true;
		wait_v6_usable(n);
		cm_info("%s: %s/%u", n->ifname, inet_ntop(AF_INET6, n->v6.addr, text, sizeof text),
			n->v6.prefix);
		if (default_route && add_default_route(n, AF_INET6, &n->route_v6) < 0)
			return -1;
	}
	if (mtu)
		cm_debug("%s: MTU %u", n->ifname, (unsigned)mtu);
	return 0;
}

/* Removal failures because the thing is already gone (interface unplugged,
 * route removed with its address) are normal. */
static void undo(const struct cm_netcfg *n, const char *what, int err)
{
	if (err && err != -ENODEV && err != -ESRCH && err != -EADDRNOTAVAIL && err != -ENOENT)
		cm_warn("removing the %s: %s on %s", what, strerror(-err), n->ifname);
}

void cm_netcfg_clear(struct cm_netcfg *n)
{
	if (!n)
		return;
	if (n->route_v4)
		undo(n, "IPv4 default route", change_default_route(n, false, AF_INET));
	if (n->route_v6)
		undo(n, "IPv6 default route", change_default_route(n, false, AF_INET6));
	if (n->has_v4)
		undo(n, "IPv4 address", change_addr(n, false, AF_INET, &n->v4, n->v4_prefix));
	if (n->has_v6)
		undo(n, "IPv6 address", change_addr(n, false, AF_INET6, n->v6.addr, n->v6.prefix));
	if (n->link_up)
		undo(n, "link", set_link(n, false, 0));
	n->route_v4 = n->route_v6 = n->has_v4 = n->has_v6 = n->link_up = false;
}

