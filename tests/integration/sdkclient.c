/*
 * sdkclient: a test client of slqssdk speaking the IPC protocol
 * (pkgs/ipc) directly, for the integration tests (tests/integration/
 * sdk_*.sh). Each command prints one result line and exits 0 when it got
 * what it expected.
 *
 *   sdkclient [-s SOCKET] [-d NODE] [-n NAME] [-t TIMEOUT_MS] COMMAND [ARGS]
 *     hello                  handshake only (exit 3: refused, status printed)
 *     enumerate              the devices, one line each
 *     stats                  the daemon's counters, key=value
 *     kill                   ask the daemon to exit
 *     raw SVC MSG [HEX]      one QMI request (TLV bytes in hex), print the answer
 *     load APPS REQS WINDOW  APPS processes at once, each REQS DMS requests with
 *                            WINDOW in flight; every answer checked
 *     killtest APPS          APPS processes send requests (DMS and UIM, so two
 *                            CIDs each) and are killed with SIGKILL mid-request;
 *                            the even ones first wait until they hold their CIDs
 *     traffic SECONDS        requests for SECONDS (or until SIGUSR1) while the
 *                            test resets/unplugs the modem; the last ones must
 *                            succeed again
 *     fault CONTROL KIND [M] requests while this client itself makes qmisim
 *                            (control socket CONTROL; modem M) reset or unplug
 *                            (KIND reset|unplug), each step once the previous
 *                            one showed; ends once answers flow again
 *     badmsg                 send a malformed message: the daemon must close us
 *     hold SECONDS           one request on DMS and UIM, then keep the CIDs a while
 *     droptest CONTROL       a request whose answer qmisim (control socket CONTROL)
 *                            drops times out with 0xE004; the next one is answered
 *     slowind CONTROL N      a NAS client that stops reading while qmisim (its
 *                            control socket CONTROL) changes registration N
 *                            times; then counts the indications and LOST notices
 *     flood SECONDS          send requests without ever reading, for SECONDS;
 *                            prints how many the daemon took
 *     silent N SECONDS       N connections that never say HELLO, held SECONDS
 *                            (or until SIGTERM); prints how many the daemon closed
 *     hellover VERSION       HELLO whose body says VERSION; prints the status
 *     relost CONTROL N       a round trip, then qmisim (control socket CONTROL)
 *                            forgets every client id (release-all), then N more
 *                            round trips: how many succeeded, SERVICE_RESETs heard
 */
#include <errno.h>
#include <poll.h>
#include <stdbool.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "core/codec.h"
#include "pkgs/dms/dms_msg.h"
#include "pkgs/ipc/ipc.h"
#include "pkgs/uim/uim_msg.h"

#define WAIT_MS   15000	/* longest wait for one answer */
#define SLOW_WAIT_MS 90000	/* ... when hundreds of apps start at once */
#define N_QUERIES 3

static const char *sock_path;
static const char *node = "";
static const char *app_name = "sdkclient";
static uint32_t req_timeout = WAIT_MS;	/* each request's own timeout */
static uint8_t rxbuf[IPC_MAX_PACKET];

/* The read-only DMS queries the load commands cycle through. */
static const struct qmi_msg *const queries[N_QUERIES] = {
	&slqs_dms_get_manufacturer, &slqs_dms_get_model, &slqs_dms_get_revision,
};
static char expected[N_QUERIES][DMS_STR_MAX];

static uint64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

/* Waits for the next message; skips nothing. 0, or -1 on timeout/EOF/garbage. */
static int recv_msg(int fd, struct ipc_msg *m, int timeout_ms)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };
	ssize_t rc;
	int n;

	do	/* SIGUSR1 (traffic: stop sending) interrupts the wait */
		n = poll(&p, 1, timeout_ms);
	while (n < 0 && errno == EINTR);
	if (n <= 0)
		return -1;
	rc = slqs_ipc_recv(fd, rxbuf, sizeof(rxbuf), m, 0);
	return rc < 0 ? -1 : 0;
}

/* Sends m and waits for a message of type `want`, skipping notifications. */
static int call(int fd, const struct ipc_msg *m, uint8_t want, struct ipc_msg *out)
{
	uint64_t end = now_ms() + WAIT_MS;

	if (slqs_ipc_send(fd, m, 0) < 0)
		return -1;
	while (now_ms() < end) {
		if (recv_msg(fd, out, (int)(end - now_ms())) < 0)
			return -1;
		if (out->type == want)
			return 0;
	}
	return -1;
}

