/* Writing recordings (the format is in sim_record.h). */
#include "tools/qmisim/sim_record.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/log.h"
#include "tools/qmisim/sim_internal.h"

struct sim_record {
	FILE *f;
	char *hex;	/* 3 characters a byte */
};

#define HEX_CAP (3 * (size_t)QMUX_MAX_FRAME + 1)

struct sim_record *sim_record_open(const char *path, char *err, size_t errlen)
{
	struct sim_record *rec = calloc(1, sizeof(*rec));

	if (!rec || !(rec->hex = malloc(HEX_CAP))) {
		snprintf(err, errlen, "out of memory");
		free(rec);
		return NULL;
	}
	rec->f = fopen(path, "w");
	if (!rec->f) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		free(rec->hex);
		free(rec);
		return NULL;
	}
	fprintf(rec->f, "# qmisim recording: time modem from frame\n");
	fflush(rec->f);
	return rec;
}

void sim_record_close(struct sim_record *rec)
{
	if (!rec)
		return;
	fclose(rec->f);
	free(rec->hex);
	free(rec);
}

void sim_record_frame(struct sim_record *rec, unsigned modem, int from_host,
		      const uint8_t *frame, size_t len)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	slqs_hex(rec->hex, HEX_CAP, frame, len);
	fprintf(rec->f, "%lld.%06ld %u %s %s\n", (long long)ts.tv_sec, ts.tv_nsec / 1000, modem,
		from_host ? "host" : "modem", rec->hex);
	/* Line by line: a recording must survive the simulator being killed. */
	if (fflush(rec->f))
		log_warn("recording: %s", strerror(errno));
}
