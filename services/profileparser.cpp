#include "profileparser.h"

#include "backuppattern.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace qd {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

QString closest(const QString &key, const QStringList &allowed)
{
    QString best;
    int bestDistance = INT_MAX;
    for (const QString &candidate : allowed) {
        const int d = editDistance(key, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    // Only suggest what is plausibly a typo, not any key at all.
    if (bestDistance <= qMax(2, int(key.size()) / 3))
        return best;
    return {};
}

const QStringList kTopKeys = {QStringLiteral("environment"), QStringLiteral("defaults"), QStringLiteral("services"),
                              QStringLiteral("heartbeats"),  QStringLiteral("objectives"), QStringLiteral("backups"),
                              QStringLiteral("databases"),   QStringLiteral("runbooks"),   QStringLiteral("templates"),
                              QStringLiteral("team"),        QStringLiteral("variables"),  QStringLiteral("repositories"),
                              QStringLiteral("webhooks")};

} // namespace

QString ProfileParser::Result::errorText() const
{
    QStringList lines;
    for (const ProfileError &e : errors)
        lines << e.toString();
    return lines.join(u'\n');
}

ProfileParser::ProfileParser(const QString &path)
    : m_path(path)
    , m_dir(QFileInfo(path).absolutePath())
{
    m_profile.path = QFileInfo(path).absoluteFilePath();
}

ProfileParser::Result ProfileParser::parseFile(const QString &path, QByteArray *content)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Result r;
        r.errors.append({path, 1, 1, tr("cannot read the profile: %1").arg(f.errorString())});
        return r;
    }
    // A profile is a few kilobytes; refuse something that is clearly not one
    // instead of handing megabytes of junk to the YAML parser.
    constexpr qint64 kMaxProfileBytes = 4 * 1024 * 1024;
    if (f.size() > kMaxProfileBytes) {
        Result r;
        r.errors.append({path, 1, 1, tr("the file is %1 bytes; a profile is expected to be under 4 MiB").arg(f.size())});
        return r;
    }
    const QByteArray bytes = f.readAll();
    if (content)
        *content = bytes;
    return parseText(bytes, path);
}

ProfileParser::Result ProfileParser::parseText(const QByteArray &yaml, const QString &path)
{
    ProfileParser p(path);
    p.run(yaml);
    Result r;
    r.errors = p.m_errors;
    if (p.m_errors.isEmpty())
        r.profile = p.m_profile;
    return r;
}

void ProfileParser::error(const YAML::Node &at, const QString &message)
{
    // yaml-cpp throws from Mark() on a node that stands for an absent key;
    // such an error is then placed at the start of the file rather than lost.
    YAML::Mark m = YAML::Mark::null_mark();
    if (at.IsDefined()) {
        try {
            m = at.Mark();
        } catch (const YAML::Exception &) {
        }
    }
    m_errors.append({m_path, qMax(1, m.line + 1), qMax(1, m.column + 1), message});
}

bool ProfileParser::expectMap(const YAML::Node &node, const QString &what)
{
    if (node.IsMap())
        return true;
    error(node, tr("%1 must be a mapping of keys to values").arg(what));
    return false;
}

bool ProfileParser::expectSeq(const YAML::Node &node, const QString &what)
{
    if (node.IsSequence())
        return true;
    error(node, tr("%1 must be a list (items starting with '- ')").arg(what));
    return false;
}

void ProfileParser::checkKeys(const YAML::Node &map, const QStringList &allowed, const QString &where)
{
    QSet<QString> seen;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const YAML::Node &k = it->first;
        if (!k.IsScalar()) {
            error(k, tr("keys in %1 must be plain words").arg(where));
            continue;
        }
        const QString key = qs(k.Scalar());
        if (seen.contains(key))
            error(k, tr("duplicate key '%1' in %2").arg(key, where));
        seen.insert(key);
        if (allowed.contains(key))
            continue;
        const QString guess = closest(key, allowed);
        if (!guess.isEmpty())
            error(k, tr("unknown key '%1' in %2; did you mean '%3'?").arg(key, where, guess));
        else
            error(k, tr("unknown key '%1' in %2; expected one of: %3").arg(key, where, allowed.join(QStringLiteral(", "))));
    }
}

