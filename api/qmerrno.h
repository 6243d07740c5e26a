/**
 * \file   qmerrno.h
 * \brief  Result codes of every API function (enum eQCWWANError).
 *
 * Every API function returns a ULONG holding one of these values:
 *  - eQCWWAN_ERR_NONE (0): success;
 *  - 1 .. 999: an error found by the SDK on the host (bad argument, no
 *    daemon, no device, malformed answer ...);
 *  - eQCWWAN_ERR_QMI_OFFSET (1000) + n: the modem answered with QMI error
 *    code n (for example 1012, eQCWWAN_ERR_QMI_INCORRECT_PIN);
 *  - 0xE000 and up: SDK-specific results (timeouts, data-session states ...).
 *
 * The numeric values are those of the vendor SDK, so an application that
 * tests for a number keeps working.
 */
#ifndef SLQS_API_QMERRNO_H
#define SLQS_API_QMERRNO_H

/** Result codes of the API functions. */
enum eQCWWANError {
	/* ---- host-side results ---- */
	eQCWWAN_ERR_ENUM_BEGIN = -1,		/**< Not a result: below the first code. */
	eQCWWAN_ERR_NONE = 0,			/**< Success. */
	eQCWWAN_ERR_GENERAL = 1,		/**< Failure without a more precise code. */
	eQCWWAN_ERR_INTERNAL = 2,		/**< Inconsistency inside the SDK (a bug). */
	eQCWWAN_ERR_MEMORY = 3,			/**< Out of memory on the host. */
	eQCWWAN_ERR_INVALID_ARG = 4,		/**< A parameter is NULL or out of range. */
	eQCWWAN_ERR_BUFFER_SZ = 5,		/**< A caller's buffer is too small for the answer. */
	eQCWWAN_ERR_NO_DEVICE = 6,		/**< No modem (none found, or the one in use went away). */
	eQCWWAN_ERR_INVALID_DEVID = 7,		/**< The device node or key names no known modem. */
	eQCWWAN_ERR_NO_CONNECTION = 8,		/**< The application is not attached to the SDK daemon. */
	eQCWWAN_ERR_QMI_IFACE = 9,		/**< The modem's QMI interface could not be obtained. */
	eQCWWAN_ERR_QMI_CONNECT = 10,		/**< The modem's QMI interface could not be opened. */
	eQCWWAN_ERR_QMI_REQ_SCH = 11,		/**< The request could not be scheduled. */
	eQCWWAN_ERR_QMI_REQ = 12,		/**< The request could not be sent. */
	eQCWWAN_ERR_QMI_RSP = 13,		/**< The response could not be received (e.g. modem reset). */
	eQCWWAN_ERR_QMI_REQ_TO = 14,		/**< Sending the request timed out. */
	eQCWWAN_ERR_QMI_RSP_TO = 15,		/**< Waiting for the response timed out. */
	eQCWWAN_ERR_MALFORMED_QMI_RSP = 16,	/**< The response could not be decoded. */
	eQCWWAN_ERR_INVALID_QMI_RSP = 17,	/**< The response does not answer the request. */
	eQCWWAN_ERR_INVALID_FILE = 18,		/**< A file path is invalid. */
	eQCWWAN_ERR_FILE_OPEN = 19,		/**< A file could not be opened. */
	eQCWWAN_ERR_FILE_COPY = 20,		/**< A file could not be copied. */
	eQCWWAN_ERR_OFFLINE = 27,		/**< The modem could not be put offline. */
	eQCWWAN_ERR_RESET = 28,			/**< The modem could not be reset. */
	eQCWWAN_ERR_NO_SIGNAL = 29,		/**< No signal is available. */
	eQCWWAN_ERR_MULTIPLE_DEVICES = 30,	/**< Several modems match where one was expected. */
	eQCWWAN_ERR_DRIVER = 31,		/**< The kernel driver reported an error. */
	eQCWWAN_ERR_NO_CANCELABLE_OP = 32,	/**< Nothing is pending that could be cancelled. */
	eQCWWAN_ERR_CANCEL_OP = 33,		/**< A pending operation could not be cancelled. */
	eQCWWAN_ERR_API_MUTEX_TIMEOUT = 34,	/**< An internal lock could not be taken in time. */
	eQCWWAN_ERR_PDU_GENERATION = 35,	/**< An SMS PDU could not be built. */
	eQCWWAN_ERR_INVALID_XID = 36,		/**< A transaction id is not valid. */
	eQCWWAN_ERR_MULTIPLE_SMS_UNSUPPORTED = 37, /**< Multi-part SMS is not supported. */
	eQCWWAN_ERR_ENUM_END = 38,		/**< Not a result: above the last host-side code. */

