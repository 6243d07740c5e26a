/*
 * qmisim UIM service: the SIM card (PIN rules, counters), its QMI
 * messages, its [uim] config section and `uim ...` control commands.
 *
 * PIN rules (those of a real SIM): 3 wrong PINs block the PIN (the PUK
 * unblocks it and sets a new PIN), 10 wrong PUKs block the card for good.
 * Counters and PIN codes are the card's: they survive a modem reset; only
 * the verification is lost, so an enabled PIN is asked for again.
 */
#include "tools/qmisim/sim_uim.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/qmi_error.h"
#include "core/qmux.h"
#include "pkgs/uim/uim_msg.h"

#define PIN_TRIES 3
#define PUK_TRIES 10
#define ICCID_MAX 21	/* 20 digits + NUL */
#define IMSI_MAX  16	/* 15 digits + NUL */

/* The USIM application identifier the card reports (RID A000000087, USIM). */
static const uint8_t usim_aid[] = {
	0xA0, 0x00, 0x00, 0x00, 0x87, 0x10, 0x02, 0xFF,
	0x44, 0xFF, 0x12, 0x89, 0x00, 0x00, 0x01, 0x00,
};

struct sim_pin {
	char code[UIM_PIN_MAX];
	char puk[UIM_PIN_MAX];
	int enabled;
	int verified;
	uint8_t left;		/* PIN tries left; 0: blocked */
	uint8_t puk_left;	/* PUK tries left; 0: blocked for good */
};

/* A typical USIM's answer to reset (T=0 and T=1, UICC). */
static const uint8_t default_atr[] = {
	0x3B, 0x9F, 0x95, 0x80, 0x1F, 0xC3, 0x80, 0x31, 0xE0, 0x73, 0xFE,
	0x21, 0x13, 0x57, 0x86, 0x81, 0x02, 0x86, 0x98, 0x44, 0x18, 0xA8,
};

struct uim_state {
	int present;
	uint8_t slots;		/* physical slots; the card sits in active_slot */
	uint8_t active_slot;	/* 1-based */
	uint16_t n_atr;
	uint8_t atr[UIM_ATR_MAX];
	char iccid[ICCID_MAX];
	char imsi[IMSI_MAX];
	struct sim_pin pin1, pin2;
};

struct uim_client {
	uint32_t events;	/* UIM_EVENT_* the client registered for */
};

static const char *const pin_state_names[] = {
	"not-initialized", "enabled-not-verified", "enabled-verified", "disabled", "blocked",
	"permanently-blocked",
};

static struct uim_state *uim(struct sim_modem *m)
{
	return sim_state(m, QMI_SVC_UIM);
}

/* ---- the card --------------------------------------------------------------- */

static uint8_t pin_state(const struct sim_pin *p)
{
	if (p->puk_left == 0)
		return UIM_PIN_PERMANENTLY_BLOCKED;
	if (p->left == 0)
		return UIM_PIN_BLOCKED;
	if (!p->enabled)
		return UIM_PIN_DISABLED;
	return p->verified ? UIM_PIN_ENABLED_VERIFIED : UIM_PIN_ENABLED_NOT_VERIFIED;
}

static uint8_t app_state(const struct sim_pin *pin1)
{
	switch (pin_state(pin1)) {
	case UIM_PIN_PERMANENTLY_BLOCKED:  return UIM_APP_STATE_PIN_BLOCKED;
	case UIM_PIN_BLOCKED:              return UIM_APP_STATE_PUK_REQUIRED;
	case UIM_PIN_ENABLED_NOT_VERIFIED: return UIM_APP_STATE_PIN_REQUIRED;
	default:                           return UIM_APP_STATE_READY;
	}
}

static int digits(const char *s, size_t min, size_t max)
{
	size_t n = strlen(s);

	return n >= min && n <= max && strspn(s, "0123456789") == n;
}

static int pin_format_ok(const char *pin)
{
	return digits(pin, 4, 8);
}

