/*
 * bench.h - what the benchmark clients share: the measuring modes, and the
 * interface a client stack (ours, or libqmi) fills in.
 *
 * Each stack provides three synchronous steps; bench_main() turns them
 * into the modes run.sh uses, so every stack is measured by the same code:
 *
 *   lat N [NAME=PID]... N sequential requests in this process; latency stats,
 *                       and per request the CPU time and context switches
 *                       of this process and of each PID (daemon, modem)
 *   tput PROCS M        PROCS processes, each M requests, started together;
 *                       total requests per second
 *   hold PROCS PID      PROCS processes each holding a connected DMS client;
 *                       then PID's memory (/proc/PID/status, smaps_rollup)
 *
 * One line of key=value pairs on stdout per mode; diagnostics on stderr.
 */
#ifndef SLQS_BENCH_H
#define SLQS_BENCH_H

struct bench_stack {
	const char *name;
	/* Open the device (or the daemon) and get a DMS client; 0 or -1. */
	int (*setup)(void);
	/* One DMS Get Model round trip, answer checked; 0 or -1. */
	int (*request)(void);
	/* Release the DMS client and close. */
	void (*teardown)(void);
};

/* Requests each process makes after setup and before it is measured. */
#define BENCH_WARMUP 50

/* Runs the mode in argv[1..] (after the stack's own options); exit status. */
int bench_main(const struct bench_stack *stack, int argc, char **argv);

/* Microseconds on the system-wide monotonic clock. */
double bench_now_us(void);

#endif /* SLQS_BENCH_H */