	/* ---- QMI errors reported by the modem: 1000 + QMI error code ---- */
	eQCWWAN_ERR_QMI_OFFSET = 1000,		/**< Not a result: the base of the QMI error codes. */
	eQCWWAN_ERR_QMI_MALFORMED_MSG = 1001,	/**< QMI: the modem could not parse the request. */
	eQCWWAN_ERR_QMI_NO_MEMORY = 1002,	/**< QMI: the modem ran out of memory. */
	eQCWWAN_ERR_QMI_INTERNAL = 1003,	/**< QMI: internal error in the modem. */
	eQCWWAN_ERR_QMI_ABORTED = 1004,		/**< QMI: the operation was aborted. */
	eQCWWAN_ERR_QMI_CLIENT_IDS_EXHAUSTED = 1005, /**< QMI: the modem has no client id left. */
	eQCWWAN_ERR_QMI_UNABORTABLE_TRANSACTION = 1006, /**< QMI: the transaction cannot be aborted. */
	eQCWWAN_ERR_QMI_INVALID_CLIENT_ID = 1007, /**< QMI: the client id is not valid. */
	eQCWWAN_ERR_QMI_NO_THRESHOLDS = 1008,	/**< QMI: no thresholds were given. */
	eQCWWAN_ERR_QMI_INVALID_HANDLE = 1009,	/**< QMI: the handle is not valid. */
	eQCWWAN_ERR_QMI_INVALID_PROFILE = 1010,	/**< QMI: the profile is not valid. */
	eQCWWAN_ERR_QMI_INVALID_PINID = 1011,	/**< QMI: the PIN id is not valid. */
	eQCWWAN_ERR_QMI_INCORRECT_PIN = 1012,	/**< QMI: the PIN is wrong. */
	eQCWWAN_ERR_QMI_NO_NETWORK_FOUND = 1013, /**< QMI: no network was found. */
	eQCWWAN_ERR_QMI_CALL_FAILED = 1014,	/**< QMI: the call (data session) failed. */
	eQCWWAN_ERR_QMI_OUT_OF_CALL = 1015,	/**< QMI: no call is up. */
	eQCWWAN_ERR_QMI_NOT_PROVISIONED = 1016,	/**< QMI: the item is not provisioned. */
	eQCWWAN_ERR_QMI_MISSING_ARG = 1017,	/**< QMI: a mandatory TLV is missing. */
	eQCWWAN_ERR_QMI_ARG_TOO_LONG = 1019,	/**< QMI: an argument is too long for the modem. */
	eQCWWAN_ERR_QMI_INVALID_TX_ID = 1022,	/**< QMI: the transaction id is not valid. */
	eQCWWAN_ERR_QMI_DEVICE_IN_USE = 1023,	/**< QMI: the device is busy (e.g. in a call). */
	eQCWWAN_ERR_QMI_OP_NETWORK_UNSUPPORTED = 1024, /**< QMI: the network does not support this. */
	eQCWWAN_ERR_QMI_OP_DEVICE_UNSUPPORTED = 1025, /**< QMI: the modem does not support this. */
	eQCWWAN_ERR_QMI_NO_EFFECT = 1026,	/**< QMI: the request would change nothing (e.g. already connected). */
	eQCWWAN_ERR_QMI_NO_FREE_PROFILE = 1027,	/**< QMI: no room for another profile. */
	eQCWWAN_ERR_QMI_INVALID_PDP_TYPE = 1028, /**< QMI: the PDP type is not valid. */
	eQCWWAN_ERR_QMI_INVALID_TECH_PREF = 1029, /**< QMI: the technology preference is not valid. */
	eQCWWAN_ERR_QMI_INVALID_PROFILE_TYPE = 1030, /**< QMI: the profile type is not valid. */
	eQCWWAN_ERR_QMI_INVALID_SERVICE_TYPE = 1031, /**< QMI: the service type is not valid. */
	eQCWWAN_ERR_QMI_INVALID_REGISTER_ACTION = 1032, /**< QMI: the register action is not valid. */
	eQCWWAN_ERR_QMI_INVALID_PS_ATTACH_ACTION = 1033, /**< QMI: the PS attach action is not valid. */
	eQCWWAN_ERR_QMI_AUTHENTICATION_FAILED = 1034, /**< QMI: authentication failed. */
	eQCWWAN_ERR_QMI_PIN_BLOCKED = 1035,	/**< QMI: the PIN is blocked; unblock it with the PUK. */
	eQCWWAN_ERR_QMI_PIN_PERM_BLOCKED = 1036, /**< QMI: the PIN is blocked for good. */
	eQCWWAN_ERR_QMI_SIM_NOT_INITIALIZED = 1037, /**< QMI: the SIM is not initialized yet. */
	eQCWWAN_ERR_QMI_MAX_QOS_REQUESTS_IN_USE = 1038, /**< QMI: every QoS request slot is in use. */
	eQCWWAN_ERR_QMI_INCORRECT_FLOW_FILTER = 1039, /**< QMI: the flow filter is wrong. */
	eQCWWAN_ERR_QMI_NETWORK_QOS_UNAWARE = 1040, /**< QMI: the network does not know the QoS asked for. */
	eQCWWAN_ERR_QMI_INVALID_ID = 1041,	/**< QMI: the id (e.g. QoS id) is not valid. */
	eQCWWAN_ERR_QMI_INVALID_QOS_ID = 1041,	/**< QMI: the QoS id is not valid (same as INVALID_ID). */
	eQCWWAN_ERR_QMI_REQUESTED_NUM_UNSUPPORTED = 1042, /**< QMI: the requested number is not supported. */
	eQCWWAN_ERR_QMI_INTERFACE_NOT_FOUND = 1043, /**< QMI: the interface was not found. */
	eQCWWAN_ERR_QMI_FLOW_SUSPENDED = 1044,	/**< QMI: the flow is suspended. */
	eQCWWAN_ERR_QMI_INVALID_DATA_FORMAT = 1045, /**< QMI: the data format is not valid. */
	eQCWWAN_ERR_QMI_GENERAL = 1046,		/**< QMI: general error. */
	eQCWWAN_ERR_QMI_UNKNOWN = 1047,		/**< QMI: unknown error. */
	eQCWWAN_ERR_QMI_INVALID_ARG = 1048,	/**< QMI: an argument is not valid. */
	eQCWWAN_ERR_QMI_INVALID_INDEX = 1049,	/**< QMI: an index is not valid. */
	eQCWWAN_ERR_QMI_NO_ENTRY = 1050,	/**< QMI: nothing is stored at that place. */
	eQCWWAN_ERR_QMI_DEVICE_STORAGE_FULL = 1051, /**< QMI: the storage is full. */
	eQCWWAN_ERR_QMI_DEVICE_NOT_READY = 1052, /**< QMI: the modem is not ready. */
	eQCWWAN_ERR_QMI_NETWORK_NOT_READY = 1053, /**< QMI: the network is not ready. */
	eQCWWAN_ERR_QMI_CAUSE_CODE = 1054,	/**< QMI: see the SMS cause code. */
	eQCWWAN_ERR_QMI_MESSAGE_NOT_SENT = 1055, /**< QMI: the message was not sent. */
	eQCWWAN_ERR_QMI_MESSAGE_DELIVERY_FAILURE = 1056, /**< QMI: the message was not delivered. */
	eQCWWAN_ERR_QMI_INVALID_MESSAGE_ID = 1057, /**< QMI: the message id is not valid. */
	eQCWWAN_ERR_QMI_ENCODING = 1058,	/**< QMI: the message is badly encoded. */
	eQCWWAN_ERR_QMI_AUTHENTICATION_LOCK = 1059, /**< QMI: too many authentication failures. */
	eQCWWAN_ERR_QMI_INVALID_TRANSITION = 1060, /**< QMI: that operating-mode change is not allowed. */
	eQCWWAN_ERR_QMI_NOT_A_MCAST_IFACE = 1061, /**< QMI: not a multicast interface. */
	eQCWWAN_ERR_QMI_MAX_MCAST_REQUESTS_IN_USE = 1062, /**< QMI: every multicast request slot is in use. */
	eQCWWAN_ERR_QMI_INVALID_MCAST_HANDLE = 1063, /**< QMI: the multicast handle is not valid. */
	eQCWWAN_ERR_QMI_INVALID_IP_FAMILY_PREF = 1064, /**< QMI: the IP family preference is not valid. */
	eQCWWAN_ERR_QMI_SESSION_INACTIVE = 1065, /**< QMI: no session is active. */
	eQCWWAN_ERR_QMI_SESSION_INVALID = 1066,	/**< QMI: the session does not allow this. */
	eQCWWAN_ERR_QMI_SESSION_OWNERSHIP = 1067, /**< QMI: the session belongs to another client. */
	eQCWWAN_ERR_QMI_INSUFFICIENT_RESOURCES = 1068, /**< QMI: not enough resources in the modem. */
	eQCWWAN_ERR_QMI_DISABLED = 1069,	/**< QMI: the function is disabled. */
	eQCWWAN_ERR_QMI_INVALID_OPERATION = 1070, /**< QMI: the operation is not valid. */
	eQCWWAN_ERR_QMI_INVALID_QMI_CMD = 1071,	/**< QMI: the modem does not know this message. */
	eQCWWAN_ERR_QMI_TPDU_TYPE = 1072,	/**< QMI: the TPDU type cannot be read raw. */
	eQCWWAN_ERR_QMI_SMSC_ADDR = 1073,	/**< QMI: the SMSC address is not valid. */
	eQCWWAN_ERR_QMI_INFO_UNAVAILABLE = 1074, /**< QMI: the information is not available now. */
	eQCWWAN_ERR_QMI_SEGMENT_TOO_LONG = 1075, /**< QMI: a segment is too long. */
	eQCWWAN_ERR_QMI_SEGMENT_ORDER = 1076,	/**< QMI: segments are out of order. */
	eQCWWAN_ERR_QMI_BUNDLING_NOT_SUPPORTED = 1077, /**< QMI: bundling is not supported. */
	eQCWWAN_ERR_QMI_OP_PARTIAL_FAILURE = 1078, /**< QMI: the operation partly failed. */
	eQCWWAN_ERR_QMI_POLICY_MISMATCH = 1079,	/**< QMI: policy mismatch. */
	eQCWWAN_ERR_QMI_SIM_FILE_NOT_FOUND = 1080, /**< QMI: the SIM file does not exist. */
	eQCWWAN_ERR_QMI_EXTENDED_INTERNAL = 1081, /**< QMI: extended internal error. */
	eQCWWAN_ERR_QMI_ACCESS_DENIED = 1082,	/**< QMI: access denied. */
	eQCWWAN_ERR_QMI_HARDWARE_RESTRICTED = 1083, /**< QMI: not allowed by the hardware setting. */
	eQCWWAN_ERR_QMI_ACK_NOT_SENT = 1084,	/**< QMI: the acknowledgement was not sent. */
	eQCWWAN_ERR_QMI_INJECT_TIMEOUT = 1085,	/**< QMI: injection timed out. */
	eQCWWAN_ERR_QMI_INCOMPATIBLE_STATE = 1090, /**< QMI: the state does not allow this. */
	eQCWWAN_ERR_QMI_FDN_RESTRICT = 1091,	/**< QMI: refused by fixed dialling numbers. */
	eQCWWAN_ERR_QMI_SUPS_FAILURE_CAUSE = 1092, /**< QMI: supplementary service failure. */
	eQCWWAN_ERR_QMI_NO_RADIO = 1093,	/**< QMI: the radio is off. */
	eQCWWAN_ERR_QMI_NOT_SUPPORTED = 1094,	/**< QMI: not supported by the modem. */
	eQCWWAN_ERR_QMI_NO_SUBSCRIPTION = 1095,	/**< QMI: no subscription. */
	eQCWWAN_ERR_QMI_CARD_CALL_CONTROL_FAILED = 1096, /**< QMI: the SIM's call control failed. */
	eQCWWAN_ERR_QMI_NETWORK_ABORTED = 1097,	/**< QMI: the network aborted the operation. */
	eQCWWAN_ERR_QMI_MSG_BLOCKED = 1098,	/**< QMI: the message is blocked. */
	eQCWWAN_ERR_QMI_MAX = 1099,		/**< Not a result: above the last named QMI code. */

