/*
 * api_wds_profile: an application of the SDK's profile API (the "Profiles"
 * section of qaGobiApiWds.h) for the integration tests, written as a
 * vendor-SDK application would be (SWIWWANCMAPI.h, the vendor's names and
 * types). It connects to the first modem and runs its steps in order, each
 * printing one "step: rc N ..." line; tests/integration/api_wds_profile.sh
 * checks the lines against qmisim's configuration. An empty FIELD is left
 * out of the request (a NULL argument).
 *
 *   create:NAME:APN:PDP:AUTH:USER:PASS[:INDEX]  SLQSCreateProfile (3GPP), at
 *                                        INDEX if given
 *   get:I                                SLQSGetProfileSettings, every member
 *                                        the SDK fills
 *   modify:I:APN:USER:PASS:AUTH          SLQSModifyProfile
 *   delete:I                             SLQSDeleteProfile
 *   flat:I                               SLQSGetProfile
 *   setflat:I:NAME:APN:USER:PASS:PDP:AUTH  SLQSSetProfile
 *   default                              GetDefaultProfile, GetDefaultProfileLTE
 *   setdefault:NAME:APN:USER:PASS:AUTH   SetDefaultProfile
 *   qos:I                                SLQSModifyProfile with QoS, flags and
 *                                        IPv6 preferences, then
 *                                        SLQSGetProfileSettings of them
 *   errors                               NULL arguments, buffers too small,
 *                                        an index out of range
 *
 * The exit status is 0 unless connecting failed or a step is unknown.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "SWIWWANCMAPI.h"
#include "tests/integration/api_connect.h"

#define MAX_FIELDS 8

/* Splits "step:a:b:..." in place: f[0] the step, f[1..] the fields (NULL when empty). */
static int split(char *arg, char *f[MAX_FIELDS])
{
	int n = 0;

	memset(f, 0, sizeof(f[0]) * MAX_FIELDS);
	for (char *p = arg; p && n < MAX_FIELDS; n++) {
		char *colon = strchr(p, ':');

		if (colon)
			*colon = '\0';
		f[n] = *p ? p : NULL;
		p = colon ? colon + 1 : NULL;
	}
	return n;
}

/* A decimal field as a number, kept in *store; NULL when the field is absent. */
static ULONG *number(const char *field, ULONG *store)
{
	if (!field)
		return NULL;
	*store = strtoul(field, NULL, 0);
	return store;
}

static BYTE *byte_of(const char *field, BYTE *store)
{
	ULONG v;

	if (!number(field, &v))
		return NULL;
	*store = (BYTE)v;
	return store;
}

static void print_ipv4(const char *label, ULONG a)
{
	printf(" %s %u.%u.%u.%u", label, a >> 24, a >> 16 & 0xFF, a >> 8 & 0xFF, a & 0xFF);
}

static void print_ipv6(const char *label, const USHORT *g)
{
	printf(" %s %x:%x:%x:%x:%x:%x:%x:%x", label, g[0], g[1], g[2], g[3], g[4], g[5], g[6],
	       g[7]);
}

static void create(char *f[])
{
	BYTE type = 0, pdp, auth, at, out_type = 0xFF, index = 0xFF;
	USHORT ext = 0;
	struct CreateProfileIn in;
	struct CreateProfileOut out = { &out_type, &index, &ext };
	struct Profile3GPP *p = &in.curProfile.SlqsProfile3GPP;
	ULONG rc;

	memset(&in, 0, sizeof(in));
	in.pProfileType = &type;
	in.pProfileID = byte_of(f[7], &at);
	p->pProfilename = f[1];
	p->pAPNName = f[2];
	p->pPDPtype = byte_of(f[3], &pdp);
	p->pAuthenticationPref = byte_of(f[4], &auth);
	p->pUsername = f[5];
	p->pPassword = f[6];
	rc = SLQSCreateProfile(&in, &out);
	printf("create: rc %u type %u index %u ext %u\n", rc, out_type, index, ext);
}

