/*
 * bench.h - what the benchmark clients share: the measuring modes, and the
 * interface a client stack (ours, or libqmi) fills in.
 *
 * Each stack provides three synchronous steps; bench_main() turns them
 * into the modes run.sh uses, so every stack is measured by the same code:
 *
 *   lat N [idle=K] [NAME=PID]...
 *                       N sequential requests in this process; latency stats,
 *                       and per request the CPU time and context switches
 *                       of this process and of each PID (daemon, modem);
 *                       with idle=K, while K other processes are set up
 *                       (attached, no request made) and idle
 *   tput PROCS M        PROCS processes, each M requests, started together;
 *                       total requests per second (clients that fail to set
 *                       up are counted, the others still run)
 *   hold PROCS PID [S]  PROCS processes each holding a connected DMS client;
 *                       then PID's memory (/proc/PID/status, smaps_rollup),
 *                       and with S, PID's wake-ups over S idle seconds
 *
 * One line of key=value pairs on stdout per mode; diagnostics on stderr.
 */
#ifndef SLQS_BENCH_H
#define SLQS_BENCH_H

#include <stddef.h>

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

/* Prints " PREFIXmean_us=.. PREFIXp50_us=.. PREFIXp99_us=.. PREFIXmin_us=..
 * PREFIXmax_us=.." for n > 0 samples (sorted in place). */
void bench_print_stats(const char *prefix, double *us, int n);

/* The value of TLV `type` among the TLVs tlvs[0..len), or NULL. */
const unsigned char *bench_tlv_find(const unsigned char *tlvs, size_t len, unsigned char type,
				    size_t *vlen);

/* 0 if the TLVs of a DMS Get Model answer say success (result TLV 0x02)
 * and carry a non-empty model (TLV 0x01); else -1, said on stderr. */
int bench_check_get_model(const char *who, const unsigned char *tlvs, size_t len);

/* Opens a modem node (a pty is made raw, as qmi_wwan's cdc-wdm is): its
 * file descriptor, or -1 with errno set. */
int bench_open_device(const char *path);

#define BENCH_SVC_CTL 0x00
#define BENCH_SVC_DMS 0x02
#define BENCH_DMS_GET_MODEL 0x0022

#endif /* SLQS_BENCH_H */