	/* ---- SDK-specific: connection manager ---- */
	eQCWWAN_ERR_SWICM_START = 0xE000,	/**< Not a result: base of the connection-manager codes. */
	eQCWWAN_ERR_SWICM_NOT_IMPLEMENTED = 0xE001, /**< The function is not implemented. */
	eQCWWAN_ERR_SWICM_QMI_SVC_NOT_SUPPORTED = 0xE002, /**< The modem does not offer that QMI service. */
	eQCWWAN_ERR_SWICM_QMI_CLNT_NOT_SUPPORTED = 0xE003, /**< The QMI client is not supported. */
	eQCWWAN_ERR_SWICM_TIMEOUT = 0xE004,	/**< No answer within the function's timeout. */
	eQCWWAN_ERR_SWICM_SOCKET_IN_USE = 0xE005, /**< SLQSStart: the SDK daemon could not be reached, started or used. */
	eQCWWAN_ERR_SWICM_AM_VERS_ERROR = 0xE006, /**< The library and the daemon speak different protocol versions. */
	eQCWWAN_ERR_SWICM_FAILED_TO_KILL_SDK_PROCESS = 0xE007, /**< SLQSKillSDKProcess failed. */
	eQCWWAN_ERR_SWICM_CALL_IN_PROGRESS = 0xE008, /**< A data call is already being set up. */
	eQCWWAN_ERR_SWICM_V4DWN_V6DWN = 0xE009,	/**< Dual-stack: IPv4 and IPv6 are both down. */
	eQCWWAN_ERR_SWICM_V4DWN_V6UP = 0xE00A,	/**< Dual-stack: IPv4 is down, IPv6 is up. */
	eQCWWAN_ERR_SWICM_V4UP_V6DWN = 0xE00B,	/**< Dual-stack: IPv4 is up, IPv6 is down. */
	eQCWWAN_ERR_SWICM_V4UP_V6UP = 0xE00C,	/**< Dual-stack: IPv4 and IPv6 are both up. */
	eQCWWAN_ERR_SWICM_INVALID_SESSION_ID = 0xE00D, /**< The session id is not valid. */
	eQCWWAN_ERR_SWICM_INVALID_V4_SESSION_ID = 0xE00E, /**< The IPv4 session id is not valid. */
	eQCWWAN_ERR_SWICM_INVALID_V6_SESSION_ID = 0xE00F, /**< The IPv6 session id is not valid. */
	eQCWWAN_ERR_SWICM_SM_NO_AVAILABLE_SESSIONS = 0xE010, /**< No slot left for another data session. */
	eQCWWAN_ERR_SWICM_END = 0xE011,		/**< Not a result: above the connection-manager codes. */

