/**
 * \file   SWIWWANCMAPI.h
 * \brief  The whole SLQS-compatible API: include this one header.
 *
 * Build an application with `pkg-config --cflags --libs slqs`, or with
 * `-I<prefix>/include/slqs -I<prefix>/include/slqs/inc` and
 * `-lslqsqmi -lslqsapi -lslqscore -lpthread`. See docs/api-guide.md.
 */
#ifndef SLQS_API_SWIWWANCMAPI_H
#define SLQS_API_SWIWWANCMAPI_H

#include "inc/SwiDataTypes.h"
#include "qmerrno.h"

#include "dcs/inc/qaGobiApiDcs.h"
#include "cbk/inc/qaGobiApiCbk.h"
#include "swi/inc/qaGobiApiSwi.h"
#include "dms/inc/qaGobiApiDms.h"
#include "nas/inc/qaGobiApiNas.h"
#include "uim/inc/qaGobiApiUim.h"
#include "wds/inc/qaGobiApiWds.h"
#include "wda/inc/qaGobiApiWda.h"

#endif /* SLQS_API_SWIWWANCMAPI_H */
