#pragma once

#include <QString>

namespace qd {

// Where status updates can be posted (issue 7): a Slack-compatible incoming
// webhook, named in the profile. Its token lives in the OS keychain under
// quarterdeck/<environment>/webhook/<name>, never in the profile: it goes into
// the URL where the URL says {token}, else into an Authorization header.
struct WebhookSpec
{
    QString name;
    QString url;   // as written: {token} kept (QUrl would encode the braces)
    QString audience;   // team, stakeholders or users: the composer offers it for that audience
    bool external = false;   // outside the team: publishing asks first

    QString secretKey(const QString &environment) const { return QStringLiteral("quarterdeck/%1/webhook/%2").arg(environment, name); }
};

} // namespace qd
