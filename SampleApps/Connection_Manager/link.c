/*
 * link.c - bringing a link up, in order, and down again:
 *
 *   SIM PIN -> registration -> the modem's interface and raw-IP ->
 *   data session(s) -> addresses, routes, MTU -> DNS
 *
 * Down undoes what up did, in reverse. Each step lives in its own file;
 * this one only orders them and decides what a failure means.
 */
#include <string.h>

#include "cm.h"

/* The interface to configure: --ifname, or the one the SDK relates to the
 * modem's control device. Empty when the link runs without a data path. */
static int find_interface(struct cm_link *l)
{
	const struct cm_options *o = l->o;

	l->ifname[0] = '\0';
	if (!o->netcfg)
		return CM_EXIT_OK;
	if (o->ifname) {
		snprintf(l->ifname, sizeof l->ifname, "%s", o->ifname);
		return CM_EXIT_OK;
	}
	if (cm_netif_lookup(l->ifname, sizeof l->ifname) == 0)
		return CM_EXIT_OK;
	l->ifname[0] = '\0';
	if (!o->netcfg_optional)
		return CM_EXIT_NETCFG;
	cm_info("going on without a network interface (the session only)");
	return CM_EXIT_OK;
}

static int configure_host(struct cm_link *l)
{
	const struct cm_options *o = l->o;

	if (l->ifname[0]) {
		l->net = cm_netcfg_open(l->ifname);
		if (!l->net || cm_netcfg_apply(l->net, &l->session, o->default_route) != 0)
			return CM_EXIT_NETCFG;
	}
	if (o->resolv_conf && cm_resolv_write(o->resolv_conf, &l->session) != 0)
		return CM_EXIT_NETCFG;
	return CM_EXIT_OK;
}

int cm_link_up(struct cm_link *l)
{
	const struct cm_options *o = l->o;
	int rc;

	memset(&l->session, 0, sizeof l->session);
	l->net = NULL;
	rc = cm_sim_unlock(o->pin, o->force_pin);
	if (rc == CM_EXIT_OK)
		rc = cm_network_wait(o->reg_timeout_s);
	if (rc == CM_EXIT_OK)
		rc = find_interface(l);
	if (rc == CM_EXIT_OK && l->ifname[0])
		rc = cm_rawip_align(l->ifname);
	if (rc != CM_EXIT_OK)
		return rc;
	cm_session_callbacks(true);
	rc = cm_session_start(o, l->profile, &l->session);
	if (rc != CM_EXIT_OK)
		return rc;
	l->up = true;
	if (cm_session_settings(&l->session) != 0)
		cm_warn("the session's settings are incomplete");
	rc = configure_host(l);
	if (rc != CM_EXIT_OK) {
		cm_link_down(l);
		return rc;
	}
	if (!l->ifname[0])
		cm_info("connected (no network interface configured)");
	else
		cm_info("connected on %s", l->ifname);
	return CM_EXIT_OK;
}

void cm_link_down(struct cm_link *l)
{
	if (l->o->resolv_conf)
		cm_resolv_restore();
	if (l->net) {
		cm_netcfg_clear(l->net);
		cm_netcfg_close(l->net);
		l->net = NULL;
	}
	if (l->up) {
		cm_session_callbacks(false);
		cm_session_stop(&l->session);
		cm_info("disconnected");
	}
	l->up = false;
}

void cm_link_show(const struct cm_link *l)
{
	if (!l->up) {
		cm_session_show_modem();
		return;
	}
	if (l->ifname[0])
		cm_say("Interface:     %s\n", l->ifname);
	cm_session_show(&l->session);
}