static void get(char *f[])
{
	GetProfileSettingIn in = { 0, 0 };
	GetProfileSettingOut out;
	struct Profile3GPP *p = &out.curProfile.SlqsProfile3GPP;
	CHAR name[65] = "", apn[101] = "", user[128] = "", pass[128] = "";
	WORD name_size = sizeof(name), apn_size = sizeof(apn), user_size = sizeof(user);
	WORD pass_size = sizeof(pass), ext = 0;
	BYTE pdp = 0xFF, auth = 0xFF, context = 0xFF, disabled = 0xFF;
	ULONG dns1 = 0, dns2 = 0, ip = 0;
	USHORT v6[8] = { 0 };
	ULONG rc;

	in.ProfileID = (BYTE)strtoul(f[1] ? f[1] : "0", NULL, 0);
	memset(&out, 0, sizeof(out));
	*p = (struct Profile3GPP){
		.pProfilename = name, .pProfilenameSize = &name_size, .pPDPtype = &pdp,
		.pAPNName = apn, .pAPNnameSize = &apn_size, .pPriDNSIPv4AddPref = &dns1,
		.pSecDNSIPv4AddPref = &dns2, .pUsername = user, .pUsernameSize = &user_size,
		.pPassword = pass, .pPasswordSize = &pass_size, .pAuthenticationPref = &auth,
		.pIPv4AddrPref = &ip, .pPdpContext = &context, .pIPv6AddPref = v6,
		.pAPNDisabledFlag = &disabled,
	};
	out.pExtErrCode = &ext;
	rc = SLQSGetProfileSettings(&in, &out);
	printf("get %u: rc %u ext %u name '%s' pdp %u apn '%s' user '%s' pass '%s' auth %u "
	       "context %u disabled %u", in.ProfileID, rc, ext, name, pdp, apn, user, pass, auth,
	       context, disabled);
	print_ipv4("dns1", dns1);
	print_ipv4("dns2", dns2);
	print_ipv4("ip", ip);
	print_ipv6("v6", v6);
	printf("\n");
}

static void modify(char *f[])
{
	BYTE type = 0, id, auth;
	USHORT ext = 0;
	struct ModifyProfileIn in;
	struct ModifyProfileOut out = { &ext };
	struct Profile3GPP *p = &in.curProfile.SlqsProfile3GPP;
	ULONG rc;

	memset(&in, 0, sizeof(in));
	in.pProfileType = &type;
	in.pProfileID = byte_of(f[1], &id);
	p->pAPNName = f[2];
	p->pUsername = f[3];
	p->pPassword = f[4];
	p->pAuthenticationPref = byte_of(f[5], &auth);
	rc = SLQSModifyProfile(&in, &out);
	printf("modify %s: rc %u ext %u\n", f[1] ? f[1] : "-", rc, ext);
}

static void delete(char *f[])
{
	struct SLQSDeleteProfileParams del = { 0, (BYTE)strtoul(f[1] ? f[1] : "0", NULL, 0) };
	WORD ext = 0;
	ULONG rc = SLQSDeleteProfile(&del, &ext);

	printf("delete %u: rc %u ext %u\n", del.profileIndex, rc, ext);
}

static void flat(char *f[])
{
	ULONG pdp = 99, ip = 0, dns1 = 0, dns2 = 0, auth = 99;
	CHAR name[65], apn[101], user[128];
	WORD ext = 0;
	BYTE id = (BYTE)strtoul(f[1] ? f[1] : "0", NULL, 0);
	ULONG rc = SLQSGetProfile(0, id, &pdp, &ip, &dns1, &dns2, &auth, sizeof(name), name,
				  sizeof(apn), apn, sizeof(user), user, &ext);

	if (rc) {
		printf("flat %u: rc %u ext %u\n", id, rc, ext);
		return;
	}
	printf("flat %u: rc 0 name '%s' pdp %u apn '%s' user '%s' auth %u", id, name, pdp, apn,
	       user, auth);
	print_ipv4("dns1", dns1);
	print_ipv4("dns2", dns2);
	printf("\n");
}

static void setflat(char *f[])
{
	ULONG pdp, auth;
	BYTE id = (BYTE)strtoul(f[1] ? f[1] : "0", NULL, 0);
	ULONG rc = SLQSSetProfile(0, id, number(f[6], &pdp), NULL, NULL, NULL,
				  number(f[7], &auth), f[2], f[3], f[4], f[5]);

	printf("setflat %u: rc %u\n", id, rc);
}