/* Connects and says HELLO. Returns the fd, or -(status) when refused, or -1. */
static int open_session(void)
{
	struct ipc_msg m = { .type = IPC_HELLO }, r;
	int fd = slqs_ipc_connect(sock_path);

	if (fd < 0) {
		fprintf(stderr, "sdkclient: connect %s: %s\n", slqs_ipc_socket_path(sock_path),
			strerror(-fd));
		return -1;
	}
	m.u.hello.version = IPC_VERSION;
	m.u.hello.pid = (uint32_t)getpid();
	snprintf(m.u.hello.name, sizeof(m.u.hello.name), "%s", app_name);
	/* A refused peer may find the answer already waiting: send may fail. */
	slqs_ipc_send(fd, &m, 0);
	if (recv_msg(fd, &r, WAIT_MS) < 0 || r.type != IPC_HELLO_ACK) {
		close(fd);
		return -1;
	}
	if (r.u.hello_ack.status != IPC_OK) {
		close(fd);
		return -(int)r.u.hello_ack.status;
	}
	return fd;
}

static int connect_device(int fd)
{
	struct ipc_msg m = { .type = IPC_CONNECT }, r;

	snprintf(m.u.connect.node, sizeof(m.u.connect.node), "%s", node);
	if (call(fd, &m, IPC_CONNECT_ACK, &r) < 0)
		return -1;
	if (r.u.ack.status != IPC_OK) {
		fprintf(stderr, "sdkclient: CONNECT '%s': status %u\n", node, r.u.ack.status);
		return -1;
	}
	return 0;
}

static int session(void)
{
	int fd = open_session();

	if (fd < 0)
		return -1;
	if (connect_device(fd) < 0) {
		close(fd);
		return -1;
	}
	return fd;
}

static int send_request(int fd, uint32_t id, uint8_t service, uint8_t client, uint16_t msg,
			const uint8_t *tlv, uint16_t len)
{
	struct ipc_msg m = { .type = IPC_QMI_REQUEST };

	m.u.req.req_id = id;
	m.u.req.service = service;
	m.u.req.client = client;
	m.u.req.timeout_ms = req_timeout;
	m.u.req.msg_id = msg;
	m.u.req.tlv = tlv;
	m.u.req.tlv_len = len;
	return slqs_ipc_send(fd, &m, 0);
}

/* Decodes a DMS string answer; 0 with out filled, or -1. */
static int read_string(const struct ipc_qmi_response *r, const struct qmi_msg *q, char *out)
{
	static struct dms_string_rsp s;
	struct qmi_sdu sdu = { .kind = QMI_RESPONSE, .msg_id = r->msg_id, .tlv = r->tlv,
			       .tlv_len = r->tlv_len };
	struct qmi_result res;

	if (r->status != IPC_OK || slqs_msg_read(&sdu, q, &s, &res) < 0 ||
	    res.result != QMI_RESULT_SUCCESS)
		return -1;
	strcpy(out, s.value);
	return 0;
}

/* ---- commands ----------------------------------------------------------------- */

static int cmd_hello(void)
{
	int fd = open_session();

	if (fd < 0) {
		printf("hello: refused status=%d\n", fd == -1 ? -1 : -fd);
		return 3;
	}
	printf("hello: ok\n");
	close(fd);
	return 0;
}

static int cmd_enumerate(void)
{
	static struct ipc_device devs[IPC_MAX_DEVICES];
	struct ipc_msg m = { .type = IPC_ENUMERATE }, r;
	int fd = open_session();
	size_t n;

	if (fd < 0 || call(fd, &m, IPC_DEVICES, &r) < 0)
		return 1;
	n = slqs_ipc_devices_read(&r.u.devices, devs, IPC_MAX_DEVICES);
	printf("devices: status=%u count=%zu\n", r.u.devices.status, n);
	for (size_t i = 0; i < n; i++)
		printf("device: node=%s key=%s driver=%u state=%u vid=%04x pid=%04x if=%u "
		       "ifname=%s\n", devs[i].node, devs[i].key, devs[i].driver, devs[i].state,
		       devs[i].vid, devs[i].pid, devs[i].usb_if, devs[i].ifname);
	close(fd);
	return 0;
}

static int cmd_stats(void)
{
	struct ipc_msg m = { .type = IPC_STATS }, r;
	int fd = open_session();
	const struct ipc_stats *s = &r.u.stats;

	if (fd < 0 || call(fd, &m, IPC_STATS_ACK, &r) < 0)
		return 1;
	printf("apps=%u devices=%u ready=%u cids=%u pending=%u requests=%u timeouts=%u "
	       "ind_dropped=%u refused=%u resets=%u\n", s->apps - 1 /* not us */, s->devices,
	       s->devices_ready, s->cids, s->pending, s->requests, s->timeouts, s->ind_dropped,
	       s->refused, s->resets);
	close(fd);
	return 0;
}

static int cmd_kill(void)
{
	struct ipc_msg m = { .type = IPC_KILL }, r;
	int fd = open_session();

	if (fd < 0 || call(fd, &m, IPC_KILL_ACK, &r) < 0)
		return 1;
	printf("kill: status=%u\n", r.u.ack.status);
	return 0;
}

