/*
 * resolv.c - the session's DNS servers into a resolv.conf file, and the
 * file's previous content back on teardown.
 *
 * The file is replaced atomically (written aside, then renamed), so a
 * resolver never reads half of it. Give a path that belongs to the link
 * (e.g. one that resolvconf or a symlink picks up) on a system where
 * another program manages /etc/resolv.conf.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cm.h"

static char *saved_path;
static char *saved_text;	/* NULL: the file did not exist */
static size_t saved_len;

static char *read_whole(const char *path, size_t *len)
{
	FILE *f = fopen(path, "r");
	char *text = NULL;
	size_t cap = 0;

	*len = 0;
	if (!f)
		return NULL;
	for (;;) {
		if (*len + 4096 > cap) {
			char *more = realloc(text, cap += 4096);

			if (!more)
				break;
			text = more;
		}
		size_t got = fread(text + *len, 1, cap - *len, f);

		if (!got)
			break;
		*len += got;
	}
	fclose(f);
	if (!text)
		text = strdup("");
	return text;
}

static int replace_file(const char *path, const char *text, size_t len)
{
	char tmp[4096];
	FILE *f;

	snprintf(tmp, sizeof tmp, "%s.connectionmgr.%ld", path, (long)getpid());
	f = fopen(tmp, "w");
	if (!f)
		return -errno;
	if (fwrite(text, 1, len, f) != len || fclose(f) != 0) {
		int err = -errno;

		unlink(tmp);
		return err ? err : -EIO;
	}
	if (rename(tmp, path) < 0) {
		int err = -errno;

		unlink(tmp);
		return err;
	}
	return 0;
}

int cm_resolv_write(const char *path, const struct cm_session *s)
{
	char text[1024], a[INET6_ADDRSTRLEN];
	size_t len;
	int i, err;

	len = (size_t)snprintf(text, sizeof text, "# written by connectionmgr (APN %s)\n",
			       s->v4_up ? s->s4.apn : s->s6.apn);
	for (i = 0; i < 2 && s->v4_up; i++) {
		uint32_t ip = htonl(s->s4.v4_dns[i]);

		if (ip && len < sizeof text)
			len += (size_t)snprintf(text + len, sizeof text - len, "nameserver %s\n",
						inet_ntop(AF_INET, &ip, a, sizeof a));
	}
	for (i = 0; i < 2 && s->v6_up; i++)
		if (s->s6.has_v6_dns[i] && len < sizeof text)
			len += (size_t)snprintf(text + len, sizeof text - len, "nameserver %s\n",
						inet_ntop(AF_INET6, s->s6.v6_dns[i], a, sizeof a));
	if (len >= sizeof text)
		len = sizeof text - 1;
	if (!saved_path) {
		saved_path = strdup(path);
		saved_text = read_whole(path, &saved_len);
	}
	err = replace_file(path, text, len);
	if (err) {
		cm_err("cannot write %s: %s", path, strerror(-err));
		return -1;
	}
	cm_info("DNS servers written to %s", path);
	return 0;
}

void cm_resolv_restore(void)
{
	if (!saved_path)
		return;
	if (saved_text) {
		if (replace_file(saved_path, saved_text, saved_len) != 0)
			cm_warn("cannot restore %s", saved_path);
	} else if (unlink(saved_path) < 0 && errno != ENOENT) {
		cm_warn("cannot remove %s: %s", saved_path, strerror(errno));
	}
	free(saved_path);
	free(saved_text);
	saved_path = saved_text = NULL;
}
