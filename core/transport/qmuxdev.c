/*
 * QMUX over a character device: qmi_wwan's /dev/cdc-wdmN, or a pty that
 * carries the same byte stream (the simulator). Frames may arrive split
 * or several per read, so input goes through the reassembler.
 */
#include "core/transport/tr_priv.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/usb/cdc-wdm.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include "core/log.h"

static int qmuxdev_open(struct slqs_transport *t)
{
	uint16_t max = 0;
	int fd = open(t->node, O_RDWR | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);

	if (fd < 0)
		return -errno;
	if (isatty(fd)) {
		/* A pty must pass every byte untouched (no echo, no CR/LF). */
		struct termios tio;

		if (tcgetattr(fd, &tio) == 0) {
			cfmakeraw(&tio);
			tcsetattr(fd, TCSANOW, &tio);
		}
	} else if (ioctl(fd, IOCTL_WDM_MAX_COMMAND, &max) == 0 && max >= 64) {
		t->max_frame = max;
	}
	if (slqs_qmux_reasm_init(&t->reasm, QMUX_MAX_FRAME) < 0) {
		close(fd);
		return -ENOMEM;
	}
	t->fd = fd;
	return 0;
}

static void qmuxdev_close(struct slqs_transport *t)
{
	(void)t;	/* the front end closes t->fd */
}

static int qmuxdev_write(struct slqs_transport *t, uint8_t service, uint8_t cid,
			 const uint8_t *buf, size_t len)
{
	(void)service;
	(void)cid;
	return slqs_tr_write_all(t->fd, 0, buf, len);
}

/*
 * Reads until a read comes back shorter than the buffer: then the device
 * had no more at that moment, and since the watch is level-triggered,
 * bytes that arrive later wake the loop again. So a wake-up costs one
 * read, not one more that only says EAGAIN.
 */
static int qmuxdev_recv(struct slqs_transport *t, int fd, slqs_tr_frame_fn fn, void *arg)
{
	uint8_t chunk[8192];
	ssize_t n;

	(void)fd;
	do {
		const uint8_t *frame;
		size_t flen, off = 0;

		n = read(t->fd, chunk, sizeof(chunk));
		if (n == 0)
			return -EPIPE;
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return errno == EAGAIN ? 0 : -errno;
		}
		while (off < (size_t)n) {
			size_t took = slqs_qmux_reasm_feed(&t->reasm, chunk + off, (size_t)n - off);
			int got = 0;

			off += took;
			while (slqs_qmux_reasm_next(&t->reasm, &frame, &flen) == 1) {
				slqs_tr_deliver_qmux(t, frame, flen, fn, arg);
				got = 1;
			}
			if (!took && !got)	/* cannot happen; never spin */
				slqs_qmux_reasm_reset(&t->reasm);
		}
	} while (n < 0 || (size_t)n == sizeof(chunk));
	return 0;
}

const struct tr_ops slqs_tr_qmuxdev_ops = {
	.kind = SLQS_TR_QMUX,
	.open = qmuxdev_open,
	.close = qmuxdev_close,
	.write = qmuxdev_write,
	.recv = qmuxdev_recv,
};