/* The card status as Get Card Status and the indication report it. */
static void card_status(const struct uim_state *s, struct uim_card_status *cs)
{
	struct uim_card *card = &cs->cards[0];
	struct uim_app_status *app = &card->apps[0];

	memset(cs, 0, sizeof(*cs));
	cs->index_gw_primary = UIM_INDEX_NONE;
	cs->index_1x_primary = UIM_INDEX_NONE;
	cs->index_gw_secondary = UIM_INDEX_NONE;
	cs->index_1x_secondary = UIM_INDEX_NONE;
	cs->n_cards = 1;
	if (!s->present) {
		card->card_state = UIM_CARD_ABSENT;
		return;
	}
	cs->index_gw_primary = 0x0000;	/* slot 0, application 0 */
	card->card_state = UIM_CARD_PRESENT;
	card->upin_state = UIM_PIN_NOT_INITIALIZED;
	card->n_apps = 1;
	app->type = UIM_APP_TYPE_USIM;
	app->state = app_state(&s->pin1);
	app->perso_state = UIM_PERSO_STATE_READY;
	app->perso_feature = UIM_PERSO_FEATURE_UNKNOWN;
	app->n_aid = sizeof(usim_aid);
	memcpy(app->aid, usim_aid, sizeof(usim_aid));
	app->pin1_state = pin_state(&s->pin1);
	app->pin1_retries = s->pin1.left;
	app->puk1_retries = s->pin1.puk_left;
	app->pin2_state = pin_state(&s->pin2);
	app->pin2_retries = s->pin2.left;
	app->puk2_retries = s->pin2.puk_left;
}

/* An indication for the clients registered for one kind of event. */
struct uim_indication {
	uint32_t event;			/* UIM_EVENT_* */
	const struct qmi_msg *msg;
	const void *ind;
};

static void indicate_client(struct sim_modem *m, struct sim_client *c, void *arg)
{
	const struct uim_indication *ui = arg;
	const struct uim_client *uc = c->state;

	if (uc && (uc->events & ui->event))
		sim_indicate(m, ui->msg, c->cid, ui->ind);
}

static void indicate(struct sim_modem *m, uint32_t event, const struct qmi_msg *msg,
		     const void *ind)
{
	struct uim_indication ui = { event, msg, ind };

	sim_for_each_client(m, QMI_SVC_UIM, indicate_client, &ui);
}

/* Tells registered clients and the other services that the card changed. */
static void card_changed(struct sim_modem *m, const struct uim_state *s)
{
	struct uim_card_status_msg ind;

	card_status(s, &ind.status);
	indicate(m, UIM_EVENT_CARD_STATUS, &slqs_uim_card_status_ind, &ind);
	sim_event(m, SIM_EV_SIM_STATE);
}

static size_t ef_iccid(const struct uim_state *s, uint8_t *out);

/* Get Slot Status and its indication: the card in the active slot, the others empty. */
static void slot_status(const struct uim_state *s, struct uim_slot_status_msg *ss)
{
	memset(ss, 0, sizeof(*ss));
	ss->has_slots = ss->has_slot_info = 1;
	ss->n_slots = ss->n_slot_info = s->slots;
	for (uint8_t i = 0; i < s->slots; i++) {
		struct uim_phys_slot *p = &ss->slots[i];
		struct uim_phys_slot_info *info = &ss->slot_info[i];
		int active = i + 1 == s->active_slot;

		p->card_state = active && s->present ? UIM_PHYS_CARD_PRESENT : UIM_PHYS_CARD_ABSENT;
		p->slot_state = active ? UIM_SLOT_ACTIVE : UIM_SLOT_INACTIVE;
		p->logical_slot = active ? 1 : 0;
		if (p->card_state != UIM_PHYS_CARD_PRESENT)
			continue;
		p->n_iccid = (uint16_t)ef_iccid(s, p->iccid);
		info->protocol = 2;	/* UICC */
		info->n_apps = 1;
		info->n_atr = s->n_atr;
		memcpy(info->atr, s->atr, s->n_atr);
	}
}

