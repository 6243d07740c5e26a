/*
 * The LD_PRELOAD side of gobiemu: the C library calls a program makes on
 * a qcqmi node go to the emulated driver (gobiemu_drv.c); everything else
 * goes to the C library untouched.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "tests/gobinet/gobiemu.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

/* Built with -fvisibility=hidden: only the overrides are exported. */
#define EXPORT __attribute__((visibility("default")))

static int (*libc_openat)(int, const char *, int, ...);
static int (*libc_close)(int);
static ssize_t (*libc_read)(int, void *, size_t);
static ssize_t (*libc_write)(int, const void *, size_t);
static int (*libc_ioctl)(int, unsigned long, ...);
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void resolve(void)
{
	libc_openat = (int (*)(int, const char *, int, ...))dlsym(RTLD_NEXT, "openat");
	libc_close = (int (*)(int))dlsym(RTLD_NEXT, "close");
	libc_read = (ssize_t (*)(int, void *, size_t))dlsym(RTLD_NEXT, "read");
	libc_write = (ssize_t (*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
	libc_ioctl = (int (*)(int, unsigned long, ...))dlsym(RTLD_NEXT, "ioctl");
}

#define RESOLVE() pthread_once(&once, resolve)

int real_close(int fd)
{
	RESOLVE();
	return libc_close(fd);
}

ssize_t real_read(int fd, void *buf, size_t len)
{
	RESOLVE();
	return libc_read(fd, buf, len);
}

ssize_t real_write(int fd, const void *buf, size_t len)
{
	RESOLVE();
	return libc_write(fd, buf, len);
}

/* Sets errno from a -errno result. */
static long ret(long rc)
{
	if (rc < 0) {
		errno = (int)-rc;
		return -1;
	}
	return rc;
}

/*
 * Is path an emulated node: named qcqmiN and (a link to) a UNIX socket?
 * Then sock receives the socket's real path.
 */
static int emulated(int dirfd, const char *path, char *sock, size_t cap)
{
	const char *base = strrchr(path, '/');
	char full[PATH_MAX];
	struct stat st;

	base = base ? base + 1 : path;
	if (strncmp(base, "qcqmi", 5) || !base[5] || strspn(base + 5, "0123456789") !=
							    strlen(base + 5))
		return 0;
	if (fstatat(dirfd, path, &st, 0) < 0 || !S_ISSOCK(st.st_mode))
		return 0;
	if (path[0] != '/' && dirfd != AT_FDCWD)
		return 0;	/* relative to a directory fd: not worth emulating */
	if (!realpath(path, full) || strlen(full) >= cap ||
	    strlen(full) >= sizeof(((struct sockaddr_un *)0)->sun_path))
		return 0;
	strcpy(sock, full);
	return 1;
}

static int do_open(int dirfd, const char *path, int flags, mode_t mode)
{
	char sock[PATH_MAX];

	RESOLVE();
	if (path && emulated(dirfd, path, sock, sizeof(sock)))
		return (int)ret(gdrv_open(sock, flags));
	return libc_openat(dirfd, path, flags, mode);
}

static mode_t mode_arg(int flags, va_list ap)
{
	return (flags & (O_CREAT | O_TMPFILE)) ? (mode_t)va_arg(ap, int) : 0;
}

EXPORT int open(const char *path, int flags, ...)
{
	va_list ap;
	mode_t mode;

	va_start(ap, flags);
	mode = mode_arg(flags, ap);
	va_end(ap);
	return do_open(AT_FDCWD, path, flags, mode);
}

EXPORT int open64(const char *path, int flags, ...)
{
	va_list ap;
	mode_t mode;

	va_start(ap, flags);
	mode = mode_arg(flags, ap);
	va_end(ap);
	return do_open(AT_FDCWD, path, flags, mode);
}

EXPORT int openat(int dirfd, const char *path, int flags, ...)
{
	va_list ap;
	mode_t mode;

	va_start(ap, flags);
	mode = mode_arg(flags, ap);
	va_end(ap);
	return do_open(dirfd, path, flags, mode);
}

EXPORT int openat64(int dirfd, const char *path, int flags, ...)
{
	va_list ap;
	mode_t mode;

	va_start(ap, flags);
	mode = mode_arg(flags, ap);
	va_end(ap);
	return do_open(dirfd, path, flags, mode);
}

/* What _FORTIFY_SOURCE builds call instead of open(). */
int __open_2(const char *path, int flags);
EXPORT int __open_2(const char *path, int flags)
{
	return do_open(AT_FDCWD, path, flags, 0);
}

int __open64_2(const char *path, int flags);
EXPORT int __open64_2(const char *path, int flags)
{
	return do_open(AT_FDCWD, path, flags, 0);
}

EXPORT int close(int fd)
{
	RESOLVE();
	if (gdrv_owns(fd))
		return (int)ret(gdrv_close(fd));
	return libc_close(fd);
}

EXPORT ssize_t read(int fd, void *buf, size_t len)
{
	RESOLVE();
	if (gdrv_owns(fd))
		return ret(gdrv_read(fd, buf, len));
	return libc_read(fd, buf, len);
}

ssize_t __read_chk(int fd, void *buf, size_t len, size_t buflen);
EXPORT ssize_t __read_chk(int fd, void *buf, size_t len, size_t buflen)
{
	if (len > buflen)
		abort();
	return read(fd, buf, len);
}

EXPORT ssize_t write(int fd, const void *buf, size_t len)
{
	RESOLVE();
	if (gdrv_owns(fd))
		return ret(gdrv_write(fd, buf, len));
	return libc_write(fd, buf, len);
}

EXPORT int ioctl(int fd, unsigned long request, ...)
{
	va_list ap;
	unsigned long arg;

	va_start(ap, request);
	arg = va_arg(ap, unsigned long);
	va_end(ap);
	RESOLVE();
	if (gdrv_owns(fd))
		return (int)ret(gdrv_ioctl(fd, request, arg));
	return libc_ioctl(fd, request, arg);
}