static void defaults(void)
{
	ULONG pdp = 99, auth = 99, ip = 0, dns1 = 0, dns2 = 0, rc;
	USHORT v6[8] = { 0 }, dns6a[8] = { 0 }, dns6b[8] = { 0 };
	CHAR name[65], apn[101], user[128];

	rc = GetDefaultProfile(0, &pdp, &ip, &dns1, &dns2, &auth, sizeof(name), name, sizeof(apn),
			       apn, sizeof(user), user);
	if (rc)
		printf("GetDefaultProfile: rc %u\n", rc);
	else
		printf("GetDefaultProfile: rc 0 name '%s' pdp %u apn '%s' user '%s' auth %u\n", name,
		       pdp, apn, user, auth);
	rc = GetDefaultProfileLTE(0, &pdp, &ip, &dns1, &dns2, v6, dns6a, dns6b, &auth,
				  sizeof(name), name, sizeof(apn), apn, sizeof(user), user);
	printf("GetDefaultProfileLTE: rc %u name '%s' apn '%s'", rc, name, apn);
	print_ipv6("v6", v6);
	printf("\n");
}

static void setdefault(char *f[])
{
	ULONG auth;
	ULONG rc = SetDefaultProfile(0, NULL, NULL, NULL, NULL, number(f[5], &auth), f[1], f[2],
				     f[3], f[4]);

	printf("setdefault: rc %u\n", rc);
}

/* Member by member: the structs have padding, which memcmp would compare too. */
static int same_umts(const struct UMTSQoS *a, const struct UMTSQoS *b)
{
	return a->trafficClass == b->trafficClass && a->maxUplinkBitrate == b->maxUplinkBitrate &&
	       a->maxDownlinkBitrate == b->maxDownlinkBitrate &&
	       a->grntUplinkBitrate == b->grntUplinkBitrate &&
	       a->grntDownlinkBitrate == b->grntDownlinkBitrate &&
	       a->qosDeliveryOrder == b->qosDeliveryOrder && a->maxSDUSize == b->maxSDUSize &&
	       a->sduErrorRatio == b->sduErrorRatio && a->resBerRatio == b->resBerRatio &&
	       a->deliveryErrSDU == b->deliveryErrSDU && a->transferDelay == b->transferDelay &&
	       a->trafficPriority == b->trafficPriority;
}

static int same_lte(const struct QosClassID *a, const struct QosClassID *b)
{
	return a->QCI == b->QCI && a->gDlBitRate == b->gDlBitRate &&
	       a->maxDlBitRate == b->maxDlBitRate && a->gUlBitRate == b->gUlBitRate &&
	       a->maxUlBitRate == b->maxUlBitRate;
}

/* Writes QoS, flags and IPv6 preferences into profile I and reads them back. */
static void qos(char *f[])
{
	BYTE type = 0, id = (BYTE)strtoul(f[1] ? f[1] : "0", NULL, 0), alloc = 1, im_cn = 1;
	struct UMTSQoS umts = { 3, 64000, 128000, 0, 0, 1, 1500, 3, 4, 2, 100, 1 };
	struct UMTSQoS umts_back = { 0 };
	struct GPRSRequestedQoS gprs = { 1, 2, 3, 4, 5 }, gprs_back;
	struct QosClassID lte = { 9, 0, 50000000, 0, 10000000 }, lte_back = { 0 };
	USHORT v6[8] = { 0x2001, 0xdb8, 0, 0, 0, 0, 0, 0x42 }, dns6[8] = { 0x2001, 0xdb8, 0, 0,
									  0, 0, 0, 0x53 };
	USHORT v6_back[8] = { 0 }, dns6_back[8] = { 0 };
	BYTE alloc_back = 0xFF, im_cn_back = 0xFF;
	USHORT ext = 0;
	struct ModifyProfileIn in;
	struct ModifyProfileOut out = { &ext };
	GetProfileSettingIn gin = { 0, id };
	GetProfileSettingOut gout;
	struct Profile3GPP *p = &in.curProfile.SlqsProfile3GPP;
	ULONG rc;

	memset(&in, 0, sizeof(in));
	in.pProfileType = &type;
	in.pProfileID = &id;
	p->pUMTSReqQoS = &umts;
	p->pGPRSMinimumQoS = &gprs;
	p->pQosClassID = &lte;
	p->pIPv6AddPref = v6;
	p->pSecDNSIPv6addpref = dns6;
	p->pAddrAllocPref = &alloc;
	p->pImCnFlag = &im_cn;
	rc = SLQSModifyProfile(&in, &out);
	printf("qos %u: modify rc %u ext %u\n", id, rc, ext);
	memset(&gout, 0, sizeof(gout));
	memset(&gprs_back, 0, sizeof(gprs_back));
	gout.curProfile.SlqsProfile3GPP = (struct Profile3GPP){
		.pUMTSReqQoS = &umts_back, .pGPRSMinimumQoS = &gprs_back, .pQosClassID = &lte_back,
		.pIPv6AddPref = v6_back, .pSecDNSIPv6addpref = dns6_back,
		.pAddrAllocPref = &alloc_back, .pImCnFlag = &im_cn_back,
	};
	rc = SLQSGetProfileSettings(&gin, &gout);
	printf("qos %u: get rc %u umts %s gprs %s lte %s v6 %s dns6 %s alloc %u imcn %u\n", id, rc,
	       same_umts(&umts, &umts_back) ? "same" : "differs",
	       memcmp(&gprs, &gprs_back, sizeof(gprs)) ? "differs" : "same",
	       same_lte(&lte, &lte_back) ? "same" : "differs",
	       memcmp(v6, v6_back, sizeof(v6)) ? "differs" : "same",
	       memcmp(dns6, dns6_back, sizeof(dns6)) ? "differs" : "same", alloc_back, im_cn_back);
}

