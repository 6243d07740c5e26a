/*
 * qmisim NAS: the radio access technologies and bands the simulator knows,
 * and what clients see derived from the environment, the operating mode
 * (DMS) and the SIM (UIM) whenever they ask.
 */
#include "tools/qmisim/sim_nas_int.h"

#include <string.h>

#include "tools/qmisim/sim_dms.h"
#include "tools/qmisim/sim_uim.h"

/* ---- radio access technologies and registration policies ----------------- */

const struct rat_def nas_rats[RAT_COUNT] = {
	[RAT_LTE] = { "lte", NAS_RADIO_LTE, NAS_MODE_PREF_LTE, 0x04, 1, { NAS_DATA_CAP_LTE } },
	[RAT_UMTS] = { "umts", NAS_RADIO_UMTS, NAS_MODE_PREF_UMTS, 0x02, 3,
		       { NAS_DATA_CAP_WCDMA, NAS_DATA_CAP_HSDPA, NAS_DATA_CAP_HSUPA } },
	[RAT_GSM] = { "gsm", NAS_RADIO_GSM, NAS_MODE_PREF_GSM, 0x01, 2,
		      { NAS_DATA_CAP_GPRS, NAS_DATA_CAP_EDGE } },
};

const char *const nas_policy_names[POL_COUNT] = {
	"home", "roaming", "searching", "denied", "not-registered",
};

const char *const nas_reg_state_names[NAS_REG_STATES] = {
	"not-registered", "registered", "searching", "denied", "unknown",
};

/* 3GPP band numbers to QMI "active band class" values (see qmi-service-nas.json). */
static const struct band_def bands[] = {
	{ RAT_LTE, 1, 120 }, { RAT_LTE, 2, 121 }, { RAT_LTE, 3, 122 }, { RAT_LTE, 4, 123 },
	{ RAT_LTE, 5, 124 }, { RAT_LTE, 6, 125 }, { RAT_LTE, 7, 126 }, { RAT_LTE, 8, 127 },
	{ RAT_LTE, 9, 128 }, { RAT_LTE, 10, 129 }, { RAT_LTE, 11, 130 }, { RAT_LTE, 12, 131 },
	{ RAT_LTE, 13, 132 }, { RAT_LTE, 14, 133 }, { RAT_LTE, 17, 134 }, { RAT_LTE, 18, 143 },
	{ RAT_LTE, 19, 144 }, { RAT_LTE, 20, 145 }, { RAT_LTE, 21, 146 }, { RAT_LTE, 23, 152 },
	{ RAT_LTE, 24, 147 }, { RAT_LTE, 25, 148 }, { RAT_LTE, 26, 153 }, { RAT_LTE, 27, 164 },
	{ RAT_LTE, 28, 158 }, { RAT_LTE, 29, 159 }, { RAT_LTE, 30, 160 }, { RAT_LTE, 31, 165 },
	{ RAT_LTE, 32, 154 }, { RAT_LTE, 33, 135 }, { RAT_LTE, 34, 136 }, { RAT_LTE, 35, 137 },
	{ RAT_LTE, 36, 138 }, { RAT_LTE, 37, 139 }, { RAT_LTE, 38, 140 }, { RAT_LTE, 39, 141 },
	{ RAT_LTE, 40, 142 }, { RAT_LTE, 41, 149 }, { RAT_LTE, 42, 150 }, { RAT_LTE, 43, 151 },
	{ RAT_LTE, 46, 163 }, { RAT_LTE, 47, 166 }, { RAT_LTE, 48, 167 }, { RAT_LTE, 66, 161 },
	{ RAT_LTE, 71, 168 },
	{ RAT_UMTS, 1, 80 }, { RAT_UMTS, 2, 81 }, { RAT_UMTS, 3, 82 }, { RAT_UMTS, 4, 83 },
	{ RAT_UMTS, 5, 84 }, { RAT_UMTS, 6, 85 }, { RAT_UMTS, 7, 86 }, { RAT_UMTS, 8, 87 },
	{ RAT_UMTS, 9, 88 }, { RAT_UMTS, 11, 90 }, { RAT_UMTS, 19, 91 },
	{ RAT_GSM, 450, 40 }, { RAT_GSM, 480, 41 }, { RAT_GSM, 750, 42 }, { RAT_GSM, 850, 43 },
	{ RAT_GSM, 900, 45 }, { RAT_GSM, 1800, 47 }, { RAT_GSM, 1900, 48 },
};

