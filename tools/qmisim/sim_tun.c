/*
 * The TUN interface of a simulated modem (see sim_tun.h). Packets are read
 * when the descriptor is readable, a bounded batch per wake-up so that one
 * busy interface cannot starve the control nodes; an answer the kernel
 * does not take at once is dropped, as a radio link would.
 */
#include "tools/qmisim/sim_tun.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/if_tun.h>
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "core/log.h"
#include "tools/qmisim/sim_net.h"

#define TUN_DEVICE     "/dev/net/tun"
#define TUN_BATCH      64	/* packets read per wake-up at most */

struct sim_tun {
	struct sim_modem *m;
	int fd;
	char name[IFNAMSIZ];
	uint8_t in[SIM_NET_PACKET_MAX];
	uint8_t out[SIM_NET_PACKET_MAX];
	unsigned long lost;	/* answers the kernel refused */
};

struct sim_tun *sim_tun_open(const char *name, struct sim_modem *m, char *err, size_t errlen)
{
	struct sim_tun *t;
	struct ifreq ifr;

	if (strlen(name) >= IFNAMSIZ || !*name) {
		snprintf(err, errlen, "TUN name '%s': 1 to %d characters", name, IFNAMSIZ - 1);
		return NULL;
	}
	t = calloc(1, sizeof(*t));
	if (!t) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	t->m = m;
	t->fd = open(TUN_DEVICE, O_RDWR | O_NONBLOCK | O_CLOEXEC);
	if (t->fd < 0) {
		snprintf(err, errlen, "%s: %s", TUN_DEVICE, strerror(errno));
		free(t);
		return NULL;
	}
	memset(&ifr, 0, sizeof(ifr));
	ifr.ifr_flags = IFF_TUN | IFF_NO_PI;
	memcpy(ifr.ifr_name, name, strlen(name));
	if (ioctl(t->fd, TUNSETIFF, &ifr) < 0) {
		snprintf(err, errlen, "TUN interface %s: %s", name, strerror(errno));
		sim_tun_close(t);
		return NULL;
	}
	memcpy(t->name, ifr.ifr_name, IFNAMSIZ);
	t->name[IFNAMSIZ - 1] = '\0';
	log_info("%s: network interface %s (TUN, raw IP)", sim_modem_name(m), t->name);
	return t;
}

const char *sim_tun_name(const struct sim_tun *t)
{
	return t->name;
}

static void answer(struct sim_tun *t, size_t len)
{
	ssize_t n = write(t->fd, t->out, len);

	if (n != (ssize_t)len) {
		t->lost++;
		log_debug("%s: answer of %zu bytes not taken (%s); %lu lost", t->name, len,
			  n < 0 ? strerror(errno) : "short write", t->lost);
	}
}

static void tun_event(void *obj, int fd, short revents)
{
	struct sim_tun *t = obj;

	(void)fd;
	if (revents & (POLLERR | POLLNVAL)) {
		log_warn("%s: TUN descriptor error: no more traffic", t->name);
		close(t->fd);	/* never a loop on an error that stays */
		t->fd = -1;
		return;
	}
	for (int i = 0; i < TUN_BATCH; i++) {
		ssize_t n = read(t->fd, t->in, sizeof(t->in));
		size_t reply;

		if (n <= 0) {
			if (n < 0 && errno != EAGAIN && errno != EINTR)
				log_warn("%s: read: %s", t->name, strerror(errno));
			return;
		}
		reply = sim_modem_packet(t->m, t->in, (size_t)n, t->out, sizeof(t->out));
		if (reply)
			answer(t, reply);
	}
}

void sim_tun_poll(struct sim_tun *t, struct sim_poll *p)
{
	if (t && t->fd >= 0)
		sim_poll_add(p, t->fd, POLLIN, tun_event, t);
}

void sim_tun_close(struct sim_tun *t)
{
	if (!t)
		return;
	if (t->fd >= 0)
		close(t->fd);
	free(t);
}