static int parse_hex(const char *s, uint8_t *out, size_t cap, size_t *len)
{
	*len = 0;
	while (*s) {
		unsigned v;

		if (*s == ' ' || *s == ':') {
			s++;
			continue;
		}
		if (*len >= cap || sscanf(s, "%2x", &v) != 1)
			return -1;
		out[(*len)++] = (uint8_t)v;
		s += s[1] ? 2 : 1;
	}
	return 0;
}

static int cmd_raw(int argc, char **argv)
{
	uint8_t tlv[1024];
	size_t len = 0;
	struct ipc_msg r;
	char hex[3 * 1024 + 1] = "";
	int fd;

	if (argc < 2 || (argc > 2 && parse_hex(argv[2], tlv, sizeof(tlv), &len) < 0)) {
		fprintf(stderr, "usage: raw SVC MSG [HEX]\n");
		return 2;
	}
	fd = session();
	if (fd < 0 || send_request(fd, 1, (uint8_t)strtoul(argv[0], NULL, 0), 0,
				   (uint16_t)strtoul(argv[1], NULL, 0), tlv, (uint16_t)len) < 0)
		return 1;
	do
		if (recv_msg(fd, &r, WAIT_MS) < 0)
			return 1;
	while (r.type != IPC_QMI_RESPONSE);
	for (size_t i = 0; i < r.u.rsp.tlv_len && i < 1024; i++)
		sprintf(hex + 3 * i, "%02X ", r.u.rsp.tlv[i]);
	printf("raw: status=%u msg=0x%04X tlv=%s\n", r.u.rsp.status, r.u.rsp.msg_id, hex);
	close(fd);
	return r.u.rsp.status == IPC_OK ? 0 : 1;
}

/* The answers the modem gives; load checks every response against them. */
static int learn_expected(void)
{
	int fd = session();

	if (fd < 0)
		return -1;
	for (int i = 0; i < N_QUERIES; i++) {
		struct ipc_msg r;

		if (send_request(fd, (uint32_t)i, queries[i]->service, 0, queries[i]->id, NULL, 0) < 0)
			return -1;
		do
			if (recv_msg(fd, &r, WAIT_MS) < 0)
				return -1;
		while (r.type != IPC_QMI_RESPONSE);
		if (read_string(&r.u.rsp, queries[i], expected[i]) < 0) {
			fprintf(stderr, "sdkclient: query %d failed: status %u\n", i, r.u.rsp.status);
			return -1;
		}
	}
	close(fd);
	return 0;
}

/* One app of `load`: reqs requests, window in flight, all checked. */
static int run_app(int fd, int reqs, int window, int seed)
{
	uint32_t next = 0, done = 0;
	int inflight = 0, bad = 0;

	while (done < (uint32_t)reqs) {
		while (inflight < window && next < (uint32_t)reqs) {
			int q = (int)((next + (uint32_t)seed) % N_QUERIES);

			/* The id carries the query, so the answer can be checked. */
			if (send_request(fd, next * N_QUERIES + (uint32_t)q, queries[q]->service, 0,
					 queries[q]->id, NULL, 0) < 0)
				return -1;
			next++;
			inflight++;
		}
		struct ipc_msg r;
		char got[DMS_STR_MAX];

		if (recv_msg(fd, &r, WAIT_MS) < 0)
			return -1;
		if (r.type != IPC_QMI_RESPONSE)
			continue;
		int q = (int)(r.u.rsp.req_id % N_QUERIES);

		if (r.u.rsp.msg_id != queries[q]->id || read_string(&r.u.rsp, queries[q], got) < 0 ||
		    strcmp(got, expected[q])) {
			fprintf(stderr, "sdkclient[%d]: wrong answer to request %u (status %u)\n",
				(int)getpid(), r.u.rsp.req_id, r.u.rsp.status);
			bad++;
		}
		done++;
		inflight--;
	}
	return bad ? -1 : 0;
}

/*
 * Starts n children that each open a session and wait at a barrier (the
 * pipe closing), then run fn. Returns how many children failed.
 */
static int fleet(int n, int (*fn)(int fd, int i, void *arg), void *arg, pid_t *pids,
		 int ready_fd)
{
	int go[2], failed = 0;

	if (pipe(go) < 0)
		return n;
	for (int i = 0; i < n; i++) {
		pid_t pid = fork();

		if (pid == 0) {
			char b;
			int fd;

			close(go[1]);
			fd = session();
			if (ready_fd < 0 && fd >= 0 && read(go[0], &b, 1) < 0)
				_exit(1);
			_exit(fd < 0 ? 1 : fn(fd, i, arg) ? 1 : 0);
		}
		pids[i] = pid;
	}
	close(go[0]);
	close(go[1]);	/* all forked: go */
	if (ready_fd >= 0)
		return 0;
	for (int i = 0; i < n; i++) {
		int st;

		if (waitpid(pids[i], &st, 0) < 0 || !WIFEXITED(st) || WEXITSTATUS(st))
			failed++;
	}
	return failed;
}