const struct band_def *nas_band_find(int rat, long number)
{
	for (size_t i = 0; i < sizeof(bands) / sizeof(bands[0]); i++)
		if (bands[i].rat == rat && bands[i].number == number)
			return &bands[i];
	return NULL;
}

/* LTE channel bandwidths in 0.1 MHz, indexed by NAS_DL_BW_*. */
const int nas_lte_bandwidths[] = { 14, 30, 50, 100, 150, 200 };

struct nas_state *nas_state_of(struct sim_modem *m)
{
	return sim_state(m, QMI_SVC_NAS);
}

void nas_home_net(const struct env *e, struct net *out)
{
	*out = e->home;
	if (!(e->home.set & NET_PLMN_SET)) {
		out->mcc = e->serving.mcc;
		out->mnc = e->serving.mnc;
		out->mnc3 = e->serving.mnc3;
	}
	if (!(e->home.set & NET_NAME_SET)) {
		memcpy(out->name, e->serving.name, sizeof(out->name));
		out->encoding = e->serving.encoding;
	}
}

/* ---- deriving what clients see -------------------------------------------- */

void nas_reg_view(struct sim_modem *m, const struct env *e, struct reg *r)
{
	memset(r, 0, sizeof(*r));
	r->sim_ready = sim_uim_ready(m) != 0;
	r->state = NAS_REG_NOT_REGISTERED;
	r->attach = NAS_ATTACH_DETACHED;
	r->service = NAS_SERVICE_NONE;
	r->radio = NAS_RADIO_NONE;
	if (!sim_dms_is_online(m))
		return;			/* radio off */
	/* no cell found, or none of a RAT the preferences allow */
	if (e->policy == POL_SEARCHING || !(e->pref.mode & nas_rats[e->rat].mode_bit)) {
		r->state = NAS_REG_SEARCHING;
		return;
	}
	r->radio = nas_rats[e->rat].radio;
	r->service = NAS_SERVICE_LIMITED;	/* camped: emergency calls at least */
	if (!r->sim_ready)
		return;
	switch (e->policy) {
	case POL_HOME:
	case POL_ROAMING:
		if (nas_manual_elsewhere(e)) {	/* the chosen network is not here */
			r->state = NAS_REG_DENIED;
			break;
		}
		r->state = NAS_REG_REGISTERED;
		r->attach = NAS_ATTACH_ATTACHED;
		r->service = NAS_SERVICE_AVAILABLE;
		r->roaming = e->policy == POL_ROAMING || e->roaming;
		break;
	case POL_DENIED:
		r->state = NAS_REG_DENIED;
		break;
	default:
		break;
	}
}

void nas_sig_view(const struct env *e, const struct reg *r, struct sig *s)
{
	memset(s, 0, sizeof(*s));
	if (r->radio == NAS_RADIO_NONE)
		return;
	s->camped = 1;
	s->rat = e->rat;
	s->band = e->band[e->rat];
	s->channel = e->channel[e->rat];
	switch (e->rat) {
	case RAT_LTE:
		s->rssi = e->lte_rssi;
		s->rsrq = e->lte_rsrq;
		s->rsrp = e->lte_rsrp;
		s->snr = e->lte_snr;
		break;
	case RAT_UMTS:
		s->rssi = e->umts_rssi;
		s->ecio = e->umts_ecio;
		s->rscp = e->umts_rscp;
		break;
	default:
		s->rssi = e->gsm_rssi;
		break;
	}
}

/* ECIO in 0.1 dB to the wire's positive -0.5 dB steps. */
int nas_ecio_steps(int ecio_tenths)
{
	return -ecio_tenths / 5;
}

void nas_view(struct sim_modem *m, struct nas_state *st, struct reg *r, struct sig *s)
{
	nas_reg_view(m, &st->env, r);
	nas_sig_view(&st->env, r, s);
}

/* The measurements clients see now. */
struct sig nas_sig_now(struct sim_modem *m)
{
	struct reg r;
	struct sig s;

	nas_view(m, nas_state_of(m), &r, &s);
	return s;
}