/* A card inserted or removed: the slot's clients hear of it. */
static void slots_changed(struct sim_modem *m, const struct uim_state *s)
{
	struct uim_slot_status_msg ind;

	slot_status(s, &ind);
	indicate(m, UIM_EVENT_PHYSICAL_SLOT_STATUS, &slqs_uim_slot_status_ind, &ind);
}

/*
 * A PIN operation: begin() finds the PIN and remembers the card status,
 * end() reports the counters and announces a change.
 */
struct pin_op {
	struct uim_state *s;
	struct sim_pin *p;
	struct uim_card_status before;
};

static int pin_lookup(struct uim_state *s, uint8_t pin_id, struct sim_pin **p)
{
	if (!s || !s->present)
		return QMI_ERR_UIM_UNINITIALIZED;
	if (pin_id == UIM_PIN_ID_PIN1)
		*p = &s->pin1;
	else if (pin_id == UIM_PIN_ID_PIN2)
		*p = &s->pin2;
	else
		return QMI_ERR_INVALID_PIN_ID;
	return 0;
}

static int pin_begin(struct sim_modem *m, uint8_t pin_id, struct pin_op *op)
{
	int rc;

	op->s = uim(m);
	op->p = NULL;
	rc = pin_lookup(op->s, pin_id, &op->p);
	if (!rc)
		card_status(op->s, &op->before);
	return rc;
}

static int pin_end(struct sim_modem *m, struct pin_op *op, int rc, uint8_t *verify_left,
		   uint8_t *unblock_left)
{
	struct uim_card_status after;

	if (verify_left)
		*verify_left = op->p ? op->p->left : 0;
	if (unblock_left)
		*unblock_left = op->p ? op->p->puk_left : 0;
	if (!op->p)
		return rc;
	card_status(op->s, &after);
	if (memcmp(&after, &op->before, sizeof(after)))
		card_changed(m, op->s);
	return rc;
}

/* Refuses what a blocked PIN cannot do; 0 if the PIN may be tried. */
static int pin_usable(const struct sim_pin *p)
{
	if (p->puk_left == 0)
		return QMI_ERR_PIN_ALWAYS_BLOCKED;
	if (p->left == 0)
		return QMI_ERR_PIN_BLOCKED;
	return 0;
}

/* Compares a PIN, counting a wrong one; 0 if right. */
static int pin_try(struct sim_pin *p, const char *pin)
{
	if (strcmp(p->code, pin)) {
		p->left--;
		if (p->left == 0)
			p->verified = 0;
		return QMI_ERR_INCORRECT_PIN;
	}
	p->left = PIN_TRIES;
	p->verified = 1;
	return 0;
}

/* ---- queries for other modules ------------------------------------------------ */

int sim_uim_card_present(struct sim_modem *m)
{
	struct uim_state *s = uim(m);

	return s && s->present;
}

int sim_uim_ready(struct sim_modem *m)
{
	struct uim_state *s = uim(m);
	uint8_t st;

	if (!s || !s->present)
		return 0;
	st = pin_state(&s->pin1);
	return st == UIM_PIN_ENABLED_VERIFIED || st == UIM_PIN_DISABLED;
}

const char *sim_uim_imsi(struct sim_modem *m)
{
	struct uim_state *s = uim(m);

	return s && s->present ? s->imsi : "";
}

const char *sim_uim_iccid(struct sim_modem *m)
{
	struct uim_state *s = uim(m);

	return s && s->present ? s->iccid : "";
}

int sim_uim_pin_status(struct sim_modem *m, uint8_t pin_id, uint8_t *state,
		       uint8_t *verify_left, uint8_t *unblock_left)
{
	struct sim_pin *p;
	int rc = pin_lookup(uim(m), pin_id, &p);

	if (rc)
		return rc;
	if (state)
		*state = pin_state(p);
	if (verify_left)
		*verify_left = p->left;
	if (unblock_left)
		*unblock_left = p->puk_left;
	return 0;
}

int sim_uim_error_has_retries(int qmi_error)
{
	return qmi_error != 0 && qmi_error != QMI_ERR_UIM_UNINITIALIZED &&
	       qmi_error != QMI_ERR_INVALID_PIN_ID && qmi_error != QMI_ERR_INVALID_ARGUMENT;
}