struct load_args {
	int reqs, window;
};

static int load_app(int fd, int i, void *arg)
{
	const struct load_args *a = arg;

	return run_app(fd, a->reqs, a->window, i);
}

static int cmd_load(int argc, char **argv)
{
	struct load_args a;
	int apps, failed;
	pid_t *pids;
	uint64_t t0;

	if (argc < 3)
		return 2;
	apps = atoi(argv[0]);
	a.reqs = atoi(argv[1]);
	a.window = atoi(argv[2]);
	if (apps < 1 || a.reqs < 1 || a.window < 1 || learn_expected() < 0)
		return 1;
	pids = calloc((size_t)apps, sizeof(*pids));
	if (!pids)
		return 1;
	t0 = now_ms();
	failed = fleet(apps, load_app, &a, pids, -1);
	printf("load: apps=%d requests=%d window=%d failed_apps=%d ms=%llu\n", apps, a.reqs,
	       a.window, failed, (unsigned long long)(now_ms() - t0));
	free(pids);
	return failed ? 1 : 0;
}

/* A DMS and a UIM request (ids id, id + 1): two CIDs on first use. */
static int send_pair(int fd, uint32_t id)
{
	if (send_request(fd, id, queries[0]->service, 0, queries[0]->id, NULL, 0) < 0 ||
	    send_request(fd, id + 1, slqs_uim_get_card_status.service, 0,
			 slqs_uim_get_card_status.id, NULL, 0) < 0)
		return -1;
	return 0;
}

/* Waits for n responses; returns how many of them succeeded. */
static int await_answers(int fd, int n, int wait_ms)
{
	struct ipc_msg r;
	int ok = 0;

	while (n > 0 && recv_msg(fd, &r, wait_ms) == 0) {
		if (r.type != IPC_QMI_RESPONSE)
			continue;
		ok += r.u.rsp.status == IPC_OK;
		n--;
	}
	return ok;
}

/*
 * A killtest child: requests on DMS and UIM, says so, then waits to die.
 * Even ones first get the answers of a first pair, so they surely hold
 * two CIDs when killed ('h'); odd ones are killed with their allocations
 * possibly still in flight ('r').
 */
static int doomed_app(int fd, int i, void *arg)
{
	int ready = *(int *)arg;
	bool hold = i % 2 == 0;

	if (hold && (send_pair(fd, 1) < 0 || await_answers(fd, 2, SLOW_WAIT_MS) != 2))
		return 1;
	if (send_pair(fd, 3) < 0 || write(ready, hold ? "h" : "r", 1) < 0)
		return 1;
	pause();
	return 0;
}

static int cmd_killtest(int argc, char **argv)
{
	int apps, pipefd[2], got = 0, holding = 0;
	pid_t *pids;
	uint64_t end;

	if (argc < 1 || (apps = atoi(argv[0])) < 1 || pipe(pipefd) < 0)
		return 2;
	pids = calloc((size_t)apps, sizeof(*pids));
	if (!pids)
		return 1;
	fleet(apps, doomed_app, &pipefd[1], pids, pipefd[1]);
	close(pipefd[1]);
	end = now_ms() + SLOW_WAIT_MS;
	while (got < apps && now_ms() < end) {
		char b[256];
		struct pollfd p = { .fd = pipefd[0], .events = POLLIN };
		ssize_t n;

		if (poll(&p, 1, 1000) <= 0)
			continue;
		n = read(pipefd[0], b, sizeof(b));
		if (n <= 0)
			break;	/* every child gone: some failed to start */
		got += (int)n;
		for (ssize_t k = 0; k < n; k++)
			holding += b[k] == 'h';
	}
	for (int i = 0; i < apps; i++)
		kill(pids[i], SIGKILL);
	for (int i = 0; i < apps; i++)
		waitpid(pids[i], NULL, 0);
	printf("killtest: apps=%d killed_mid_request=%d holding=%d\n", apps, got, holding);
	free(pids);
	return got == apps ? 0 : 1;
}

/* Sends line to qmisim's control socket fd and reads its one-line answer
 * (into reply, NUL-terminated, if cap > 0). */
static int control(int fd, const char *line, char *reply, size_t cap)
{
	size_t n = 0;
	char c;

	if (write(fd, line, strlen(line)) != (ssize_t)strlen(line))
		return -1;
	do {
		if (read(fd, &c, 1) != 1)
			return -1;
		if (n + 1 < cap)
			reply[n++] = c;
	} while (c != '\n');
	if (cap)
		reply[n] = '\0';
	return 0;
}

/* Connects to qmisim's control socket at path; the fd or -1. */
static int control_open(const char *path)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	int fd;

	if (strlen(path) >= sizeof(sa.sun_path))
		return -1;
	strcpy(sa.sun_path, path);
	fd = socket(AF_UNIX, SOCK_STREAM, 0);
	if (fd >= 0 && connect(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		close(fd);
		fd = -1;
	}
	return fd;
}