	/* ---- SDK-specific: SMS ---- */
	eQCWWAN_ERR_SWISMS_START = 0xE100,	/**< Not a result: base of the SMS codes. */
	eQCWWAN_ERR_SWISMS_MSG_LEN_TOO_LONG = 0xE101, /**< The SMS text is too long. */
	eQCWWAN_ERR_SWISMS_MSG_CORRUPTED = 0xE102, /**< The SMS is badly encoded. */
	eQCWWAN_ERR_SWISMS_SMSC_NUM_CORRUPTED = 0xE103, /**< The SMSC number is not valid. */
	eQCWWAN_ERR_SWISMS_BEARER_DATA_NOT_FOUND = 0xE104, /**< The SMS carries no bearer data. */
	eQCWWAN_ERR_SWISM_END = 0xE105,		/**< Not a result: above the SMS codes. */

	/* ---- SDK-specific: firmware image management ---- */
	eQCWWAN_ERR_SWIIM_START = 0xE800,	/**< Not a result: base of the image-management codes. */
	eQCWWAN_ERR_SWIIM_INVALID_PATH = 0xE801, /**< The image directory is not valid. */
	eQCWWAN_ERR_SWIIM_OPENING_DIR = 0xE802,	/**< The image directory could not be opened. */
	eQCWWAN_ERR_SWIIM_FILE_NOT_FOUND = 0xE803, /**< No firmware image in the directory. */
	eQCWWAN_ERR_SWIIM_OPENING_FILE = 0xE804, /**< The image file could not be opened. */
	eQCWWAN_ERR_SWIIM_CORRUPTED_FW_IMAGE = 0xE805, /**< The firmware image is corrupt. */
	eQCWWAN_ERR_SWIIM_FIRMWARE_NOT_DOWNLOADED = 0xE806, /**< No download was needed. */
	eQCWWAN_ERR_SWIIM_FW_UPDATE_FAIL = 0xE807, /**< The firmware update failed. */
	eQCWWAN_ERR_SWIIM_FW_PREFERENCE_MISMATCH = 0xE808, /**< Updated, but the image preference differs. */
	eQCWWAN_ERR_SWIIM_FW_UPDATE_SUCCESS = 0xE809, /**< The firmware update succeeded. */
	eQCWWAN_ERR_SWIIM_FW_ENTER_DOWNLOAD_MODE = 0xE80A, /**< The modem entered download mode. */
	eQCWWAN_ERR_SWIIM_FW_FLASH_COMPLETE = 0xE80B, /**< The image was transferred to the modem. */
	eQCWWAN_ERR_SWIIM_FW_WAIT_FOR_REBOOT = 0xE80C, /**< Waiting for the modem to reboot. */
	eQCWWAN_ERR_SWIIM_INVALID_CRASH_STATE = 0xE80D, /**< The crash state does not allow a download. */
	eQCWWAN_ERR_SWIIM_FW_SAME_AS_CURRENT_ACTIVE_IMAGE = 0xE80E, /**< The image is the one running. */
	eQCWWAN_ERR_SWIIM_FW_INVALID_SLOT_INDEX = 0xE80F, /**< The image slot index is not valid. */
	eQCWWAN_ERR_SWIIM_END = 0xE810,		/**< Not a result: above the image-management codes. */