/* ---- PIN operations ---------------------------------------------------------------- */

int sim_uim_verify_pin(struct sim_modem *m, uint8_t pin_id, const char *pin,
		       uint8_t *verify_left, uint8_t *unblock_left)
{
	struct pin_op op;
	int rc = pin_begin(m, pin_id, &op);

	if (!rc)
		rc = pin_usable(op.p);
	if (!rc)
		rc = pin_format_ok(pin) ? pin_try(op.p, pin) : QMI_ERR_INVALID_ARGUMENT;
	return pin_end(m, &op, rc, verify_left, unblock_left);
}

int sim_uim_unblock_pin(struct sim_modem *m, uint8_t pin_id, const char *puk,
			const char *new_pin, uint8_t *verify_left, uint8_t *unblock_left)
{
	struct pin_op op;
	int rc = pin_begin(m, pin_id, &op);

	if (!rc && op.p->puk_left == 0)
		rc = QMI_ERR_PIN_ALWAYS_BLOCKED;
	if (!rc && (!pin_format_ok(puk) || !pin_format_ok(new_pin)))
		rc = QMI_ERR_INVALID_ARGUMENT;
	if (!rc && strcmp(op.p->puk, puk)) {
		op.p->puk_left--;
		rc = QMI_ERR_INCORRECT_PIN;
	}
	if (!rc) {
		/* The PUK resets both counters and sets (and verifies) the new PIN. */
		sim_copy_string(op.p->code, sizeof(op.p->code), new_pin);
		op.p->left = PIN_TRIES;
		op.p->puk_left = PUK_TRIES;
		op.p->verified = 1;
	}
	return pin_end(m, &op, rc, verify_left, unblock_left);
}

int sim_uim_change_pin(struct sim_modem *m, uint8_t pin_id, const char *old_pin,
		       const char *new_pin, uint8_t *verify_left, uint8_t *unblock_left)
{
	struct pin_op op;
	int rc = pin_begin(m, pin_id, &op);

	if (!rc)
		rc = pin_usable(op.p);
	if (!rc && !op.p->enabled)
		rc = QMI_ERR_INCOMPATIBLE_STATE;	/* a disabled PIN cannot be changed */
	if (!rc && (!pin_format_ok(old_pin) || !pin_format_ok(new_pin)))
		rc = QMI_ERR_INVALID_ARGUMENT;
	if (!rc)
		rc = pin_try(op.p, old_pin);
	if (!rc)
		sim_copy_string(op.p->code, sizeof(op.p->code), new_pin);
	return pin_end(m, &op, rc, verify_left, unblock_left);
}

int sim_uim_set_pin_protection(struct sim_modem *m, uint8_t pin_id, int enable,
			       const char *pin, uint8_t *verify_left, uint8_t *unblock_left)
{
	struct pin_op op;
	int rc = pin_begin(m, pin_id, &op);

	if (!rc)
		rc = pin_usable(op.p);
	if (!rc && !op.p->enabled == !enable)
		rc = QMI_ERR_NO_EFFECT;
	if (!rc && !pin_format_ok(pin))
		rc = QMI_ERR_INVALID_ARGUMENT;
	if (!rc)
		rc = pin_try(op.p, pin);
	if (!rc)
		op.p->enabled = !!enable;
	return pin_end(m, &op, rc, verify_left, unblock_left);
}

/* ---- message handlers ------------------------------------------------------------------ */

/* The sessions a single-slot, single-USIM card answers. */
static int session_ok(const struct uim_session *ss)
{
	switch (ss->type) {
	case UIM_SESSION_PRIMARY_GW_PROV:
	case UIM_SESSION_CARD_SLOT1:
		return 1;
	case UIM_SESSION_NONPROV_SLOT1:
		return ss->n_aid == sizeof(usim_aid) && !memcmp(ss->aid, usim_aid, ss->n_aid);
	default:
		return 0;
	}
}

