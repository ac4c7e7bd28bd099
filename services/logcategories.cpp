#include "logcategories.h"

Q_LOGGING_CATEGORY(lcProbe, "qd.services.probe", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProfile, "qd.services.profile", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHeartbeat, "qd.services.heartbeat", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "qd.services.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBackups, "qd.services.backups", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRunner, "qd.services.runner", QtInfoMsg)
