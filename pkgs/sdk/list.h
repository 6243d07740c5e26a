/*
 * A tiny intrusive doubly linked list (the daemon's objects live on
 * several lists at once and leave them in O(1)).
 */
#ifndef SLQS_SDK_LIST_H
#define SLQS_SDK_LIST_H

#include <stddef.h>

struct list {
	struct list *prev, *next;
};

#define LIST_INIT(name) { &(name), &(name) }

static inline void list_init(struct list *l)
{
	l->prev = l->next = l;
}

static inline int list_empty(const struct list *l)
{
	return l->next == l;
}

/** Links n at the tail of l. */
static inline void list_add_tail(struct list *l, struct list *n)
{
	n->prev = l->prev;
	n->next = l;
	l->prev->next = n;
	l->prev = n;
}

/** Unlinks n (safe to call twice: n points to itself afterwards). */
static inline void list_del(struct list *n)
{
	n->prev->next = n->next;
	n->next->prev = n->prev;
	n->prev = n->next = n;
}

#define list_entry(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))

/* Iterates safely against removal of the current entry. */
#define list_for_each_safe(pos, tmp, head) \
	for ((pos) = (head)->next, (tmp) = (pos)->next; (pos) != (head); \
	     (pos) = (tmp), (tmp) = (pos)->next)

#endif
