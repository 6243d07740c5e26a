/* Callback registration that belongs to no service (api/cbk/inc/qaGobiApiCbk.h). */
#include "api/cbk/inc/qaGobiApiCbk.h"

#include "api/qmerrno.h"
#include "pkgs/api/rt.h"

ULONG SetDeviceStateChangeCbk(tFNDeviceStateChange pCallback)
{
	slqs_cbq_set_state_callback(pCallback);
	return eQCWWAN_ERR_NONE;
}

ULONG SLQSSetSDKTerminatedCallback(tFNSDKTerminated pCallback)
{
	slqs_cbq_set_terminated_callback(pCallback);
	return eQCWWAN_ERR_NONE;
}
