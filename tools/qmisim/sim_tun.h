/*
 * The modem's network interface in the qmisim program: a TUN interface
 * (IFF_TUN | IFF_NO_PI: raw IP, as qmi_wwan in raw-IP mode) whose packets
 * go through the modem's data path (sim_net.h) and whose answers come
 * back on it. One descriptor in the program's poll set; the interface
 * exists while the device is plugged in.
 */
#ifndef QMISIM_SIM_TUN_H
#define QMISIM_SIM_TUN_H

#include <stddef.h>

#include "tools/qmisim/sim_modem.h"
#include "tools/qmisim/sim_poll.h"

struct sim_tun;

/**
 * Creates the TUN interface `name` (it comes down, as a fresh USB network
 * interface does) carrying modem m's traffic. NULL with the reason in err
 * (no /dev/net/tun, not allowed, a bad name ...).
 */
struct sim_tun *sim_tun_open(const char *name, struct sim_modem *m, char *err, size_t errlen);

/** The interface's name as the kernel gave it. */
const char *sim_tun_name(const struct sim_tun *t);

/** Adds the TUN descriptor to the poll set. */
void sim_tun_poll(struct sim_tun *t, struct sim_poll *p);

/** Closes the descriptor: the interface disappears. NULL is fine. */
void sim_tun_close(struct sim_tun *t);

#endif
