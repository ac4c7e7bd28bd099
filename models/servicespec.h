#pragma once

#include "duration.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace qd {

// One watched service as the profile describes it.
struct ServiceSpec
{
    enum class Kind { Http, Tcp, Command };

    QString name;
    QString component;   // links to objectives; defaults to the name
    QString description;
    Kind kind = Kind::Http;

    // http
    QUrl url;
    QList<int> acceptedStatus;   // empty: any 2xx
    QString bodyContains;
    QString bodyMatches;         // regular expression, validated by the parser
    Millis maxLatency{0};        // slower than this (but otherwise fine) is Degraded; 0 = no limit
    bool followRedirects = true;

    // tcp
    QString host;
    quint16 port = 0;

    // command
    QString command;             // run with bash -c, exit 0 = up

    Millis interval{30'000};
    Millis timeout{5'000};
    int failuresBeforeDown = 2;

    int line = 0;                // where the profile defines it, for messages

    QString target() const       // what is probed, for the table
    {
        switch (kind) {
        case Kind::Http:
            return url.toString();
        case Kind::Tcp:
            return host + u':' + QString::number(port);
        case Kind::Command:
            break;
        }
        return command;
    }
    QString kindName() const
    {
        switch (kind) {
        case Kind::Http:
            return QStringLiteral("http");
        case Kind::Tcp:
            return QStringLiteral("tcp");
        case Kind::Command:
            break;
        }
        return QStringLiteral("command");
    }
};

} // namespace qd