/* What a stream of requests met while the modem reset or went away. */
struct traffic {
	unsigned ok, reset, nodev, timeout, other, streak;	/* answers */
	unsigned st_reset, st_gone, st_ready;			/* device states heard */
};

/* Says, after each message received, whether to go on sending requests. */
typedef bool traffic_more_fn(const struct traffic *t, void *arg);

static void count_answer(struct traffic *t, const struct ipc_qmi_response *r)
{
	char got[DMS_STR_MAX];
	int q = (int)(r->req_id % N_QUERIES);

	switch (r->status) {
	case IPC_OK:
		if (read_string(r, queries[q], got) == 0 && !strcmp(got, expected[q])) {
			t->ok++;
			t->streak++;
		} else {
			t->other++;
			t->streak = 0;
		}
		return;
	case IPC_ST_DEVICE_RESET:
		t->reset++;
		break;
	case IPC_ST_NO_DEVICE:
		t->nodev++;
		break;
	case IPC_ST_TIMEOUT:
		t->timeout++;
		break;
	default:
		fprintf(stderr, "sdkclient: unexpected status %u\n", r->status);
		t->other++;
		break;
	}
	t->streak = 0;
	usleep(20000);	/* the device is away: do not spin */
}

/*
 * Requests (4 in flight), whatever happens to the modem, while more()
 * says so; then the answers still due. Failures with the reset /
 * no-device / timeout codes are expected while it resets or is away.
 * 0, or -1 when the daemon stops answering.
 */
static int run_traffic(int fd, struct traffic *t, traffic_more_fn *more, void *arg)
{
	uint32_t id = 0;
	int inflight = 0, window = 4;

	for (;;) {
		bool go = more(t, arg);
		struct ipc_msg r;

		while (go && inflight < window) {
			int q = (int)(id % N_QUERIES);

			if (send_request(fd, id++, queries[q]->service, 0, queries[q]->id, NULL, 0) < 0)
				return -1;
			inflight++;
		}
		if (!inflight)
			return 0;
		if (recv_msg(fd, &r, WAIT_MS) < 0) {
			fprintf(stderr, "sdkclient: no answer in %d ms\n", WAIT_MS);
			return -1;
		}
		if (r.type == IPC_DEVICE_STATE) {
			t->st_reset += r.u.state.state == IPC_DEV_RESET;
			t->st_gone += r.u.state.state == IPC_DEV_GONE;
			t->st_ready += r.u.state.state == IPC_DEV_READY;
		} else if (r.type == IPC_QMI_RESPONSE) {
			inflight--;
			count_answer(t, &r.u.rsp);
		}
	}
}

static void print_traffic(const char *cmd, const struct traffic *t)
{
	printf("%s: ok=%u reset=%u nodev=%u timeout=%u other=%u last_ok_streak=%u "
	       "state_reset=%u state_gone=%u state_ready=%u\n", cmd, t->ok, t->reset, t->nodev,
	       t->timeout, t->other, t->streak, t->st_reset, t->st_gone, t->st_ready);
}

static volatile sig_atomic_t stop_asked;

static void on_stop(int sig)
{
	(void)sig;
	stop_asked = 1;
}

static bool until_time(const struct traffic *t, void *arg)
{
	(void)t;
	return !stop_asked && now_ms() < *(const uint64_t *)arg;
}

/* Requests for SECONDS, or until SIGUSR1; the last ones must succeed. */
static int cmd_traffic(int argc, char **argv)
{
	struct traffic t = { 0 };
	uint64_t end;
	int fd;

	if (argc < 1)
		return 2;
	signal(SIGUSR1, on_stop);
	if (learn_expected() < 0 || (fd = session()) < 0)
		return 1;
	end = now_ms() + (uint64_t)atoi(argv[0]) * 1000;
	if (run_traffic(fd, &t, until_time, &end) < 0)
		return 1;
	print_traffic("traffic", &t);
	close(fd);
	return t.other == 0 && t.streak >= 5 ? 0 : 1;
}

/* A fault made by qmisim, step by step, each once the previous one showed. */
struct fault {
	int cfd;		/* qmisim's control socket */
	char prefix[16];	/* "" or "modem N " */
	bool unplug;		/* else reset */
	enum { WARM_UP, DROPPING, AWAY, COMING_BACK, DONE, BROKEN } step;
};

static int fault_command(struct fault *f, const char *cmd, char *reply, size_t cap)
{
	char line[64];

	snprintf(line, sizeof(line), "%s%s\n", f->prefix, cmd);
	if (control(f->cfd, line, reply, cap) < 0) {
		f->step = BROKEN;
		return -1;
	}
	return 0;
}