std::optional<QString> ProfileParser::string(const YAML::Node &map, const char *key, bool required, const QString &where)
{
    const YAML::Node n = map[key];
    if (!n) {
        if (required)
            error(map, tr("%1 needs '%2'").arg(where, QLatin1String(key)));
        return std::nullopt;
    }
    if (!n.IsScalar()) {
        error(n, tr("'%1' in %2 must be a single value").arg(QLatin1String(key), where));
        return std::nullopt;
    }
    const QString v = qs(n.Scalar());
    if (required && v.trimmed().isEmpty()) {
        error(n, tr("'%1' in %2 must not be empty").arg(QLatin1String(key), where));
        return std::nullopt;
    }
    return v;
}

std::optional<Millis> ProfileParser::duration(const YAML::Node &map, const char *key, const QString &where)
{
    const YAML::Node n = map[key];
    if (!n)
        return std::nullopt;
    if (n.IsScalar()) {
        if (const auto d = parseDuration(qs(n.Scalar())))
            return d;
        if (qs(n.Scalar()).trimmed().startsWith(u'-')) {
            error(n, tr("'%1' in %2 cannot be negative").arg(QLatin1String(key), where));
            return std::nullopt;
        }
    }
    error(n, tr("'%1' in %2 must be a duration such as 500ms, 30s, 5m or 2h").arg(QLatin1String(key), where));
    return std::nullopt;
}

std::optional<int> ProfileParser::integer(const YAML::Node &map, const char *key, int min, int max, const QString &where)
{
    const YAML::Node n = map[key];
    if (!n)
        return std::nullopt;
    int v = 0;
    if (n.IsScalar() && YAML::convert<int>::decode(n, v) && v >= min && v <= max)
        return v;
    error(n, tr("'%1' in %2 must be a whole number from %3 to %4").arg(QLatin1String(key), where).arg(min).arg(max));
    return std::nullopt;
}

std::optional<bool> ProfileParser::boolean(const YAML::Node &map, const char *key, const QString &where)
{
    const YAML::Node n = map[key];
    if (!n)
        return std::nullopt;
    bool v = false;
    if (n.IsScalar() && YAML::convert<bool>::decode(n, v))
        return v;
    error(n, tr("'%1' in %2 must be true or false").arg(QLatin1String(key), where));
    return std::nullopt;
}

QString ProfileParser::resolvePath(const QString &p) const
{
    QString path = p;
    // A Windows drive path (D:/logs/bot.log) is absolute where it is meant to
    // be used; do not glue it onto the profile's folder.
    static const QRegularExpression windowsDrive(QStringLiteral("^[A-Za-z]:[/\\\\]"));
    if (windowsDrive.match(path).hasMatch())
        return path;
    if (path.startsWith(QStringLiteral("~/")))
        path = QDir::homePath() + path.mid(1);
    return QDir::cleanPath(QDir(m_dir).absoluteFilePath(path));
}

