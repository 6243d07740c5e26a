/*
 * bench_proc.h - what the benchmark reads about processes from /proc:
 * memory counters, and the CPU time and context switches of every thread.
 */
#ifndef SLQS_BENCH_PROC_H
#define SLQS_BENCH_PROC_H

struct proc_usage {
	double cpu_us;		/* time on a CPU, all threads (schedstat) */
	long switches;		/* voluntary + involuntary context switches */
	long wakeups;		/* voluntary ones: each is a sleep, so one wake-up */
};

/* Sums over every thread of PID; 0, or -1 if the process cannot be read. */
int proc_usage(int pid, struct proc_usage *u);

/* The sum of the "Key...: N kB" lines of /proc/PID/FILE whose name starts
 * with key (e.g. "VmRSS", "Private_"); -1 if there is none. */
long proc_kib(int pid, const char *file, const char *key);

/* A child of process `parent` (from /proc/PID/stat), or 0. */
int proc_find_child(int parent);

#endif /* SLQS_BENCH_PROC_H */