/* Have the answers qmisim was told to drop been dropped? */
static bool drops_done(struct fault *f)
{
	char reply[2048];

	return fault_command(f, "stats", reply, sizeof(reply)) == 0 &&
	       strstr(reply, " drop_pending=0 ");
}

/*
 * Reset: answers flow; qmisim drops the next 3 (those requests stay
 * pending); once it has, the modem resets (they fail with the reset
 * code). Unplug: answers flow; the modem goes; once the app heard GONE
 * and a request failed for it, the modem comes back. Both: done once
 * READY was heard and 5 answers came in a row.
 */
static bool fault_more(const struct traffic *t, void *arg)
{
	struct fault *f = arg;

	switch (f->step) {
	case WARM_UP:
		if (t->ok >= 10 && fault_command(f, f->unplug ? "unplug" : "drop 3", NULL, 0) == 0)
			f->step = f->unplug ? AWAY : DROPPING;
		break;
	case DROPPING:
		if (drops_done(f) && fault_command(f, "reset", NULL, 0) == 0)
			f->step = COMING_BACK;
		break;
	case AWAY:
		if (t->st_gone && t->nodev && fault_command(f, "replug", NULL, 0) == 0)
			f->step = COMING_BACK;
		break;
	case COMING_BACK:
		if (t->st_ready && t->streak >= 5)
			f->step = DONE;
		break;
	default:
		break;
	}
	return f->step < DONE;
}

static int cmd_fault(int argc, char **argv)
{
	struct traffic t = { 0 };
	struct fault f = { .step = WARM_UP };
	int fd;

	if (argc < 2 || (strcmp(argv[1], "reset") && strcmp(argv[1], "unplug")))
		return 2;
	f.unplug = !strcmp(argv[1], "unplug");
	if (argc > 2)
		snprintf(f.prefix, sizeof(f.prefix), "modem %d ", atoi(argv[2]));
	if (learn_expected() < 0 || (fd = session()) < 0 || (f.cfd = control_open(argv[0])) < 0)
		return 1;
	if (run_traffic(fd, &t, fault_more, &f) < 0)
		return 1;
	print_traffic("fault", &t);
	close(f.cfd);
	close(fd);
	return t.other == 0 && f.step == DONE ? 0 : 1;
}

static int cmd_badmsg(void)
{
	static const uint8_t junk[] = { IPC_VERSION, IPC_QMI_REQUEST, 1, 2 };	/* truncated */
	int fd = session();
	struct ipc_msg r;
	ssize_t n;

	if (fd < 0 || send(fd, junk, sizeof(junk), MSG_NOSIGNAL) < 0)
		return 1;
	/* The daemon closes a client that sends garbage: we read end of file. */
	struct pollfd p = { .fd = fd, .events = POLLIN };

	if (poll(&p, 1, WAIT_MS) <= 0)
		return 1;
	n = slqs_ipc_recv(fd, rxbuf, sizeof(rxbuf), &r, 0);
	printf("badmsg: %s\n", n == IPC_E_CLOSED ? "closed by the daemon" : "still open");
	close(fd);
	return n == IPC_E_CLOSED ? 0 : 1;
}

static int cmd_hold(int argc, char **argv)
{
	int fd, answers;

	if (argc < 1)
		return 2;
	fd = session();
	if (fd < 0 || send_pair(fd, 1) < 0)
		return 1;
	answers = await_answers(fd, 2, WAIT_MS);
	printf("hold: answers=%d\n", answers);
	fflush(stdout);
	sleep((unsigned)atoi(argv[0]));
	close(fd);
	return answers == 2 ? 0 : 1;
}

/* One request and its answer's status (or -1). */
static long round_trip(int fd, uint32_t id, const struct qmi_msg *q)
{
	struct ipc_msg r;

	if (send_request(fd, id, q->service, 0, q->id, NULL, 0) < 0)
		return -1;
	do
		if (recv_msg(fd, &r, WAIT_MS) < 0)
			return -1;
	while (r.type != IPC_QMI_RESPONSE || r.u.rsp.req_id != id);
	return r.u.rsp.status;
}

static int cmd_droptest(int argc, char **argv)
{
	long first, dropped, next;
	int fd, cfd;

	if (argc < 1)
		return 2;
	fd = session();
	cfd = control_open(argv[0]);
	if (fd < 0 || cfd < 0)
		return 1;
	first = round_trip(fd, 1, queries[0]);	/* the CID exists from now on */
	if (control(cfd, "drop 1\n", NULL, 0) < 0)
		return 1;
	req_timeout = 300;
	dropped = round_trip(fd, 2, queries[1]);
	req_timeout = WAIT_MS;
	next = round_trip(fd, 3, queries[2]);
	printf("droptest: first=%ld dropped=%ld next=%ld\n", first, dropped, next);
	close(cfd);
	close(fd);
	return first == IPC_OK && dropped == IPC_ST_TIMEOUT && next == IPC_OK ? 0 : 1;
}

