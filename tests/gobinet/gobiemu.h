/*
 * gobiemu: an emulation of the GobiNet driver's /dev/qcqmiN character
 * device, backed by the simulator qmisim, for testing the daemon's
 * GobiNet transport without the vendor driver or a modem.
 *
 * libgobiemu.so is LD_PRELOADed into the program under test. A path
 * whose name is qcqmiN and which is (a symlink to) a UNIX socket - the
 * socket qmisim serves with --socket - opens as an emulated qcqmi fd;
 * every other path is left to the C library. The emulation behaves as
 * the driver does:
 *   - one fd is one QMI client; ioctl(fd, 0x8BE1, service) - service by
 *     value - allocates a CID with CTL Allocate CID on the driver's own
 *     connection to the modem (the qmisim socket); CTL (0) gives EINVAL,
 *     a second bind EBADR;
 *   - read()/write() carry bare SDUs (the QMUX header is added and
 *     stripped here); before the bind they fail with EBADR; a read
 *     buffer smaller than the SDU gets EOVERFLOW and the SDU is lost;
 *     read() blocks until an SDU is there even on an O_NONBLOCK fd;
 *   - poll()/epoll work (the fd is one end of a socketpair);
 *   - close() releases the CID (CTL Release CID) before returning;
 *   - ioctl 0x8BE2 gives VID << 16 | PID ($GOBIEMU_VIDPID, default
 *     0x11999071), 0x8BE3 the 14-byte MEID (asked from the modem's DMS
 *     Get IDs, as the driver does at probe), 0x8BE4 releases the CID;
 *     other requests fail with EBADRQC;
 *   - when the modem resets (CTL Sync indication) or disappears (its
 *     socket closes: qmisim's unplug), every fd of it is dead: read,
 *     write and ioctl give ENXIO, poll reports a hangup. A modem that is
 *     still there opens again at once.
 * $GOBIEMU_DEBUG=1 logs what it does on stderr.
 */
#ifndef GOBIEMU_H
#define GOBIEMU_H

#include <stddef.h>
#include <sys/types.h>

/* The emulated driver (gobiemu_drv.c). All return -errno on failure. */

/** Opens an emulated node whose modem socket is sock_path. Returns the fd. */
int gdrv_open(const char *sock_path, int flags);
/** 1 if fd is an emulated qcqmi fd. */
int gdrv_owns(int fd);
int gdrv_close(int fd);
ssize_t gdrv_read(int fd, void *buf, size_t len);
ssize_t gdrv_write(int fd, const void *buf, size_t len);
int gdrv_ioctl(int fd, unsigned long request, unsigned long arg);

/* Logging (gobiemu_drv.c). */
void gemu_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* The C library's own functions (gobiemu_preload.c): the emulation must
 * not call its own overrides (they take its locks). */
int real_close(int fd);
ssize_t real_read(int fd, void *buf, size_t len);
ssize_t real_write(int fd, const void *buf, size_t len);

#endif
