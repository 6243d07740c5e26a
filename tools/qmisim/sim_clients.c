/*
 * Client ids: allocation within a per-service limit, release, and the
 * bulk release of a reset. CIDs are handed out round-robin (as modems do),
 * so a host that keeps using a released CID is caught rather than served
 * by the next client that happens to get the same number.
 */
#include "tools/qmisim/sim_internal.h"

#include <stdlib.h>

#include "core/log.h"

struct sim_client_rec *sim_client_find(struct sim_slot *s, uint8_t cid)
{
	return s->clients[cid];
}

int sim_client_alloc(struct sim_modem *m, struct sim_slot *s, unsigned port)
{
	struct sim_client_rec *c;
	unsigned cid = s->last_cid;

	if (s->in_use >= s->cid_limit)
		return -QMI_ERR_CLIENT_IDS_EXHAUSTED;
	do {
		cid = cid >= SIM_CID_MAX ? SIM_CID_MIN : cid + 1;
	} while (s->clients[cid]);	/* in_use < limit <= 254: a free one exists */
	c = calloc(1, sizeof(*c));
	if (c && s->svc->client_state_size) {
		c->c.state = calloc(1, s->svc->client_state_size);
		if (!c->c.state) {
			free(c);
			c = NULL;
		}
	}
	if (!c)
		return -QMI_ERR_NO_MEMORY;
	c->c.service = s->svc->id;
	c->c.cid = (uint8_t)cid;
	c->port = port;
	s->clients[cid] = c;
	s->last_cid = (uint8_t)cid;
	s->in_use++;
	log_debug("%s: %s client %u allocated (%u of %u in use)", m->name, s->svc->name, cid,
		  s->in_use, s->cid_limit);
	return (int)cid;
}

int sim_client_release(struct sim_modem *m, struct sim_slot *s, uint8_t cid)
{
	struct sim_client_rec *c = s->clients[cid];

	if (!c)
		return QMI_ERR_INVALID_CLIENT_ID;
	if (s->svc->client_gone)
		s->svc->client_gone(m, s->state, &c->c);
	s->clients[cid] = NULL;
	s->in_use--;
	free(c->c.state);
	free(c);
	log_debug("%s: %s client %u released", m->name, s->svc->name, cid);
	return 0;
}

void sim_client_release_all(struct sim_modem *m, struct sim_slot *s)
{
	if (!s) {
		for (size_t i = 0; i < m->n_slots; i++)
			sim_client_release_all(m, &m->slots[i]);
		return;
	}
	for (unsigned cid = SIM_CID_MIN; cid <= SIM_CID_MAX; cid++)
		if (s->clients[cid])
			sim_client_release(m, s, (uint8_t)cid);
}
