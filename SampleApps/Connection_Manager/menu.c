/*
 * menu.c - the interactive menu, started as the vendor's sample is:
 * `connectionmgr [SDK_PATH] [MODEM_INDEX]`.
 *
 * Every screen starts with the modem's status (network, signal, the live
 * session's addresses and byte counts), so the settings are on the screen
 * rather than only in syslog; Enter alone redraws it (one-keystroke
 * refresh) and `q` quits, stopping the session (it could not outlive the
 * program anyway).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "cm.h"

static struct cm_options menu_opts;
static struct cm_link menu_link = { .o = &menu_opts };
static bool link_lost;

/* ---- input: whole lines from stdin, while watching the event queue ---- */

static char inbuf[512];
static size_t inlen;
static bool in_eof;

/* The next line (without its newline) into line; false at EOF or on a stop. */
static bool read_line(const char *prompt, char *line, size_t size)
{
	cm_say("%s", prompt);
	for (;;) {
		char *nl = memchr(inbuf, '\n', inlen);

		if (nl || (in_eof && inlen)) {
			size_t n = nl ? (size_t)(nl - inbuf) : inlen;
			size_t used = nl ? n + 1 : n;

			snprintf(line, size, "%.*s", (int)n, inbuf);
			memmove(inbuf, inbuf + used, inlen - used);
			inlen -= used;
			return true;
		}
		if (in_eof)
			return false;
		switch (cm_events_wait_on(STDIN_FILENO, -1)) {
		case CM_EV_STOP:
			return false;
		case CM_EV_SESSION_DOWN:
		case CM_EV_DEVICE_GONE:
			link_lost = true;
			break;
		case CM_EV_INPUT: {
			ssize_t got = read(STDIN_FILENO, inbuf + inlen, sizeof inbuf - 1 - inlen);

			if (got > 0)
				inlen += (size_t)got;
			else if (got == 0 || errno != EINTR)
				in_eof = true;
			if (inlen == sizeof inbuf - 1)	/* an overlong line: cut it */
				inbuf[inlen++ - 1] = '\n';
			break;
		}
		default:
			break;
		}
	}
}

/* A number (def when the answer is empty); false when stopped. */
static bool ask_number(const char *prompt, long def, long min, long max, long *out)
{
	char line[64], *end;

	for (;;) {
		if (!read_line(prompt, line, sizeof line))
			return false;
		if (!line[0]) {
			*out = def;
			return true;
		}
		*out = strtol(line, &end, 10);
		if (!*end && *out >= min && *out <= max)
			return true;
		cm_say("a number from %ld to %ld, please\n", min, max);
	}
}

static bool ask_text(const char *prompt, char *out, size_t size)
{
	return read_line(prompt, out, size);
}

/* ---- actions ----------------------------------------------------------- */

static void status_screen(void)
{
	cm_say("\n==== %s ====\n", cm_sdk_node());
	cm_network_show();
	if (menu_link.up && cm_session_settings(&menu_link.session) != 0)
		cm_say("(the session's settings could not be read)\n");
	cm_link_show(&menu_link);
}

/* The scripted mode's PIN hints (--pin, --force-pin) mean nothing here:
 * a locked SIM is pointed at option 11. */
static bool sim_ready(void)
{
	ULONG left;

	switch (cm_sim_state(&left)) {
	case CM_SIM_READY:
		return true;
	case CM_SIM_LOCKED:
		cm_say("the SIM is locked (%u tries left): enter its PIN with 11 first\n",
		       (unsigned)left);
		return false;
	case CM_SIM_UNUSABLE:
		break;
	}
	return false;
}

static void start_session(const char *radio)
{
	long profile, family;

	if (menu_link.up) {
		cm_say("a session is up already: stop it first (3)\n");
		return;
	}
	if (!sim_ready())
		return;
	if (!ask_number("Profile index (1-16, Enter: the default profile): ", 0, 0, 16, &profile) ||
	    !ask_number("IP family: 4, 6 or 7 for both (Enter: 7): ", 7, 4, 7, &family))
		return;
	if (family == 5) {
		cm_say("4, 6 or 7, please\n");
		return;
	}
	menu_opts.family = (enum cm_family)family;
	menu_link.profile = (ULONG)profile;
	cm_say("Starting a %s %s session...\n", radio, cm_family_name(menu_opts.family));
	if (cm_link_up(&menu_link) == CM_EXIT_OK)
		cm_link_show(&menu_link);
}

static void stop_sessions(void)
{
	if (!menu_link.up) {
		cm_say("no session of this program is up\n");
		return;
	}
	cm_link_down(&menu_link);
}

static void profile_edit(bool create)
{
	long id, pdp, auth;
	char name[64], apn[101], user[64], password[64];
	int got;

	if (!ask_number(create ? "Profile index (Enter: the first free one): " : "Profile index: ",
			0, create ? 0 : 1, 16, &id) ||
	    !ask_text("Name: ", name, sizeof name) || !ask_text("APN: ", apn, sizeof apn) ||
	    !ask_number("PDP type: 0 IPv4, 2 IPv6, 3 IPv4v6 (Enter: 3): ", 3, 0, 3, &pdp) ||
	    !ask_number("Authentication: 0 none, 1 PAP, 2 CHAP, 3 either (Enter: 0): ", 0, 0, 3,
			&auth) ||
	    !ask_text("User name: ", user, sizeof user) ||
	    !ask_text("Password: ", password, sizeof password))
		return;
	if (!create && !id)
		return;
	got = cm_profile_write((BYTE)id, create, (ULONG)pdp, name, apn, (ULONG)auth, user, password);
	if (got > 0)
		cm_say("profile %d %s\n", got, create ? "created" : "modified");
}

