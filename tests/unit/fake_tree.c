/* The fake sysfs tree of the unit tests (tests/unit/fake_tree.h). */
#include "tests/unit/fake_tree.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

static char root[256];

/* The path of rel under the root. */
static const char *path_of(const char *rel, char *path, size_t cap)
{
	snprintf(path, cap, "%s/%s", root, rel);
	return path;
}

const char *tree_make(const char *name)
{
	snprintf(root, sizeof root, "/tmp/%s.XXXXXX", name);
	assert_non_null(mkdtemp(root));
	return root;
}

int tree_remove(void **state)
{
	char cmd[300];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", root);
	return system(cmd) == 0 ? 0 : -1;
}

void tree_mkdirs(const char *rel)
{
	char path[512], *p;

	path_of(rel, path, sizeof path);
	for (p = path + strlen(root) + 1; (p = strchr(p, '/')) != NULL; p++) {
		*p = '\0';
		mkdir(path, 0755);
		*p = '/';
	}
	mkdir(path, 0755);
}

void tree_put(const char *rel, const char *text)
{
	char path[512];
	FILE *f = fopen(path_of(rel, path, sizeof path), "w");

	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

const char *tree_get(const char *rel)
{
	static char buf[64];
	char path[512];
	FILE *f = fopen(path_of(rel, path, sizeof path), "r");

	buf[0] = '\0';
	if (f) {
		if (!fgets(buf, sizeof buf, f))
			buf[0] = '\0';
		fclose(f);
	}
	buf[strcspn(buf, "\n")] = '\0';
	return buf;
}

void tree_link(const char *target, const char *rel)
{
	char path[512];

	path_of(rel, path, sizeof path);
	unlink(path);
	assert_int_equal(symlink(target, path), 0);
}
