/*
 * A fake directory tree for the unit tests that read sysfs (cmocka): made
 * under /tmp, filled with directories, one-line files and relative
 * symlinks named relative to its root, removed as a group teardown.
 */
#ifndef TESTS_UNIT_FAKE_TREE_H
#define TESTS_UNIT_FAKE_TREE_H

/* Makes an empty tree /tmp/<name>.XXXXXX and returns its root (one tree at a time). */
const char *tree_make(const char *name);

/* A cmocka teardown: removes the tree. */
int tree_remove(void **state);

/* Makes the directory rel and its parents. */
void tree_mkdirs(const char *rel);

/* Writes text to the file rel (the test fails if it cannot). */
void tree_put(const char *rel, const char *text);

/* The first line of the file rel, without its newline; "" if unreadable. */
const char *tree_get(const char *rel);

/* Makes rel a symlink to target (replacing rel if it exists). */
void tree_link(const char *target, const char *rel);

#endif