void ProfileParser::run(const QByteArray &yaml)
{
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::ParserException &e) {
        m_errors.append({m_path, e.mark.line + 1, e.mark.column + 1, tr("not valid YAML: %1").arg(qs(e.msg))});
        return;
    } catch (const YAML::Exception &e) {
        m_errors.append({m_path, 1, 1, tr("not valid YAML: %1").arg(qs(e.msg))});
        return;
    }
    if (!root || root.IsNull()) {
        m_errors.append({m_path, 1, 1, tr("the profile is empty; expected a mapping with 'environment' and 'services'")});
        return;
    }
    try {
        if (!expectMap(root, tr("the profile")))
            return;
        checkKeys(root, kTopKeys, tr("the profile"));
        if (root["environment"])
            parseEnvironment(root["environment"]);
        else
            m_errors.append({m_path, 1, 1, tr("the profile needs an 'environment' section with at least a 'name'")});
        if (root["defaults"])
            parseDefaults(root["defaults"]);
        if (root["services"])
            parseServices(root["services"]);
        if (root["heartbeats"])
            parseHeartbeats(root["heartbeats"]);
        if (root["objectives"])
            parseObjectives(root["objectives"]);
        if (root["backups"])
            parseBackups(root["backups"]);
        if (root["databases"])
            parseDatabases(root["databases"]);
        if (root["runbooks"])
            parseRunbooks(root["runbooks"]);
        if (root["templates"])
            parseTemplates(root["templates"]);
        if (root["team"])
            parseTeam(root["team"]);
        if (root["variables"])
            parseVariables(root["variables"]);
        if (root["repositories"])
            parseRepositories(root["repositories"]);
        if (root["webhooks"])
            parseWebhooks(root["webhooks"]);
    } catch (const YAML::Exception &e) {
        // yaml-cpp throws on some malformed nodes during access; never let it
        // escape into the caller (the watcher runs us on every save).
        m_errors.append({m_path, qMax(1, e.mark.line + 1), qMax(1, e.mark.column + 1),
                         tr("could not read this part of the profile: %1").arg(qs(e.msg))});
    }
    std::sort(m_errors.begin(), m_errors.end(), [](const ProfileError &a, const ProfileError &b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
}

void ProfileParser::parseEnvironment(const YAML::Node &n)
{
    const QString where = tr("'environment'");
    if (!expectMap(n, where))
        return;
    checkKeys(n, {QStringLiteral("name"), QStringLiteral("production"), QStringLiteral("description")}, where);
    if (auto v = string(n, "name", true, where))
        m_profile.environment.name = *v;
    if (auto v = boolean(n, "production", where))
        m_profile.environment.production = *v;
    if (auto v = string(n, "description", false, where))
        m_profile.environment.description = *v;
}

std::optional<Millis> ProfileParser::interval(const YAML::Node &map, const QString &where)
{
    // Below 100ms a check is a busy loop; a day is the most that still means
    // "watching".
    const auto v = duration(map, "interval", where);
    if (v && (v->count() < 100 || v->count() > 86'400'000)) {
        error(map["interval"], tr("'interval' in %1 must be from 100ms to 1d").arg(where));
        return std::nullopt;
    }
    return v;
}

std::optional<Millis> ProfileParser::timeout(const YAML::Node &map, const QString &where)
{
    // Qt arms timers with int milliseconds, and a check that waits for hours
    // is not a check: an hour at most.
    const auto v = duration(map, "timeout", where);
    if (v && (v->count() < 10 || v->count() > 3'600'000)) {
        error(map["timeout"], tr("'timeout' in %1 must be from 10ms to 1h").arg(where));
        return std::nullopt;
    }
    return v;
}

void ProfileParser::parseDefaults(const YAML::Node &n)
{
    const QString where = tr("'defaults'");
    if (!expectMap(n, where))
        return;
    checkKeys(n, {QStringLiteral("interval"), QStringLiteral("timeout"), QStringLiteral("failures_before_down")}, where);
    if (auto v = interval(n, where))
        m_defaultInterval = *v;
    if (auto v = timeout(n, where))
        m_defaultTimeout = *v;
    if (auto v = integer(n, "failures_before_down", 1, 100, where))
        m_defaultFailures = *v;
}

void ProfileParser::parseServices(const YAML::Node &n)
{
    if (!expectSeq(n, tr("'services'")))
        return;
    for (std::size_t i = 0; i < n.size(); ++i)
        parseService(n[i], int(i));
}

void ProfileParser::parseService(const YAML::Node &n, int index)
{
    QString where = tr("service #%1").arg(index + 1);
    if (!expectMap(n, where))
        return;
    checkKeys(n,
              {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("component"), QStringLiteral("http"),
               QStringLiteral("tcp"), QStringLiteral("command"), QStringLiteral("interval"), QStringLiteral("timeout"),
               QStringLiteral("failures_before_down")},
              where);
    ServiceSpec s;
    s.line = n.Mark().line + 1;
    if (auto v = string(n, "name", true, where)) {
        s.name = v->trimmed();
        where = tr("service '%1'").arg(s.name);
        if (const auto first = m_serviceLines.constFind(s.name); first != m_serviceLines.cend())
            error(n["name"], tr("service name '%1' is used twice (first on line %2)").arg(s.name).arg(*first));
        else
            m_serviceLines.insert(s.name, s.line);
    }
    if (auto v = string(n, "description", false, where))
        s.description = *v;
    s.component = string(n, "component", false, where).value_or(s.name);
    s.interval = interval(n, where).value_or(m_defaultInterval);
    s.timeout = timeout(n, where).value_or(m_defaultTimeout);
    s.failuresBeforeDown = integer(n, "failures_before_down", 1, 100, where).value_or(m_defaultFailures);

    const int kinds = int(bool(n["http"])) + int(bool(n["tcp"])) + int(bool(n["command"]));
    if (kinds != 1) {
        error(n, kinds == 0 ? tr("%1 needs one check: 'http', 'tcp' or 'command'").arg(where)
                            : tr("%1 has more than one check; use one of 'http', 'tcp' or 'command' per service").arg(where));
    } else if (n["http"]) {
        parseHttp(n["http"], s);
    } else if (n["tcp"]) {
        parseTcp(n["tcp"], s);
    } else {
        parseCommand(n["command"], s);
    }
    m_profile.services.append(s);
}

void ProfileParser::parseHttp(const YAML::Node &n, ServiceSpec &s)
{
    s.kind = ServiceSpec::Kind::Http;
    const QString where = tr("the http check of '%1'").arg(s.name);
    YAML::Node urlNode;
    if (n.IsScalar()) {
        urlNode = n;
    } else {
        if (!expectMap(n, where))
            return;
        checkKeys(n,
                  {QStringLiteral("url"), QStringLiteral("status"), QStringLiteral("body_contains"),
                   QStringLiteral("body_matches"), QStringLiteral("max_latency"), QStringLiteral("follow_redirects")},
                  where);
        urlNode = n["url"];
        if (!urlNode)
            error(n, tr("%1 needs 'url'").arg(where));
        if (const YAML::Node st = n["status"]) {
            QList<YAML::Node> items;
            if (st.IsSequence()) {
                for (const auto &item : st)
                    items.append(item);
            } else {
                items.append(st);
            }
            for (const YAML::Node &item : items) {
                int code = 0;
                if (item.IsScalar() && YAML::convert<int>::decode(item, code) && code >= 100 && code <= 599) {
                    s.acceptedStatus.append(code);
                } else if (item.IsScalar() && QRegularExpression(QStringLiteral("^[1-5]xx$")).match(qs(item.Scalar())).hasMatch()) {
                    const int base = qs(item.Scalar()).left(1).toInt() * 100;
                    for (int c = base; c < base + 100; ++c)
                        s.acceptedStatus.append(c);
                } else {
                    error(item, tr("'status' in %1 must be HTTP status codes such as 200 or 2xx").arg(where));
                }
            }
        }
        if (auto v = string(n, "body_contains", false, where))
            s.bodyContains = *v;
        if (auto v = string(n, "body_matches", false, where)) {
            const QRegularExpression re(*v);
            if (!re.isValid()) {
                const YAML::Node bn = n["body_matches"];
                error(bn, tr("'body_matches' in %1 is not a valid regular expression: %2 (at character %3)")
                              .arg(where, re.errorString())
                              .arg(re.patternErrorOffset() + 1));
            }
            s.bodyMatches = *v;
        }
        if (auto v = duration(n, "max_latency", where))
            s.maxLatency = *v;
        if (auto v = boolean(n, "follow_redirects", where))
            s.followRedirects = *v;
    }
    if (!urlNode)
        return;
    if (!urlNode.IsScalar()) {
        error(urlNode, tr("the url of '%1' must be a single value").arg(s.name));
        return;
    }
    const QUrl url(qs(urlNode.Scalar()), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
        error(urlNode, tr("'%1' is not an http:// or https:// URL with a host").arg(qs(urlNode.Scalar())));
        return;
    }
    if (!url.password().isEmpty()) {
        // It would show in the table, the logs and `check --json`.
        error(urlNode, tr("the url of '%1' holds a password; credentials do not belong in the profile").arg(s.name));
        return;
    }
    s.url = url;
}

void ProfileParser::parseTcp(const YAML::Node &n, ServiceSpec &s)
{
    s.kind = ServiceSpec::Kind::Tcp;
    const QString where = tr("the tcp check of '%1'").arg(s.name);
    if (n.IsScalar()) {
        const QString v = qs(n.Scalar());
        const int colon = v.lastIndexOf(u':');
        bool ok = false;
        const int port = colon > 0 ? v.mid(colon + 1).toInt(&ok) : 0;
        if (!ok || port < 1 || port > 65535) {
            error(n, tr("%1 must be host:port, such as 127.0.0.1:5432").arg(where));
            return;
        }
        s.host = v.left(colon);
        if (s.host.startsWith(u'[') && s.host.endsWith(u']'))
            s.host = s.host.mid(1, s.host.size() - 2);
        s.port = quint16(port);
        return;
    }
    if (!expectMap(n, where))
        return;
    checkKeys(n, {QStringLiteral("host"), QStringLiteral("port")}, where);
    if (auto v = string(n, "host", true, where))
        s.host = *v;
    if (auto v = integer(n, "port", 1, 65535, where))
        s.port = quint16(*v);
    else if (!n["port"])
        error(n, tr("%1 needs 'port'").arg(where));
}

void ProfileParser::parseCommand(const YAML::Node &n, ServiceSpec &s)
{
    s.kind = ServiceSpec::Kind::Command;
    const QString where = tr("the command check of '%1'").arg(s.name);
    if (n.IsScalar()) {
        s.command = qs(n.Scalar());
    } else if (expectMap(n, where)) {
        checkKeys(n, {QStringLiteral("run")}, where);
        if (auto v = string(n, "run", true, where))
            s.command = *v;
    }
    if (s.command.trimmed().isEmpty() && n.IsScalar())
        error(n, tr("%1 must not be empty").arg(where));
}

void ProfileParser::parseHeartbeats(const YAML::Node &n)
{
    if (!expectSeq(n, tr("'heartbeats'")))
        return;
    for (std::size_t i = 0; i < n.size(); ++i) {
        const YAML::Node h = n[i];
        QString where = tr("heartbeat #%1").arg(i + 1);
        if (!expectMap(h, where))
            continue;
        checkKeys(h,
                  {QStringLiteral("name"), QStringLiteral("path"), QStringLiteral("component"), QStringLiteral("timestamp"),
                   QStringLiteral("warn_after"), QStringLiteral("critical_after")},
                  where);
        HeartbeatSpec hb;
        if (auto v = string(h, "name", true, where)) {
            hb.name = *v;
            where = tr("heartbeat '%1'").arg(hb.name);
        }
        if (auto v = string(h, "path", true, where))
            hb.path = resolvePath(*v);
        hb.component = string(h, "component", false, where).value_or(hb.name);
        if (auto v = string(h, "timestamp", false, where)) {
            if (*v == u"mtime")
                hb.source = HeartbeatSpec::Source::Mtime;
            else if (*v == u"content")
                hb.source = HeartbeatSpec::Source::Content;
            else
                error(h["timestamp"], tr("'timestamp' in %1 must be 'mtime' (the file's modification time) or 'content' (the last timestamp written in it)").arg(where));
        }
        hb.warnAfter = duration(h, "warn_after", where).value_or(hb.warnAfter);
        hb.criticalAfter = duration(h, "critical_after", where).value_or(qMax(hb.criticalAfter, hb.warnAfter));
        if (hb.criticalAfter < hb.warnAfter)
            error(h["critical_after"] ? h["critical_after"] : h, tr("'critical_after' in %1 must not be shorter than 'warn_after'").arg(where));
        for (const HeartbeatSpec &other : std::as_const(m_profile.heartbeats)) {
            if (!hb.name.isEmpty() && other.name == hb.name)
                error(h["name"], tr("heartbeat name '%1' is used twice").arg(hb.name));
        }
        m_profile.heartbeats.append(hb);
    }
}

void ProfileParser::parseObjectives(const YAML::Node &n)
{
    if (!expectSeq(n, tr("'objectives'")))
        return;
    for (std::size_t i = 0; i < n.size(); ++i) {
        const YAML::Node o = n[i];
        QString where = tr("objective #%1").arg(i + 1);
        if (!expectMap(o, where))
            continue;
        checkKeys(o, {QStringLiteral("component"), QStringLiteral("rto"), QStringLiteral("rpo"), QStringLiteral("description")}, where);
        Objective obj;
        if (auto v = string(o, "component", true, where)) {
            obj.component = *v;
            where = tr("objective '%1'").arg(obj.component);
        }
        obj.rto = duration(o, "rto", where).value_or(Millis(-1));
        obj.rpo = duration(o, "rpo", where).value_or(Millis(-1));
        if (!o["rto"] && !o["rpo"])
            error(o, tr("%1 needs 'rto', 'rpo' or both").arg(where));
        obj.description = string(o, "description", false, where).value_or(QString());
        m_profile.objectives.append(obj);
    }
}

void ProfileParser::parseBackups(const YAML::Node &n)
{
    if (!expectSeq(n, tr("'backups'")))
        return;
    for (std::size_t i = 0; i < n.size(); ++i) {
        const YAML::Node b = n[i];
        QString where = tr("backup set #%1").arg(i + 1);
        if (!expectMap(b, where))
            continue;
        // Named as soon as it has a name: "backup set 'daily'" is findable.
        if (b["name"] && b["name"].IsScalar() && !b["name"].Scalar().empty())
            where = tr("backup set '%1'").arg(qs(b["name"].Scalar()));
        checkKeys(b,
                  {QStringLiteral("name"), QStringLiteral("folder"), QStringLiteral("pattern"), QStringLiteral("component"),
                   QStringLiteral("interval"), QStringLiteral("rpo"), QStringLiteral("retention"), QStringLiteral("description")},
                  where);
        BackupSetSpec set;
        if (auto v = string(b, "name", true, where)) {
            set.name = *v;
            where = tr("backup set '%1'").arg(*v);
            for (const BackupSetSpec &other : std::as_const(m_profile.backups)) {
                if (other.name == set.name)
                    error(b["name"], tr("backup set name '%1' is used twice").arg(set.name));
            }
        }
        if (auto v = string(b, "folder", true, where))
            set.folder = resolvePath(*v);
        if (auto v = string(b, "pattern", true, where)) {
            BackupPattern::Error perr;
            if (BackupPattern::compile(*v, &perr)) {
                set.pattern = *v;
            } else {
                // Point at the offending character when the pattern sits on
                // one line (a quoted scalar starts one column later).
                const YAML::Node pn = b["pattern"];
                const bool quoted = pn.Tag() == "!";
                ProfileError e{m_path, 1, 1, tr("'pattern' in %1: %2").arg(where, perr.message)};
                try {
                    e.line = pn.Mark().line + 1;
                    e.column = pn.Mark().column + 1 + perr.offset + (quoted ? 1 : 0);
                } catch (const YAML::Exception &) {
                }
                m_errors.append(e);
            }
        }
        set.component = string(b, "component", false, where).value_or(QString());
        set.description = string(b, "description", false, where).value_or(QString());
        // Not bounded like service intervals: monthly backups are normal.
        set.interval = duration(b, "interval", where).value_or(Millis(-1));
        set.rpo = duration(b, "rpo", where).value_or(Millis(-1));
        set.retention = duration(b, "retention", where).value_or(Millis(-1));
        m_profile.backups.append(set);
    }
}

DatabaseSpec ProfileParser::parseDatabaseFields(const YAML::Node &d, const QString &where)
{
    DatabaseSpec db;
    if (const YAML::Node pw = d["password"]) {
        error(pw, tr("%1 must not hold a password: Quarterdeck asks for it once and keeps it in the system keychain").arg(where));
    }
    db.host = string(d, "host", false, where).value_or(QString());
    db.port = integer(d, "port", 1, 65535, where).value_or(5432);
    db.dbname = string(d, "dbname", false, where).value_or(QString());
    db.user = string(d, "user", false, where).value_or(QString());
    if (auto v = string(d, "sslmode", false, where)) {
        static const QStringList modes = {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                          QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
        if (!modes.contains(*v))
            error(d["sslmode"], tr("'sslmode' in %1 must be one of: %2").arg(where, modes.join(QStringLiteral(", "))));
        else
            db.sslmode = *v;
    }
    return db;
}

void ProfileParser::parseDatabases(const YAML::Node &n)
{
    if (!expectSeq(n, tr("'databases'")))
        return;
    for (std::size_t i = 0; i < n.size(); ++i) {
        const YAML::Node d = n[i];
        QString where = tr("database #%1").arg(i + 1);
        if (!expectMap(d, where))
            continue;
        // 'password' is listed so that it gets the keychain explanation below
        // rather than a did-you-mean.
        checkKeys(d,
                  {QStringLiteral("name"), QStringLiteral("component"), QStringLiteral("host"), QStringLiteral("port"),
                   QStringLiteral("dbname"), QStringLiteral("user"), QStringLiteral("sslmode"), QStringLiteral("description"),
                   QStringLiteral("password")},
                  where);
        const std::optional<QString> name = string(d, "name", true, where);
        if (name)
            where = tr("database '%1'").arg(*name);
        const std::optional<QString> component = string(d, "component", false, where);
        const std::optional<QString> description = string(d, "description", false, where);
        DatabaseSpec db = parseDatabaseFields(d, where);
        db.name = name.value_or(QString());
        db.component = component.value_or(QString());
        db.description = description.value_or(QString());
        if (!db.name.isEmpty())
            m_profile.databases.append(db);
    }
}

void ProfileParser::parseVariables(const YAML::Node &n)
{
    const QString where = tr("'variables'");
    if (!expectMap(n, where))
        return;
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    static const QRegularExpression secret(QStringLiteral("PASS|PWD|TOKEN|SECRET|API_?KEY|PRIVATE|CREDENTIAL"),
                                           QRegularExpression::CaseInsensitiveOption);
    for (auto it = n.begin(); it != n.end(); ++it) {
        const QString key = qs(it->first.Scalar());
        if (!name.match(key).hasMatch()) {
            error(it->first, tr("'%1' in %2 is not a variable name: letters, digits and _ , not starting with a digit").arg(key, where));
            continue;
        }
        if (secret.match(key).hasMatch()) {
            error(it->first, tr("%1 in %2 looks like a secret: Quarterdeck asks for it in the wizard and keeps it out of files").arg(key, where));
            continue;
        }
        if (!it->second.IsScalar()) {
            error(it->second, tr("%1 in %2 must be a single value").arg(key, where));
            continue;
        }
        m_profile.variables.append({key, qs(it->second.Scalar())});
    }
}

void ProfileParser::parseRepositories(const YAML::Node &n)
{
    if (!expectSeq(n, tr("'repositories'")))
        return;
    for (std::size_t i = 0; i < n.size(); ++i) {
        const YAML::Node r = n[i];
        QString where = tr("repository #%1").arg(i + 1);
        if (!expectMap(r, where))
            continue;
        checkKeys(r, {QStringLiteral("name"), QStringLiteral("path")}, where);
        const std::optional<QString> name = string(r, "name", true, where);
        const std::optional<QString> path = string(r, "path", true, where);
        if (name && path)
            m_profile.repositories.append({*name, resolvePath(*path)});
    }
}

void ProfileParser::parseRunbooks(const YAML::Node &n)
{
    if (!expectSeq(n, tr("'runbooks'")))
        return;
    for (std::size_t i = 0; i < n.size(); ++i) {
        const YAML::Node r = n[i];
        const QString where = tr("runbook #%1").arg(i + 1);
        if (r.IsScalar()) {
            m_profile.runbooks.append(resolvePath(qs(r.Scalar())));
            continue;
        }
        if (!expectMap(r, where))
            continue;
        checkKeys(r, {QStringLiteral("path"), QStringLiteral("name")}, where);
        if (auto v = string(r, "path", true, where))
            m_profile.runbooks.append(resolvePath(*v));
        string(r, "name", false, where);
    }
}

void ProfileParser::parseTemplates(const YAML::Node &n)
{
    const QString where = tr("'templates'");
    if (!expectMap(n, where))
        return;
    checkKeys(n, {QStringLiteral("folder"), QStringLiteral("postmortem"), QStringLiteral("cadence")}, where);
    if (auto v = string(n, "folder", false, where))
        m_profile.templateFolder = resolvePath(*v);
    if (auto v = string(n, "postmortem", false, where))
        m_profile.postmortemTemplate = resolvePath(*v);
    if (const YAML::Node c = n["cadence"]) {
        if (!expectSeq(c, tr("'cadence' in 'templates'")))
            return;
        QList<UpdateCadence::Rule> rules;
        Millis previous(0);
        for (std::size_t i = 0; i < c.size(); ++i) {
            const YAML::Node step = c[i];
            const QString w = tr("cadence step #%1").arg(i + 1);
            if (!expectMap(step, w))
                continue;
            checkKeys(step, {QStringLiteral("until"), QStringLiteral("every")}, w);
            const auto until = duration(step, "until", w);
            if (!step["every"])
                error(step, tr("%1 needs 'every'").arg(w));
            const auto every = duration(step, "every", w);
            // An update every 0 s would be due forever; the steps must go
            // forward in time, and only the last may be open-ended.
            if (every && every->count() <= 0)
                error(step["every"], tr("'every' in %1 must be longer than 0").arg(w));
            if (until && *until <= previous)
                error(step["until"], tr("'until' in %1 must come after the step before it").arg(w));
            if (!until && i + 1 < c.size())
                error(step, tr("%1 has no 'until': only the last step may go on for ever").arg(w));
            if (until)
                previous = *until;
            if (every && every->count() > 0)
                rules.append({until.value_or(Millis(-1)), *every});
        }
        if (!rules.isEmpty() && rules.size() == int(c.size()))
            m_profile.cadence = UpdateCadence(rules);
    }
}

void ProfileParser::parseWebhooks(const YAML::Node &n)
{
    if (!expectSeq(n, tr("'webhooks'")))
        return;
    for (std::size_t i = 0; i < n.size(); ++i) {
        const YAML::Node h = n[i];
        const QString w = tr("webhook #%1").arg(i + 1);
        if (!expectMap(h, w))
            continue;
        checkKeys(h, {QStringLiteral("name"), QStringLiteral("url"), QStringLiteral("audience"), QStringLiteral("external")}, w);
        WebhookSpec spec;
        spec.name = string(h, "name", true, w).value_or(QString());
        const auto url = string(h, "url", true, w);
        if (url) {
            spec.url = url->trimmed();
            const QUrl parsed(spec.url);
            const QString scheme = parsed.scheme();
            if (!parsed.isValid() || (scheme != u"https" && scheme != u"http") || parsed.host().isEmpty())
                error(h["url"], tr("'url' in %1 must be an http or https address").arg(w));
        }
        spec.audience = string(h, "audience", false, w).value_or(QStringLiteral("team"));
        static const QStringList audiences = {QStringLiteral("team"), QStringLiteral("stakeholders"), QStringLiteral("users")};
        if (!audiences.contains(spec.audience))
            error(h["audience"], tr("'audience' in %1 must be one of: %2").arg(w, audiences.join(QStringLiteral(", "))));
        spec.external = spec.audience != u"team";
        if (const YAML::Node e = h["external"]) {
            bool v = false;
            if (e.IsScalar() && YAML::convert<bool>::decode(e, v))
                spec.external = v;
            else
                error(e, tr("'external' in %1 must be true or false").arg(w));
        }
        for (const WebhookSpec &other : std::as_const(m_profile.webhooks))
            if (other.name == spec.name && !spec.name.isEmpty())
                error(h["name"], tr("%1: another webhook is already named '%2'").arg(w, spec.name));
        m_profile.webhooks.append(spec);
    }
}

void ProfileParser::parseTeam(const YAML::Node &n)
{
    const QString where = tr("'team'");
    if (!expectMap(n, where))
        return;
    checkKeys(n, {QStringLiteral("members"), QStringLiteral("store")}, where);
    if (const YAML::Node m = n["members"]) {
        if (expectSeq(m, tr("'members' in 'team'"))) {
            for (std::size_t i = 0; i < m.size(); ++i) {
                const YAML::Node p = m[i];
                const QString w = tr("team member #%1").arg(i + 1);
                if (!expectMap(p, w))
                    continue;
                checkKeys(p, {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("contact")}, w);
                string(p, "name", true, w);
                string(p, "role", false, w);
                string(p, "contact", false, w);
            }
        }
    }
    if (const YAML::Node s = n["store"]) {
        const QString w = tr("'store' in 'team'");
        if (expectMap(s, w)) {
            checkKeys(s,
                      {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("dbname"), QStringLiteral("user"),
                       QStringLiteral("sslmode"), QStringLiteral("password")},
                      w);
            parseDatabaseFields(s, w);
        }
    }
}

} // namespace qd
