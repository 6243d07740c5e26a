/*
 * Recording every frame a modem sees and sends, and answering requests
 * from such a recording.
 *
 * A recording is text, one frame a line:
 *
 *   # qmisim recording: time modem from frame
 *   1718000000.123456 0 host 01 0F 00 00 00 00 00 01 22 00 04 00 01 01 00 02
 *   1718000000.123601 0 modem 01 17 00 80 00 00 01 01 22 00 0C 00 02 04 ...
 *
 * time is the wall clock (seconds.microseconds), modem the modem's index,
 * from says who sent the frame (host or modem), then the whole QMUX frame
 * in hex. Lines starting with # are comments.
 */
#ifndef QMISIM_SIM_RECORD_H
#define QMISIM_SIM_RECORD_H

#include <stddef.h>

struct sim_record;
struct sim_replay;

/** Opens (truncates) a recording file; NULL with err on failure. */
struct sim_record *sim_record_open(const char *path, char *err, size_t errlen);
void sim_record_close(struct sim_record *rec);

/**
 * Loads a recording for replay: each service request the host sent, with
 * the response that answered it and the indications that followed that
 * response. NULL with err ("file:line: what") on failure.
 */
struct sim_replay *sim_replay_load(const char *path, char *err, size_t errlen);
void sim_replay_free(struct sim_replay *rp);

/** Requests in the recording that have an answer. */
size_t sim_replay_count(const struct sim_replay *rp);

#endif