/* A failed PIN answer carries the counters (the PIN functions filled them). */
static int pin_answer(int rc, struct uim_pin_rsp *rsp)
{
	rsp->has_retries = (uint8_t)sim_uim_error_has_retries(rc);
	return rc;
}

static int h_verify_pin(const struct sim_call *call)
{
	const struct uim_verify_pin_req *q = call->req;
	struct uim_pin_rsp *r = call->rsp;

	if (!session_ok(&q->session))
		return QMI_ERR_INVALID_ARGUMENT;
	return pin_answer(sim_uim_verify_pin(call->modem, q->info.pin_id, q->info.pin,
					     &r->retries.verify_left, &r->retries.unblock_left), r);
}

static int h_unblock_pin(const struct sim_call *call)
{
	const struct uim_unblock_pin_req *q = call->req;
	struct uim_pin_rsp *r = call->rsp;

	if (!session_ok(&q->session))
		return QMI_ERR_INVALID_ARGUMENT;
	return pin_answer(sim_uim_unblock_pin(call->modem, q->info.pin_id, q->info.puk,
					      q->info.new_pin, &r->retries.verify_left,
					      &r->retries.unblock_left),
			  r);
}

static int h_change_pin(const struct sim_call *call)
{
	const struct uim_change_pin_req *q = call->req;
	struct uim_pin_rsp *r = call->rsp;

	if (!session_ok(&q->session))
		return QMI_ERR_INVALID_ARGUMENT;
	return pin_answer(sim_uim_change_pin(call->modem, q->info.pin_id, q->info.old_pin,
					     q->info.new_pin, &r->retries.verify_left,
					     &r->retries.unblock_left),
			  r);
}

static int h_set_pin_protection(const struct sim_call *call)
{
	const struct uim_set_pin_protection_req *q = call->req;
	struct uim_pin_rsp *r = call->rsp;

	if (!session_ok(&q->session))
		return QMI_ERR_INVALID_ARGUMENT;
	return pin_answer(sim_uim_set_pin_protection(call->modem, q->info.pin_id, q->info.enabled,
						     q->info.pin, &r->retries.verify_left,
						     &r->retries.unblock_left), r);
}

static int h_get_card_status(const struct sim_call *call)
{
	struct uim_card_status_msg *r = call->rsp;
	struct uim_state *s = uim(call->modem);

	card_status(s, &r->status);
	return 0;
}

static int h_get_slot_status(const struct sim_call *call)
{
	slot_status(uim(call->modem), call->rsp);
	return 0;
}

static int h_register_events(const struct sim_call *call)
{
	const struct uim_register_events_req *q = call->req;
	struct uim_register_events_rsp *r = call->rsp;
	struct uim_client *uc = call->client->state;

	/* Card status and physical slot events exist here; the answer says which were taken. */
	uc->events = q->mask & (UIM_EVENT_CARD_STATUS | UIM_EVENT_PHYSICAL_SLOT_STATUS);
	r->has_mask = 1;
	r->mask = uc->events;
	return 0;
}

/* Packs nibbles two to a byte, the first in the low half (SIM BCD). */
static size_t pack_nibbles(const uint8_t *nib, size_t n, uint8_t *out)
{
	size_t bytes = (n + 1) / 2;

	for (size_t i = 0; i < bytes; i++) {
		uint8_t lo = nib[2 * i];
		uint8_t hi = 2 * i + 1 < n ? nib[2 * i + 1] : 0x0F;

		out[i] = (uint8_t)(lo | (hi << 4));
	}
	return bytes;
}

/* EF-ICCID (2FE2): 10 bytes of swapped BCD, F-padded. */
static size_t ef_iccid(const struct uim_state *s, uint8_t *out)
{
	uint8_t nib[20];
	size_t n = strlen(s->iccid);

	for (size_t i = 0; i < sizeof(nib); i++)
		nib[i] = i < n ? (uint8_t)(s->iccid[i] - '0') : 0x0F;
	return pack_nibbles(nib, sizeof(nib), out);
}

