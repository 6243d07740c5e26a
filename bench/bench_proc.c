/*
 * bench_proc.c - reading /proc for the benchmark (see bench_proc.h).
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bench_proc.h"

long proc_kib(int pid, const char *file, const char *key)
{
	char path[64], line[256];
	size_t klen = strlen(key);
	long sum = -1, v;
	FILE *fp;

	snprintf(path, sizeof path, "/proc/%d/%s", pid, file);
	if (!(fp = fopen(path, "r")))
		return -1;
	while (fgets(line, sizeof line, fp)) {
		char *colon = strchr(line, ':');

		if (colon && !strncmp(line, key, klen) && sscanf(colon + 1, "%ld", &v) == 1)
			sum = (sum < 0 ? 0 : sum) + v;
	}
	fclose(fp);
	return sum;
}

/* One thread: schedstat's first field is its time on a CPU in ns. */
static int task_usage(int pid, long tid, struct proc_usage *u)
{
	char path[96], line[256];
	unsigned long long run_ns;
	long vol = 0, invol = 0;
	FILE *fp;
	int ok;

	snprintf(path, sizeof path, "/proc/%d/task/%ld/schedstat", pid, tid);
	if (!(fp = fopen(path, "r")))
		return -1;
	ok = fscanf(fp, "%llu", &run_ns) == 1;
	fclose(fp);
	if (!ok)
		return -1;
	snprintf(path, sizeof path, "/proc/%d/task/%ld/status", pid, tid);
	if ((fp = fopen(path, "r"))) {
		while (fgets(line, sizeof line, fp)) {
			sscanf(line, "voluntary_ctxt_switches: %ld", &vol);
			sscanf(line, "nonvoluntary_ctxt_switches: %ld", &invol);
		}
		fclose(fp);
	}
	u->cpu_us += (double)run_ns / 1e3;
	u->switches += vol + invol;
	u->wakeups += vol;
	return 0;
}

int proc_usage(int pid, struct proc_usage *u)
{
	char dir[64];
	struct dirent *e;
	DIR *d;

	u->cpu_us = 0;
	u->switches = 0;
	u->wakeups = 0;
	snprintf(dir, sizeof dir, "/proc/%d/task", pid);
	if (!(d = opendir(dir)))
		return -1;
	while ((e = readdir(d)))
		if (e->d_name[0] != '.')
			task_usage(pid, strtol(e->d_name, NULL, 10), u);	/* a thread that just ended is skipped */
	closedir(d);
	return 0;
}

int proc_find_child(int parent)
{
	char path[64], stat[512];
	struct dirent *e;
	int found = 0;
	DIR *d = opendir("/proc");

	while (d && !found && (e = readdir(d))) {
		int pid = (int)strtol(e->d_name, NULL, 10), ppid;
		const char *after_comm;
		size_t n;
		FILE *fp;

		snprintf(path, sizeof path, "/proc/%d/stat", pid);
		if (pid <= 0 || !(fp = fopen(path, "r")))
			continue;
		n = fread(stat, 1, sizeof stat - 1, fp);
		fclose(fp);
		stat[n] = '\0';
		/* "PID (COMM) STATE PPID ...": COMM may hold anything, even ')' */
		after_comm = strrchr(stat, ')');
		if (after_comm && sscanf(after_comm + 1, " %*c %d", &ppid) == 1 && ppid == parent)
			found = pid;
	}
	if (d)
		closedir(d);
	return found;
}
