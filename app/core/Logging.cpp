#include "Logging.h"

Q_LOGGING_CATEGORY(lcApi, "ov.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "ov.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCache, "ov.cache", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "ov.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "ov.app", QtInfoMsg)