static void profile_pick(bool delete)
{
	long id;

	if (!ask_number("Profile index: ", 0, 1, 16, &id))
		return;
	if (!delete)
		cm_profile_show((BYTE)id);
	else if (cm_profile_delete((BYTE)id) == 0)
		cm_say("profile %ld deleted\n", id);
}

/* Waits (bounded) for the modem to come back after a reset. */
static void wait_ready(void)
{
	BYTE mode = DEVICE_STATE_DISCONNECTED;
	int i;

	for (i = 0; i < 120; i++) {
		if (SLQSGetDeviceMode(&mode) == eQCWWAN_ERR_NONE && mode == DEVICE_STATE_READY && i)
			break;
		if (cm_events_wait(500) == CM_EV_STOP)
			return;
	}
	cm_say(mode == DEVICE_STATE_READY ? "the modem is back\n" : "the modem did not come back\n");
}

static void power_cycle(void)
{
	ULONG rc;

	if (menu_link.up)
		cm_link_down(&menu_link);
	rc = SetPower(3);	/* offline */
	if (rc == eQCWWAN_ERR_NONE)
		rc = SetPower(4);	/* reset */
	if (rc != eQCWWAN_ERR_NONE) {
		cm_say("power cycle: %s\n", cm_err_name(rc));
		return;
	}
	cm_say("resetting the modem...\n");
	wait_ready();
}

static void power_mode(void)
{
	ULONG now = 0, rc;
	long mode;

	if (GetPower(&now) == eQCWWAN_ERR_NONE)
		cm_say("power mode now: %u\n", (unsigned)now);
	if (!ask_number("Mode: 0 online, 1 low power, 3 offline, 4 reset, 6 persistent low power: ",
			-1, 0, 6, &mode) || mode < 0)
		return;
	rc = SetPower((ULONG)mode);
	cm_say("SetPower(%ld): %s\n", mode, cm_err_name(rc));
}

static void enter_pin(void)
{
	char pin[16], answer[16];
	ULONG left;

	cm_sim_show();
	switch (cm_sim_state(&left)) {
	case CM_SIM_READY:
		cm_say("the SIM needs no PIN\n");
		return;
	case CM_SIM_UNUSABLE:
		return;
	case CM_SIM_LOCKED:
		break;
	}
	/* A wrong PIN at the last try blocks the SIM (the PUK is then needed):
	 * only on an explicit yes. */
	if (left == 1) {
		cm_say("Only one PIN try is left: a wrong PIN blocks the SIM.\n");
		if (!ask_text("Use the last try? (yes/No): ", answer, sizeof answer))
			return;
		if (strcasecmp(answer, "yes") && strcasecmp(answer, "y")) {
			cm_say("not tried: the SIM stays locked\n");
			return;
		}
	}
	if (ask_text("PIN (Enter: cancel): ", pin, sizeof pin) && pin[0] &&
	    cm_sim_unlock(pin, left == 1) == CM_EXIT_OK)
		cm_say("the SIM is unlocked\n");
}

static const char menu_text[] =
	"\n  1 start a UMTS session        8 delete a profile\n"
	"  2 start an LTE session        9 power cycle the modem\n"
	"  3 stop all sessions          10 set the power mode\n"
	"  4 list profiles              11 enter the SIM PIN\n"
	"  5 show a profile             12 device information\n"
	"  6 create a profile           13 signal and serving system\n"
	"  7 modify a profile         Enter: refresh    q: quit\n"
	"Option: ";

/* One menu choice; false to quit. */
static bool dispatch(const char *choice)
{
	switch (atoi(choice)) {
	case 1: start_session("UMTS"); break;
	case 2: start_session("LTE"); break;
	case 3: stop_sessions(); break;
	case 4: cm_profiles_list(); break;
	case 5: profile_pick(false); break;
	case 6: profile_edit(true); break;
	case 7: profile_edit(false); break;
	case 8: profile_pick(true); break;
	case 9: power_cycle(); break;
	case 10: power_mode(); break;
	case 11: enter_pin(); break;
	case 12: cm_devinfo_show(); break;
	case 13: cm_network_show(); break;
	default:
		if (choice[0] == 'q' || choice[0] == 'Q')
			return false;
		if (choice[0])
			cm_say("no option '%s'\n", choice);
	}
	return true;
}

int cm_menu(struct cm_options *o)
{
	char choice[32];
	int rc;

	menu_opts = *o;
	menu_opts.family = CM_V4V6;
	/* Configure the interface when we may; a session alone otherwise. */
	menu_opts.netcfg = geteuid() == 0;
	menu_opts.netcfg_optional = true;
	rc = cm_sdk_open(&menu_opts);
	if (rc != CM_EXIT_OK)
		return rc;
	cm_devinfo_show();
	for (;;) {
		if (link_lost && menu_link.up && !cm_session_alive(&menu_link.session)) {
			cm_say("\n*** the session ended ***\n");
			cm_link_down(&menu_link);
		}
		link_lost = false;
		status_screen();
		if (!read_line(menu_text, choice, sizeof choice) || !dispatch(choice))
			break;
	}
	cm_say("\n");
	cm_link_down(&menu_link);
	cm_sdk_detach();
	return CM_EXIT_OK;
}
