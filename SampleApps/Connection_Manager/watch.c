/*
 * watch.c - keeping the link up.
 *
 * The loop sleeps until something happens: a signal, the modem reporting a
 * session ended (session-state callback), the modem going away or coming
 * back (device-state callback); and looks at the session every few seconds
 * as a safety net. A lost link is brought up again after a delay that
 * doubles with each failed attempt, from --backoff-min to --backoff-max, and
 * falls back to the minimum once a link is up again: never a busy loop, and
 * a quick return after a single drop. `watch` keeps trying also when the
 * first bring-up fails (no network yet, a refused session), except for SIM
 * problems. Without reconnection (`up`) a lost session ends the program
 * (exit 8).
 */
#include "cm.h"

enum { CHECK_EVERY_MS = 5000 };

/* Waits ms or until stopped; false when stopped. A device coming back
 * ends the wait early: no point in waiting longer for it. */
static bool pause_ms(unsigned ms)
{
	for (;;) {
		enum cm_event ev = cm_events_wait((int)ms);

		if (ev == CM_EV_STOP)
			return false;
		if (ev == CM_EV_TICK || ev == CM_EV_DEVICE_READY)
			return true;
	}
}

static bool device_ready(void)
{
	BYTE mode = DEVICE_STATE_DISCONNECTED;

	return SLQSGetDeviceMode(&mode) == eQCWWAN_ERR_NONE && mode == DEVICE_STATE_READY;
}

/* Brings the link up again until it works; CM_EXIT_OK once up, else the
 * reason to give up (stopped, or a SIM problem retrying would make worse). */
static int reconnect(struct cm_link *l, unsigned *reconnects)
{
	unsigned delay = l->o->backoff_min_ms;
	int rc;

	for (;;) {
		cm_info("reconnecting in %u ms", delay);
		if (!pause_ms(delay))
			return CM_EXIT_OK;
		if (delay < l->o->backoff_max_ms / 2)
			delay *= 2;
		else
			delay = l->o->backoff_max_ms;
		if (!device_ready()) {
			cm_info("the modem is not there yet");
			continue;
		}
		rc = cm_link_up(l);
		if (rc == CM_EXIT_OK) {
			++*reconnects;
			cm_info("reconnected (%u reconnects so far)", *reconnects);
			cm_link_show(l);
			if (l->on_connected)
				l->on_connected();
			return CM_EXIT_OK;
		}
		if (cm_stop_requested())
			return CM_EXIT_OK;	/* stopped while reconnecting: a normal end */
		if (rc == CM_EXIT_SIM)
			return rc;
	}
}

int cm_watch(struct cm_link *l)
{
	unsigned reconnects = 0;
	int rc;

	/* The first bring-up failed (no network yet, refused...): keep trying. */
	if (!l->up && l->o->reconnect) {
		rc = reconnect(l, &reconnects);
		if (rc != CM_EXIT_OK || cm_stop_requested())
			goto out;
		reconnects = 0;
	}
	for (;;) {
		enum cm_event ev = cm_events_wait(CHECK_EVERY_MS);

		if (ev == CM_EV_STOP)
			break;
		if (ev == CM_EV_DEVICE_READY || ev == CM_EV_INPUT)
			continue;
		if (ev != CM_EV_DEVICE_GONE && cm_session_alive(&l->session))
			continue;
		cm_warn(ev == CM_EV_DEVICE_GONE ? "the modem went away (reset or unplugged)"
						: "the session ended");
		cm_link_down(l);
		if (!l->o->reconnect)
			return CM_EXIT_DROPPED;
		rc = reconnect(l, &reconnects);
		if (rc != CM_EXIT_OK)
			return rc;
		if (cm_stop_requested())
			break;
	}
	rc = CM_EXIT_OK;
out:
	cm_link_down(l);
	return rc;
}
