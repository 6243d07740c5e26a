#include "core/status.h"

const char *slqs_status_str(int status)
{
	switch (status) {
	case QMI_OK:           return "success";
	case QMI_E_TRUNCATED:  return "message truncated: a field runs past the end of its data";
	case QMI_E_MISSING:    return "a mandatory TLV is missing";
	case QMI_E_OVERFLOW:   return "a value is larger than the field that should hold it";
	case QMI_E_NOSPACE:    return "output buffer too small";
	case QMI_E_BADFRAME:   return "malformed QMUX frame";
	case QMI_E_TOOBIG:     return "frame larger than the allowed maximum";
	case QMI_E_INVAL:      return "invalid argument";
	case QMI_E_UNEXPECTED: return "unexpected message";
	}
	return "unknown status";
}
