#include "core/qmi_error.h"

const char *slqs_error_name(uint16_t code)
{
	static const struct {
		uint16_t code;
		const char *name;
	} names[] = {
		{ QMI_ERR_NONE, "None" },
		{ QMI_ERR_MALFORMED_MESSAGE, "MalformedMessage" },
		{ QMI_ERR_NO_MEMORY, "NoMemory" },
		{ QMI_ERR_INTERNAL, "Internal" },
		{ QMI_ERR_ABORTED, "Aborted" },
		{ QMI_ERR_CLIENT_IDS_EXHAUSTED, "ClientIdsExhausted" },
		{ QMI_ERR_UNABORTABLE_TRANSACTION, "UnabortableTransaction" },
		{ QMI_ERR_INVALID_CLIENT_ID, "InvalidClientId" },
		{ QMI_ERR_INVALID_HANDLE, "InvalidHandle" },
		{ QMI_ERR_INVALID_PROFILE, "InvalidProfile" },
		{ QMI_ERR_INVALID_PIN_ID, "InvalidPinId" },
		{ QMI_ERR_INCORRECT_PIN, "IncorrectPin" },
		{ QMI_ERR_NO_NETWORK_FOUND, "NoNetworkFound" },
		{ QMI_ERR_CALL_FAILED, "CallFailed" },
		{ QMI_ERR_OUT_OF_CALL, "OutOfCall" },
		{ QMI_ERR_NOT_PROVISIONED, "NotProvisioned" },
		{ QMI_ERR_MISSING_ARGUMENT, "MissingArgument" },
		{ QMI_ERR_ARGUMENT_TOO_LONG, "ArgumentTooLong" },
		{ QMI_ERR_INVALID_TRANSACTION_ID, "InvalidTransactionId" },
		{ QMI_ERR_DEVICE_IN_USE, "DeviceInUse" },
		{ QMI_ERR_NO_EFFECT, "NoEffect" },
		{ QMI_ERR_NO_FREE_PROFILE, "NoFreeProfile" },
		{ QMI_ERR_INVALID_PDP_TYPE, "InvalidPdpType" },
		{ QMI_ERR_INVALID_PROFILE_TYPE, "InvalidProfileType" },
		{ QMI_ERR_INVALID_SERVICE_TYPE, "InvalidServiceType" },
		{ QMI_ERR_PIN_BLOCKED, "PinBlocked" },
		{ QMI_ERR_PIN_ALWAYS_BLOCKED, "PinAlwaysBlocked" },
		{ QMI_ERR_UIM_UNINITIALIZED, "UimUninitialized" },
		{ QMI_ERR_INVALID_ARGUMENT, "InvalidArgument" },
		{ QMI_ERR_DEVICE_NOT_READY, "DeviceNotReady" },
		{ QMI_ERR_INVALID_TRANSITION, "InvalidTransition" },
		{ QMI_ERR_INVALID_OPERATION, "InvalidOperation" },
		{ QMI_ERR_INVALID_QMI_COMMAND, "InvalidQmiCommand" },
		{ QMI_ERR_INFORMATION_UNAVAILABLE, "InformationUnavailable" },
		{ QMI_ERR_SIM_FILE_NOT_FOUND, "SimFileNotFound" },
		{ QMI_ERR_EXTENDED_INTERNAL, "ExtendedInternal" },
		{ QMI_ERR_ACCESS_DENIED, "AccessDenied" },
		{ QMI_ERR_INCOMPATIBLE_STATE, "IncompatibleState" },
		{ QMI_ERR_NOT_SUPPORTED, "NotSupported" },
	};

	for (unsigned i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (names[i].code == code)
			return names[i].name;
	return "Unknown";
}