/* The daemon's count of indications dropped on full app queues, or -1. */
static long ind_dropped(int fd)
{
	struct ipc_msg m = { .type = IPC_STATS }, r;

	return call(fd, &m, IPC_STATS_ACK, &r) < 0 ? -1 : (long)r.u.stats.ind_dropped;
}

/*
 * A NAS client that does not read while qmisim changes the registration
 * n times (two indications each). Every 50 changes a request on a second
 * session makes a round trip through the modem: its answer comes after
 * the indications before it, so the daemon has read them all and the
 * modem's buffer never fills. Then the client reads until it has heard
 * LOST for every indication the daemon dropped (the last LOST follows the
 * queue), so nothing depends on how fast either side runs.
 */
static int cmd_slowind(int argc, char **argv)
{
	unsigned received = 0, lost = 0, after_lost = 0, dropped;
	long before, after;
	struct ipc_msg r;
	int fd, pacer, cfd, n;

	if (argc < 2 || (n = atoi(argv[1])) < 1)
		return 2;
	fd = session();
	pacer = session();
	/* NAS Get Serving System: gives us a NAS client, which hears about registration. */
	if (fd < 0 || pacer < 0 || send_request(fd, 1, 0x03, 0, 0x0024, NULL, 0) < 0)
		return 1;
	do
		if (recv_msg(fd, &r, WAIT_MS) < 0)
			return 1;
	while (r.type != IPC_QMI_RESPONSE);
	cfd = control_open(argv[0]);
	if (cfd < 0 || (before = ind_dropped(pacer)) < 0)
		return 1;
	for (int i = 0; i < n; i++) {
		if (control(cfd, i % 2 ? "nas register home\n" : "nas register searching\n", NULL,
			    0) < 0)
			return 1;
		if ((i % 50 == 49 || i == n - 1) && round_trip(pacer, (uint32_t)i, queries[0]) != IPC_OK)
			return 1;
	}
	close(cfd);
	after = ind_dropped(pacer);
	if (after < before)
		return 1;
	dropped = (unsigned)(after - before);
	/* Now read everything the daemon kept for us. */
	while (lost < dropped && recv_msg(fd, &r, WAIT_MS) == 0) {
		if (r.type == IPC_LOST) {
			lost += r.u.lost.count;
			after_lost = 0;
		} else if (r.type == IPC_INDICATION) {
			received++;
			after_lost++;
		}
	}
	printf("slowind: changes=%d received=%u lost=%u received_after_last_lost=%u\n", n,
	       received, lost, after_lost);
	close(pacer);
	close(fd);
	return lost > 0 && lost == dropped && received + lost >= (unsigned)n ? 0 : 1;
}

/* Requests without reading, for SECONDS: the daemon must stop taking them. */
static int cmd_flood(int argc, char **argv)
{
	uint64_t end;
	unsigned long sent = 0, blocked = 0;
	struct ipc_msg m = { .type = IPC_QMI_REQUEST };
	int fd;

	if (argc < 1)
		return 2;
	fd = session();
	if (fd < 0)
		return 1;
	end = now_ms() + (uint64_t)atoi(argv[0]) * 1000;
	m.u.req.service = queries[0]->service;
	m.u.req.msg_id = queries[0]->id;
	m.u.req.timeout_ms = req_timeout;
	while (now_ms() < end) {
		struct pollfd p = { .fd = fd, .events = POLLOUT };
		int rc;

		m.u.req.req_id = (uint32_t)sent;
		rc = slqs_ipc_send(fd, &m, MSG_DONTWAIT);
		if (rc == 0) {
			sent++;
			continue;
		}
		if (rc != -EAGAIN) {
			fprintf(stderr, "sdkclient: flood: send: %d\n", rc);
			return 1;
		}
		blocked++;
		poll(&p, 1, 100);
	}
	printf("flood: sent=%lu blocked=%lu\n", sent, blocked);
	close(fd);
	return 0;
}

/* N connections that say nothing; how many did the daemon close meanwhile? */
static int cmd_silent(int argc, char **argv)
{
	int n, *fds, closed = 0, opened = 0;
	uint64_t end;

	if (argc < 2 || (n = atoi(argv[0])) < 1)
		return 2;
	fds = calloc((size_t)n, sizeof(*fds));
	if (!fds)
		return 1;
	signal(SIGTERM, on_stop);
	for (int i = 0; i < n; i++) {
		fds[i] = slqs_ipc_connect(sock_path);
		opened += fds[i] >= 0;
	}
	printf("silent: opened=%d\n", opened);
	fflush(stdout);
	end = now_ms() + (uint64_t)atoi(argv[1]) * 1000;
	while (!stop_asked && now_ms() < end)
		usleep(100000);
	for (int i = 0; i < n; i++) {
		struct pollfd p = { .fd = fds[i], .events = POLLIN };

		if (fds[i] < 0)
			continue;
		closed += poll(&p, 1, 0) == 1 && (p.revents & (POLLHUP | POLLIN));
		close(fds[i]);
	}
	printf("silent: closed_by_daemon=%d\n", closed);
	free(fds);
	return 0;
}