/* EF-IMSI (6F07): length byte, then the parity/type nibble and the digits. */
static size_t ef_imsi(const struct uim_state *s, uint8_t *out)
{
	uint8_t nib[16];
	size_t n = strlen(s->imsi);

	memset(nib, 0x0F, sizeof(nib));
	nib[0] = (n % 2) ? 0x09 : 0x01;	/* odd number of digits: 9 */
	for (size_t i = 0; i < n && i + 1 < sizeof(nib); i++)
		nib[i + 1] = (uint8_t)(s->imsi[i] - '0');
	memset(out, 0xFF, 9);
	out[0] = (uint8_t)pack_nibbles(nib, n + 1, out + 1);
	return 9;
}

static int card_error(struct uim_read_transparent_rsp *r, uint8_t sw1, uint8_t sw2, int rc)
{
	r->has_card_result = 1;
	r->card_result.sw1 = sw1;
	r->card_result.sw2 = sw2;
	return rc;
}

static int h_read_transparent(const struct sim_call *call)
{
	const struct uim_read_transparent_req *q = call->req;
	struct uim_read_transparent_rsp *r = call->rsp;
	struct uim_state *s = uim(call->modem);
	uint8_t file[32];
	size_t size, off = q->read.offset, len = q->read.length;

	if (!session_ok(&q->session))
		return QMI_ERR_INVALID_ARGUMENT;
	if (!s->present)
		return QMI_ERR_UIM_UNINITIALIZED;
	if (q->file.file_id == 0x2FE2) {
		size = ef_iccid(s, file);
	} else if (q->file.file_id == 0x6F07) {
		if (!sim_uim_ready(call->modem))	/* security status not satisfied */
			return card_error(r, 0x69, 0x82, QMI_ERR_ACCESS_DENIED);
		size = ef_imsi(s, file);
	} else {
		return card_error(r, 0x6A, 0x82, QMI_ERR_SIM_FILE_NOT_FOUND);
	}
	if (len == 0 && off <= size)
		len = size - off;	/* 0: up to the end of the file */
	if (off > size || len > size - off)
		return card_error(r, 0x6B, 0x00, QMI_ERR_INVALID_ARGUMENT);
	r->has_data = 1;
	r->n_data = (uint16_t)len;
	memcpy(r->data, file + off, len);
	return card_error(r, 0x90, 0x00, 0);
}

static const struct sim_handler uim_handlers[] = {
	SIM_HANDLER(slqs_uim_read_transparent, h_read_transparent),
	SIM_HANDLER(slqs_uim_set_pin_protection, h_set_pin_protection),
	SIM_HANDLER(slqs_uim_verify_pin, h_verify_pin),
	SIM_HANDLER(slqs_uim_unblock_pin, h_unblock_pin),
	SIM_HANDLER(slqs_uim_change_pin, h_change_pin),
	SIM_HANDLER(slqs_uim_register_events, h_register_events),
	SIM_HANDLER(slqs_uim_get_card_status, h_get_card_status),
	SIM_HANDLER(slqs_uim_get_slots_status, h_get_slot_status),
	SIM_HANDLERS_END
};

/* ---- config ----------------------------------------------------------------------- */

static void uim_init(struct sim_modem *m, void *state)
{
	struct uim_state *s = state;

	(void)m;
	s->present = 1;
	s->slots = 1;
	s->active_slot = 1;
	s->n_atr = sizeof(default_atr);
	memcpy(s->atr, default_atr, sizeof(default_atr));
	snprintf(s->iccid, sizeof(s->iccid), "89001000000123456784");
	snprintf(s->imsi, sizeof(s->imsi), "001010123456789");
	s->pin1 = (struct sim_pin){ "1234", "12345678", 1, 0, PIN_TRIES, PUK_TRIES };
	s->pin2 = (struct sim_pin){ "5678", "87654321", 1, 0, PIN_TRIES, PUK_TRIES };
}

#define UIM_AT(field) SIM_AT(struct uim_state, field)

