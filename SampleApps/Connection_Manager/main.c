/*
 * main.c - connectionmgr, the Connection_Manager sample.
 *
 *   connectionmgr [SDK_PATH] [MODEM_INDEX]        the interactive menu
 *   connectionmgr up|down|status|watch [OPTION]   scripted use (--help)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cm.h"

/* The vendor's invocation: optional daemon path, optional modem index. */
static int menu_args(struct cm_options *o, int argc, char **argv)
{
	char *end;
	unsigned long n;

	if (argc > 3)
		return cm_args_bad("argument", argv[3]);
	if (argc > 1)
		o->sdk_path = argv[1];
	if (argc > 2) {
		n = strtoul(argv[2], &end, 10);
		if (!argv[2][0] || *end || n > 8)
			return cm_args_bad("modem index (0-8)", argv[2]);
		o->modem_index = (BYTE)n;
	}
	return CM_EXIT_OK;
}

int main(int argc, char **argv)
{
	struct cm_options o;
	int rc;

	cm_options_default(&o);
	if (argc > 1 && cm_args_is_command(argv[1]))
		rc = cm_args_parse(&o, argc, argv);
	else
		rc = menu_args(&o, argc, argv);
	if (rc < 0)
		return CM_EXIT_OK;	/* --help */
	if (rc != CM_EXIT_OK) {
		/* The error is said already (by getopt or cm_args_bad); the usage
		 * is one --help away rather than a screenful here. */
		fputs("connectionmgr: --help lists the options\n", stderr);
		return rc;
	}
	cm_log_init("connectionmgr", o.log_level, o.use_syslog);
	if (cm_events_init() < 0) {
		cm_err("cannot set up signal handling");
		return CM_EXIT_ERROR;
	}
	switch (o.command) {
	case CM_CMD_UP:
	case CM_CMD_WATCH:
		return cm_cmd_up(&o);
	case CM_CMD_DOWN:
		return cm_cmd_down(&o);
	case CM_CMD_STATUS:
		return cm_cmd_status(&o);
	case CM_CMD_MENU:
		break;
	}
	return cm_menu(&o);
}