static void errors(void)
{
	BYTE type = 0, id = 1;
	CHAR tiny[2];
	WORD ext = 0;
	struct CreateProfileOut cout = { 0 };
	struct ModifyProfileIn min;
	struct ModifyProfileOut mout = { 0 };
	GetProfileSettingIn gin = { 0, 1 };
	struct SLQSDeleteProfileParams del = { 0, 17 };
	ULONG rc;

	memset(&min, 0, sizeof(min));
	min.pProfileType = &type;
	printf("null SLQSCreateProfile: rc %u\n", SLQSCreateProfile(NULL, &cout));
	printf("null SLQSModifyProfile id: rc %u\n", SLQSModifyProfile(&min, &mout));
	min.pProfileID = &id;
	printf("null SLQSModifyProfile out: rc %u\n", SLQSModifyProfile(&min, NULL));
	printf("null SLQSDeleteProfile: rc %u\n", SLQSDeleteProfile(NULL, &ext));
	printf("null SLQSGetProfileSettings: rc %u\n", SLQSGetProfileSettings(&gin, NULL));
	printf("short SLQSGetProfile name: rc %u\n",
	       SLQSGetProfile(0, 1, NULL, NULL, NULL, NULL, NULL, sizeof(tiny), tiny, 0, NULL, 0,
			      NULL, &ext));
	printf("short GetDefaultProfile apn: rc %u\n",
	       GetDefaultProfile(0, NULL, NULL, NULL, NULL, NULL, 0, NULL, sizeof(tiny), tiny, 0,
				 NULL));
	ext = 0;
	rc = SLQSDeleteProfile(&del, &ext);
	printf("range SLQSDeleteProfile 17: rc %u ext %u\n", rc, ext);
	ext = 0;
	rc = SLQSGetProfile(1, 101, NULL, NULL, NULL, NULL, NULL, 0, NULL, 0, NULL, 0, NULL, &ext);
	printf("3gpp2 SLQSGetProfile: rc %u ext %u\n", rc, ext);
}

static int run(char *arg)
{
	char *f[MAX_FIELDS];

	split(arg, f);
	if (!f[0])
		return -1;
	if (!strcmp(f[0], "create"))
		create(f);
	else if (!strcmp(f[0], "get"))
		get(f);
	else if (!strcmp(f[0], "modify"))
		modify(f);
	else if (!strcmp(f[0], "delete"))
		delete(f);
	else if (!strcmp(f[0], "flat"))
		flat(f);
	else if (!strcmp(f[0], "setflat"))
		setflat(f);
	else if (!strcmp(f[0], "default"))
		defaults();
	else if (!strcmp(f[0], "setdefault"))
		setdefault(f);
	else if (!strcmp(f[0], "qos"))
		qos(f);
	else if (!strcmp(f[0], "errors"))
		errors();
	else
		return -1;
	return 0;
}

int main(int argc, char **argv)
{
	int status = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: %s STEP...\n", argv[0]);
		return 2;
	}
	if (connect_first_modem("api_wds_profile"))
		return 1;
	for (int i = 1; i < argc; i++) {
		if (run(argv[i])) {
			fprintf(stderr, "api_wds_profile: unknown step %s\n", argv[i]);
			status = 2;
		}
	}
	QCWWANDisconnect();
	return status;
}