static int hex_digit(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
	       : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Bytes in hex ("3B9F..."; blanks and colons between bytes allowed); the count at row->arg. */
static int parse_hex(const struct sim_setting *row, void *block, const char *value, char *err,
		     size_t errlen)
{
	uint8_t *out = (uint8_t *)block + row->off;
	size_t n = 0;

	for (const char *p = value; *p;) {
		int hi, lo;

		if (*p == ' ' || *p == ':') {
			p++;
			continue;
		}
		hi = hex_digit(p[0]);
		lo = hi < 0 ? -1 : hex_digit(p[1]);
		if (lo < 0 || n == row->size) {
			snprintf(err, errlen, "'%s' is not 1 to %zu bytes in hex", value, row->size);
			return -1;
		}
		out[n++] = (uint8_t)(hi << 4 | lo);
		p += 2;
	}
	if (n == 0) {
		snprintf(err, errlen, "'%s' is not 1 to %zu bytes in hex", value, row->size);
		return -1;
	}
	*(uint16_t *)(void *)((char *)block + row->arg) = (uint16_t)n;
	return 0;
}

static const struct sim_setting uim_settings[] = {
	{ .name = "pin", .type = SIM_SET_DIGITS, UIM_AT(pin1.code), .min = 4, .max = 8 },
	{ .name = "puk", .type = SIM_SET_DIGITS, UIM_AT(pin1.puk), .min = 4, .max = 8 },
	{ .name = "pin_enabled", .type = SIM_SET_BOOL, UIM_AT(pin1.enabled), .min = 0, .max = 1 },
	{ .name = "pin_retries", .type = SIM_SET_INT, UIM_AT(pin1.left), .min = 0,
	  .max = PIN_TRIES },
	{ .name = "puk_retries", .type = SIM_SET_INT, UIM_AT(pin1.puk_left), .min = 0,
	  .max = PUK_TRIES },
	{ .name = "pin2", .type = SIM_SET_DIGITS, UIM_AT(pin2.code), .min = 4, .max = 8 },
	{ .name = "puk2", .type = SIM_SET_DIGITS, UIM_AT(pin2.puk), .min = 4, .max = 8 },
	{ .name = "card_present", .type = SIM_SET_BOOL, UIM_AT(present), .min = 0, .max = 1 },
	{ .name = "iccid", .type = SIM_SET_DIGITS, UIM_AT(iccid), .min = 18, .max = 20 },
	{ .name = "imsi", .type = SIM_SET_DIGITS, UIM_AT(imsi), .min = 6, .max = 15 },
	{ .name = "slots", .type = SIM_SET_INT, UIM_AT(slots), .min = 1,
	  .max = UIM_MAX_PHYS_SLOTS },
	{ .name = "active_slot", .type = SIM_SET_INT, UIM_AT(active_slot), .min = 1,
	  .max = UIM_MAX_PHYS_SLOTS },
	{ .name = "atr", .type = SIM_SET_CUSTOM, UIM_AT(atr), .parse = parse_hex,
	  .arg = offsetof(struct uim_state, n_atr), .hint = "the card's ATR in hex" },
	SIM_SETTINGS_END
};

/* The card sits in an existing slot. */
static void uim_settings_changed(struct sim_modem *m, void *state)
{
	struct uim_state *s = state;

	(void)m;
	if (s->active_slot > s->slots)
		s->slots = s->active_slot;
}

static const struct sim_section uim_sections[] = {
	{ .kind = NULL, .settings = uim_settings, .changed = uim_settings_changed },
	SIM_SECTIONS_END
};

/* ---- events, control, description ------------------------------------------------ */

static void uim_event(struct sim_modem *m, void *state, enum sim_event_kind ev)
{
	struct uim_state *s = state;

	if (ev != SIM_EV_BOOT)
		return;
	/* A power cycle: the card forgets verifications, keeps its counters. */
	s->pin1.verified = 0;
	s->pin2.verified = 0;
	/* Services registered before UIM saw the boot first: let them look again. */
	sim_event(m, SIM_EV_SIM_STATE);
}

static void describe_card(const struct uim_state *s, char *out, size_t outlen)
{
	snprintf(out, outlen, "uim.card=%s uim.pin1=%s uim.pin1_retries=%u uim.puk1_retries=%u "
		 "uim.pin2=%s uim.pin2_retries=%u uim.puk2_retries=%u",
		 s->present ? "present" : "absent", pin_state_names[pin_state(&s->pin1)],
		 s->pin1.left, s->pin1.puk_left, pin_state_names[pin_state(&s->pin2)],
		 s->pin2.left, s->pin2.puk_left);
}

static void uim_describe(struct sim_modem *m, void *state, char *out, size_t outlen)
{
	(void)m;
	describe_card(state, out, outlen);
}

static int status_answer(const struct sim_control *ctl)
{
	describe_card(ctl->state, ctl->out, ctl->outlen);
	return 0;
}

/* `uim verify PIN`: as the host would, counted, announced by the PIN code itself. */
static int cmd_verify(const struct sim_control *ctl)
{
	int rc = sim_uim_verify_pin(ctl->modem, UIM_PIN_ID_PIN1, ctl->argv[1], NULL, NULL);

	if (rc) {
		snprintf(ctl->out, ctl->outlen, "verify failed: %s (QMI error %d)",
			 slqs_error_name((uint16_t)rc), rc);
		return -1;
	}
	return status_answer(ctl);
}

/* Runs a change of the card, then tells the clients if their view changed. */
static int change_card(const struct sim_control *ctl, void (*change)(struct uim_state *s))
{
	struct uim_state *s = ctl->state;
	struct uim_card_status before, after;

	card_status(s, &before);
	change(s);
	card_status(s, &after);
	if (memcmp(&before, &after, sizeof(after)))
		card_changed(ctl->modem, s);
	return status_answer(ctl);
}

static void remove_card(struct uim_state *s)
{
	s->present = 0;
}

static void insert_card(struct uim_state *s)
{
	if (s->present)
		return;
	s->present = 1;	/* a fresh power-up of the card */
	s->pin1.verified = 0;
	s->pin2.verified = 0;
}

static void block_pin(struct uim_state *s)
{
	s->pin1.left = 0;
	s->pin1.verified = 0;
}

static void block_puk(struct uim_state *s)
{
	s->pin1.puk_left = 0;
	s->pin1.verified = 0;
}

/* Inserting or removing a card also changes what the slot reports. */
static int swap_card(const struct sim_control *ctl, void (*change)(struct uim_state *s))
{
	struct uim_state *s = ctl->state;
	int was_present = s->present;
	int rc = change_card(ctl, change);

	if (s->present != was_present)
		slots_changed(ctl->modem, s);
	return rc;
}

static int cmd_remove(const struct sim_control *ctl)
{
	return swap_card(ctl, remove_card);
}

static int cmd_insert(const struct sim_control *ctl)
{
	return swap_card(ctl, insert_card);
}

static int cmd_block(const struct sim_control *ctl)
{
	const char *what = ctl->argc > 1 ? ctl->argv[1] : "pin";

	if (!strcasecmp(what, "pin"))
		return change_card(ctl, block_pin);
	if (!strcasecmp(what, "puk"))
		return change_card(ctl, block_puk);
	snprintf(ctl->out, ctl->outlen, "block what: '%s' is not pin or puk", what);
	return -1;
}

static const struct sim_command uim_commands[] = {
	{ "status", "", 0, 0, status_answer },
	{ "remove", "", 0, 0, cmd_remove },
	{ "insert", "", 0, 0, cmd_insert },
	{ "block", "[pin|puk]", 0, 1, cmd_block },
	{ "verify", "PIN", 1, 1, cmd_verify },
	SIM_COMMANDS_END
};

const struct sim_service sim_uim_service = {
	.name = "uim",
	.id = QMI_SVC_UIM,
	.major = 1,
	.minor = 46,
	.default_cid_limit = 10,
	.handlers = uim_handlers,
	.state_size = sizeof(struct uim_state),
	.client_state_size = sizeof(struct uim_client),
	.init = uim_init,
	.sections = uim_sections,
	.event = uim_event,
	.commands = uim_commands,
	.describe = uim_describe,
};
