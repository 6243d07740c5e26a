/*
 * NAS cell location API (api/nas/inc/qaGobiApiNas.h): Get Cell Location
 * Info into the vendor SDK's nine structs. Decoded: GERAN, UMTS, CDMA and
 * LTE intra-frequency (the serving cell and its neighbours) and the UMTS
 * cell id; the other neighbour lists are reported as empty.
 */
#include "api/nas/inc/qaGobiApiNas.h"

#include <stddef.h>
#include <string.h>

#include "api/qmerrno.h"
#include "pkgs/api/slqs_call.h"
#include "pkgs/nas/nas_msg.h"

/* The vendor's arrays hold MAX_DESCRIPTION_LENGTH entries; ours NAS_MAX_CELLS. */
_Static_assert(NAS_MAX_CELLS <= MAX_DESCRIPTION_LENGTH, "cell lists fit the vendor's arrays");

static void fill_geran(const struct nas_geran_info *g, GERANInfo *o)
{
	o->cellID = g->cell_id;
	memcpy(o->plmn, g->plmn, PLMN_LENGTH);
	o->lac = g->lac;
	o->arfcn = g->arfcn;
	o->bsic = g->bsic;
	o->timingAdvance = g->timing_advance;
	o->rxLev = g->rx_level;
	o->nmrInst = (BYTE)g->n_cells;
	for (uint16_t i = 0; i < g->n_cells; i++) {
		const struct nas_geran_cell *c = &g->cells[i];
		nmrCellInfo *n = &o->insNmrCellInfo[i];

		n->nmrCellID = c->cell_id;
		memcpy(n->nmrPlmn, c->plmn, PLMN_LENGTH);
		n->nmrLac = c->lac;
		n->nmrArfcn = c->arfcn;
		n->nmrBsic = c->bsic;
		n->nmrRxLev = c->rx_level;
	}
}

static void fill_umts(const struct nas_umts_info *u, UMTSInfo *o)
{
	o->cellID = u->cell_id;
	memcpy(o->plmn, u->plmn, PLMN_LENGTH);
	o->lac = u->lac;
	o->uarfcn = u->uarfcn;
	o->psc = u->psc;
	o->rscp = u->rscp;
	o->ecio = u->ecio;
	o->umtsInst = (BYTE)u->n_cells;
	for (uint16_t i = 0; i < u->n_cells; i++)
		o->UMTSInstInfo[i] = (UMTSinstInfo){ u->cells[i].uarfcn, u->cells[i].psc,
						     u->cells[i].rscp, u->cells[i].ecio };
	o->geranInst = (BYTE)u->n_geran_cells;
	for (uint16_t i = 0; i < u->n_geran_cells; i++)
		o->GeranInstInfo[i] = (geranInstInfo){ u->geran_cells[i].arfcn,
						       u->geran_cells[i].ncc,
						       u->geran_cells[i].bcc,
						       u->geran_cells[i].rssi };
}

static void fill_lte_intra(const struct nas_lte_intra_info *l, LTEInfoIntrafreq *o)
{
	o->ueInIdle = l->ue_in_idle;
	memcpy(o->plmn, l->plmn, PLMN_LENGTH);
	o->tac = l->tac;
	o->globalCellId = l->global_cell_id;
	o->earfcn = l->earfcn;
	o->servingCellId = l->serving_cell_id;
	o->cellReselPriority = l->cell_reselection_priority;
	o->sNonIntraSearch = l->s_non_intra_search;
	o->threshServingLow = l->serving_cell_low_threshold;
	o->sIntraSearch = l->s_intra_search;
	o->cellsLen = (BYTE)l->n_cells;
	for (uint16_t i = 0; i < l->n_cells; i++)
		o->CellParams[i] = (cellParams){ l->cells[i].pci, l->cells[i].rsrq,
						 l->cells[i].rsrp, l->cells[i].rssi,
						 l->cells[i].rx_level };
}

/*
 * "Nothing reported": every field all bits set (the vendor's "not
 * available"), the counts 0. Only the head of each struct is touched: the
 * cell arrays behind a count of 0 are not read (they are large).
 */
#define NONE_HEAD(p, count_member)                                                      \
	do {                                                                            \
		if (p) {                                                                \
			memset((p), 0xFF, offsetof(__typeof__(*(p)), count_member) + 1); \
			(p)->count_member = 0;                                          \
		}                                                                       \
	} while (0)

static void cell_location_none(nasCellLocationInfoResp *p)
{
	NONE_HEAD(p->pGERANInfo, nmrInst);
	if (p->pUMTSInfo) {
		NONE_HEAD(p->pUMTSInfo, umtsInst);
		p->pUMTSInfo->geranInst = 0;
	}
	if (p->pCDMAInfo)
		memset(p->pCDMAInfo, 0xFF, sizeof(*p->pCDMAInfo));
	NONE_HEAD(p->pLTEInfoIntrafreq, cellsLen);
	NONE_HEAD(p->pLTEInfoInterfreq, freqsLen);
	NONE_HEAD(p->pLTEInfoNeighboringGSM, freqsLen);
	NONE_HEAD(p->pLTEInfoNeighboringWCDMA, freqsLen);
	if (p->pUMTSCellID)
		*p->pUMTSCellID = 0xFFFFFFFFu;
	if (p->pWCDMAInfoLTENeighborCell) {
		p->pWCDMAInfoLTENeighborCell->wcdmaRRCState = 0xFFFFFFFFu;
		p->pWCDMAInfoLTENeighborCell->umtsLTENbrCellLen = 0;
	}
}

ULONG SLQSNasGetCellLocationInfo(nasCellLocationInfoResp *p)
{
	struct nas_get_cell_location_info_rsp r;
	ULONG rc;

	if (!p)
		return eQCWWAN_ERR_INVALID_ARG;
	rc = slqs_qmi_call(&slqs_nas_get_cell_location_info, NULL, &r, SLQS_TIMEOUT_DEFAULT);
	if (rc)
		return rc;
	cell_location_none(p);
	if (r.has_geran && p->pGERANInfo)
		fill_geran(&r.geran, p->pGERANInfo);
	if (r.has_umts && p->pUMTSInfo)
		fill_umts(&r.umts, p->pUMTSInfo);
	if (r.has_cdma && p->pCDMAInfo)
		*p->pCDMAInfo = (CDMAInfo){ r.cdma.sid, r.cdma.nid, r.cdma.base_id, r.cdma.ref_pn,
					    r.cdma.latitude, r.cdma.longitude };
	if (r.has_lte_intra && p->pLTEInfoIntrafreq)
		fill_lte_intra(&r.lte_intra, p->pLTEInfoIntrafreq);
	if (r.has_umts_cell_id && p->pUMTSCellID)
		*p->pUMTSCellID = r.umts_cell_id;
	return eQCWWAN_ERR_NONE;
}