/* A HELLO whose body carries another version than the packet header. */
static int cmd_hellover(int argc, char **argv)
{
	struct ipc_msg m = { .type = IPC_HELLO }, r;
	int fd;

	if (argc < 1)
		return 2;
	fd = slqs_ipc_connect(sock_path);
	if (fd < 0)
		return 1;
	m.u.hello.version = (uint16_t)atoi(argv[0]);
	m.u.hello.pid = (uint32_t)getpid();
	strcpy(m.u.hello.name, "hellover");
	if (call(fd, &m, IPC_HELLO_ACK, &r) < 0) {
		printf("hellover: no answer\n");
		return 1;
	}
	printf("hellover: status=%u\n", r.u.hello_ack.status);
	close(fd);
	return 0;
}

/* Round trips around qmisim's release-all: each must succeed. */
static int cmd_relost(int argc, char **argv)
{
	unsigned ok = 0, states = 0;
	int fd, cfd, n;

	if (argc < 2 || (n = atoi(argv[1])) < 1)
		return 2;
	if (learn_expected() < 0 || (fd = session()) < 0 || (cfd = control_open(argv[0])) < 0)
		return 1;
	if (round_trip(fd, 0, queries[0]) != IPC_OK || control(cfd, "release-all\n", NULL, 0) < 0)
		return 1;
	for (int i = 1; i <= n; i++) {
		int q = i % N_QUERIES;
		struct ipc_msg r;
		char got[DMS_STR_MAX];

		if (send_request(fd, (uint32_t)i, queries[q]->service, 0, queries[q]->id, NULL, 0) < 0)
			return 1;
		do {
			if (recv_msg(fd, &r, WAIT_MS) < 0)
				return 1;
			states += r.type == IPC_SERVICE_RESET;
		} while (r.type != IPC_QMI_RESPONSE);
		ok += read_string(&r.u.rsp, queries[q], got) == 0 && !strcmp(got, expected[q]);
	}
	printf("relost: ok=%u of %d service_resets=%u\n", ok, n, states);
	close(cfd);
	close(fd);
	return ok == (unsigned)n ? 0 : 1;
}

int main(int argc, char **argv)
{
	int c;

	while ((c = getopt(argc, argv, "s:d:n:t:")) != -1) {
		switch (c) {
		case 's':
			sock_path = optarg;
			break;
		case 'd':
			node = optarg;
			break;
		case 'n':
			app_name = optarg;
			break;
		case 't':
			req_timeout = (uint32_t)strtoul(optarg, NULL, 0);
			break;
		default:
			return 2;
		}
	}
	argc -= optind;
	argv += optind;
	if (argc < 1) {
		fprintf(stderr, "usage: sdkclient [-s SOCKET] [-d NODE] [-n NAME] [-t MS] COMMAND ...\n");
		return 2;
	}
	signal(SIGPIPE, SIG_IGN);
	if (!strcmp(argv[0], "hello"))
		return cmd_hello();
	if (!strcmp(argv[0], "enumerate"))
		return cmd_enumerate();
	if (!strcmp(argv[0], "stats"))
		return cmd_stats();
	if (!strcmp(argv[0], "kill"))
		return cmd_kill();
	if (!strcmp(argv[0], "raw"))
		return cmd_raw(argc - 1, argv + 1);
	if (!strcmp(argv[0], "load"))
		return cmd_load(argc - 1, argv + 1);
	if (!strcmp(argv[0], "killtest"))
		return cmd_killtest(argc - 1, argv + 1);
	if (!strcmp(argv[0], "traffic"))
		return cmd_traffic(argc - 1, argv + 1);
	if (!strcmp(argv[0], "fault"))
		return cmd_fault(argc - 1, argv + 1);
	if (!strcmp(argv[0], "badmsg"))
		return cmd_badmsg();
	if (!strcmp(argv[0], "hold"))
		return cmd_hold(argc - 1, argv + 1);
	if (!strcmp(argv[0], "droptest"))
		return cmd_droptest(argc - 1, argv + 1);
	if (!strcmp(argv[0], "slowind"))
		return cmd_slowind(argc - 1, argv + 1);
	if (!strcmp(argv[0], "flood"))
		return cmd_flood(argc - 1, argv + 1);
	if (!strcmp(argv[0], "silent"))
		return cmd_silent(argc - 1, argv + 1);
	if (!strcmp(argv[0], "hellover"))
		return cmd_hellover(argc - 1, argv + 1);
	if (!strcmp(argv[0], "relost"))
		return cmd_relost(argc - 1, argv + 1);
	fprintf(stderr, "sdkclient: unknown command '%s'\n", argv[0]);
	return 2;
}