	/* ---- SDK-specific: device connectivity ---- */
	eQCWWAN_ERR_SWIDCS_START = 0xE900,	/**< Not a result: base of the device-connectivity codes. */
	eQCWWAN_ERR_SWIDCS_IOCTL_ERR = 0xE901,	/**< A driver ioctl failed. */
	eQCWWAN_ERR_SWIDCS_FILEIO_ERR = 0xE902,	/**< Reading or writing a device file failed. */
	eQCWWAN_ERR_SWIDCS_DEVNODE_NOT_FOUND = 0xE903, /**< The device node does not exist. */
	eQCWWAN_ERR_SWIDCS_APP_DISCONNECTED = 0xE904, /**< The application is detached from the SDK. */
	eQCWWAN_ERR_SWIDCS_END = 0xE905,	/**< Not a result: above the device-connectivity codes. */

	/* ---- QMI CAT (card application toolkit) errors ---- */
	eQCWWAN_ERR_QMI_CAT_START = 0xF3E9,	/**< Not a result: base of the CAT codes. */
	eQCWWAN_ERR_QMI_EVENT_REG_FAILED = 0xF3E9, /**< CAT: event registration failed. */
	eQCWWAN_ERR_QMI_INVALID_TERMINAL_RSP = 0xF3EA, /**< CAT: the terminal response is not valid. */
	eQCWWAN_ERR_QMI_INVALID_ENVELOPE_CMD = 0xF3EB, /**< CAT: the envelope command is not valid. */
	eQCWWAN_ERR_QMI_CARD_BUSY_RSP = 0xF3EC,	/**< CAT: the card is busy. */
	eQCWWAN_ERR_QMI_ENVELOPE_CMD_FAILURE = 0xF3ED, /**< CAT: the envelope command failed. */
	eQCWWAN_ERR_QMI_CAT_END = 0xF3ED,	/**< Not a result: the last CAT code. */
	eQCWWAN_ERR_NULL_TLV = 0xF3EE,		/**< A TLV expected in the response is absent. */

	eQCWWAN_ERR_QMI_WIDTH = 0xFFFF		/**< Not a result: the largest code. */
};

#endif /* SLQS_API_QMERRNO_H */
