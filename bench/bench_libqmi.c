/*
 * bench_libqmi: the benchmark client for libqmi (libqmi-glib), the way a
 * libqmi application works: a QmiDevice opened in QMI mode (what qmicli's
 * --device-open-qmi asks for: no AUTO/MBIM flag) either directly on the
 * node or through qmi-proxy (QMI_DEVICE_OPEN_FLAGS_PROXY), one DMS client,
 * then qmi_client_dms_get_model() requests whose answer is decoded.
 *
 *   bench_libqmi --device PATH [--proxy] lat N | tput PROCS M | hold PROCS PID
 *
 * The asynchronous calls are waited for by iterating the default main
 * context, which is what a GMainLoop would do between two requests.
 * glib is used by the benchmark only, never by the SDK.
 */
#include <stdio.h>
#include <string.h>

#include <libqmi-glib.h>

#include "bench.h"

#define TIMEOUT_S 10

static const char *device_path;
static QmiDeviceOpenFlags open_flags = QMI_DEVICE_OPEN_FLAGS_NONE;
static QmiDevice *device;
static QmiClient *client;
static GAsyncResult *pending;

static void on_done(GObject *source, GAsyncResult *res, gpointer user_data)
{
	(void)source;
	(void)user_data;
	pending = g_object_ref(res);
}

/* The result of the asynchronous call just started (unref it). */
static GAsyncResult *wait_done(void)
{
	GAsyncResult *res;

	while (!pending)
		g_main_context_iteration(NULL, TRUE);
	res = pending;
	pending = NULL;
	return res;
}

static int failed(const char *what, GError *error)
{
	fprintf(stderr, "bench_libqmi: %s: %s\n", what, error ? error->message : "failed");
	g_clear_error(&error);
	return -1;
}

static int libqmi_setup(void)
{
	GFile *file = g_file_new_for_path(device_path);
	GError *error = NULL;
	GAsyncResult *res;
	gboolean ok;

	qmi_device_new(file, NULL, on_done, NULL);
	res = wait_done();
	device = qmi_device_new_finish(res, &error);
	g_object_unref(res);
	g_object_unref(file);
	if (!device)
		return failed("qmi_device_new", error);

	qmi_device_open(device, open_flags, TIMEOUT_S, NULL, on_done, NULL);
	res = wait_done();
	ok = qmi_device_open_finish(device, res, &error);
	g_object_unref(res);
	if (!ok)
		return failed("qmi_device_open", error);

	qmi_device_allocate_client(device, QMI_SERVICE_DMS, QMI_CID_NONE, TIMEOUT_S, NULL,
				   on_done, NULL);
	res = wait_done();
	client = qmi_device_allocate_client_finish(device, res, &error);
	g_object_unref(res);
	return client ? 0 : failed("qmi_device_allocate_client", error);
}

static int libqmi_request(void)
{
	QmiMessageDmsGetModelOutput *out;
	const gchar *model = NULL;
	GError *error = NULL;
	GAsyncResult *res;
	int rc = 0;

	qmi_client_dms_get_model(QMI_CLIENT_DMS(client), NULL, TIMEOUT_S, NULL, on_done, NULL);
	res = wait_done();
	out = qmi_client_dms_get_model_finish(QMI_CLIENT_DMS(client), res, &error);
	g_object_unref(res);
	if (!out)
		return failed("dms get model", error);
	if (!qmi_message_dms_get_model_output_get_result(out, &error) ||
	    !qmi_message_dms_get_model_output_get_model(out, &model, &error) || !*model)
		rc = failed("dms get model answer", error);
	qmi_message_dms_get_model_output_unref(out);
	return rc;
}

static void libqmi_teardown(void)
{
	GAsyncResult *res;

	if (client) {
		qmi_device_release_client(device, client, QMI_DEVICE_RELEASE_CLIENT_FLAGS_RELEASE_CID,
					  TIMEOUT_S, NULL, on_done, NULL);
		res = wait_done();
		qmi_device_release_client_finish(device, res, NULL);
		g_object_unref(res);
		g_clear_object(&client);
	}
	if (device) {
		qmi_device_close_async(device, TIMEOUT_S, NULL, on_done, NULL);
		res = wait_done();
		qmi_device_close_finish(device, res, NULL);
		g_object_unref(res);
		g_clear_object(&device);
	}
}

int main(int argc, char **argv)
{
	static const struct bench_stack direct = {
		.name = "libqmi",
		.setup = libqmi_setup,
		.request = libqmi_request,
		.teardown = libqmi_teardown,
	};
	static const struct bench_stack proxy = {
		.name = "libqmi-proxy",
		.setup = libqmi_setup,
		.request = libqmi_request,
		.teardown = libqmi_teardown,
	};
	int i = 1;

	for (; i < argc && argv[i][0] == '-'; i++) {
		if (!strcmp(argv[i], "--device") && i + 1 < argc)
			device_path = argv[++i];
		else if (!strcmp(argv[i], "--proxy"))
			open_flags |= QMI_DEVICE_OPEN_FLAGS_PROXY;
		else
			break;
	}
	if (!device_path) {
		fprintf(stderr, "usage: %s --device PATH [--proxy] MODE ...\n", argv[0]);
		return 2;
	}
	argv[i - 1] = argv[0];
	return bench_main(open_flags ? &proxy : &direct, argc - i + 1, argv + i - 1);
}
