/*
 * sdkapp: an application of the SLQS API (libslqsapi) for
 * tests/integration/sdk_restart.sh: callbacks across a daemon that dies,
 * a failed SLQSStart and a new daemon.
 *
 *   sdkapp restart KILL START SIGNAL1 SIGNAL2
 *     SLQSStart, QCWWAN2kConnect, a device-state callback, NAS Signal Info
 *     indications registered with the modem (slqs_ind_enable) and
 *     subscribed; `sh -c SIGNAL1` must bring one. Then `sh -c KILL` (the
 *     daemon dies: DISCONNECTED), SLQSStart fails (no daemon, none may be
 *     started), `sh -c START` (a new daemon); requests re-attach, the
 *     callback hears READY, SLQSStart and QCWWAN2kConnect succeed, and
 *     `sh -c SIGNAL2` must bring an indication again: the registration was
 *     restored with the new daemon's client id.
 *
 * Prints one line per step; exit status 0 when everything behaved.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "SWIWWANCMAPI.h"
#include "api/qmerrno.h"
#include "pkgs/api/slqs_call.h"
#include "pkgs/nas/nas_msg.h"

#define WAIT_S 30

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned n_ready, n_down, n_ind;

static void on_state(eDevState s)
{
	pthread_mutex_lock(&lock);
	if (s == DEVICE_STATE_READY)
		n_ready++;
	else
		n_down++;
	pthread_mutex_unlock(&lock);
}

static void on_signal(uint8_t client, const void *ind, void *ctx)
{
	(void)client;
	(void)ind;
	(void)ctx;
	pthread_mutex_lock(&lock);
	n_ind++;
	pthread_mutex_unlock(&lock);
}

static unsigned get(const unsigned *v)
{
	unsigned x;

	pthread_mutex_lock(&lock);
	x = *v;
	pthread_mutex_unlock(&lock);
	return x;
}

/* Waits until *v exceeds `than` (WAIT_S at most). */
static int wait_above(const unsigned *v, unsigned than)
{
	for (int i = 0; i < WAIT_S * 20; i++) {
		if (get(v) > than)
			return 0;
		usleep(50000);
	}
	return -1;
}

static int step(const char *what, int ok)
{
	printf("%s: %s\n", what, ok ? "ok" : "FAILED");
	fflush(stdout);
	return ok ? 0 : 1;
}

static int run(const char *cmd)
{
	return system(cmd) == 0 ? 0 : -1;
}

/* A request (DMS Get Model) until one succeeds: the link re-attaches on it. */
static int served_again(void)
{
	for (int i = 0; i < WAIT_S * 10; i++) {
		BYTE rsp[512];
		size_t len;

		if (slqs_raw_call(0x02, 0, 0x0022, NULL, 0, rsp, sizeof(rsp), &len, 2000) == 0)
			return 0;
		usleep(100000);
	}
	return -1;
}

static int cmd_restart(char **argv)
{
	struct nas_register_indications_req reg = { .has_signal_info = 1, .signal_info = 1 };
	unsigned ind0, ready0;
	ULONG rc;
	int bad = 0;

	SetSDKImagePath("/nonexistent/slqssdk");	/* never start a daemon of our own */
	bad |= step("start", SLQSStart(0, NULL) == eQCWWAN_ERR_NONE);
	bad |= step("connect", QCWWAN2kConnect("", NULL) == eQCWWAN_ERR_NONE);
	bad |= step("callback set", SetDeviceStateChangeCbk(on_state) == eQCWWAN_ERR_NONE);
	bad |= step("subscribed",
		    slqs_ind_subscribe(&slqs_nas_signal_info_ind, on_signal, NULL) == 0);
	rc = slqs_ind_enable(0, &slqs_nas_register_indications, &reg, 0);
	bad |= step("signal info registered with the modem", rc == eQCWWAN_ERR_NONE);
	if (bad)
		return 1;
	bad |= step("an indication before", run(argv[2]) == 0 && wait_above(&n_ind, 0) == 0);

	bad |= step("the daemon killed", run(argv[0]) == 0);
	bad |= step("the callback hears DISCONNECTED", wait_above(&n_down, 0) == 0);
	rc = SLQSStart(0, NULL);
	bad |= step("SLQSStart fails while no daemon runs", rc != eQCWWAN_ERR_NONE);
	ready0 = get(&n_ready);
	ind0 = get(&n_ind);
	bad |= step("a new daemon started", run(argv[1]) == 0);
	bad |= step("requests are served again", served_again() == 0);
	bad |= step("the callback hears READY", wait_above(&n_ready, ready0) == 0);
	bad |= step("SLQSStart succeeds", SLQSStart(0, NULL) == eQCWWAN_ERR_NONE);
	bad |= step("QCWWAN2kConnect succeeds", QCWWAN2kConnect("", NULL) == eQCWWAN_ERR_NONE);
	bad |= step("an indication after (registration restored)",
		    run(argv[3]) == 0 && wait_above(&n_ind, ind0) == 0);
	printf("restart: ready=%u down=%u indications=%u\n", get(&n_ready), get(&n_down),
	       get(&n_ind));
	QCWWANDisconnect();
	return bad;
}

int main(int argc, char **argv)
{
	if (argc == 6 && !strcmp(argv[1], "restart"))
		return cmd_restart(argv + 2);
	fprintf(stderr, "usage: sdkapp restart KILL START SIGNAL1 SIGNAL2\n");
	return 2;
}
