#pragma once

#include "profile.h"
#include "profileerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

namespace YAML {
class Node;
}

namespace qd {

// Reads an environment profile (YAML) into a Profile. Collects every error it
// can find in one pass instead of stopping at the first, each with its line and
// column, and rejects unknown keys with a did-you-mean.
class ProfileParser
{
    Q_DECLARE_TR_FUNCTIONS(qd::ProfileParser)
public:
    struct Result
    {
        std::optional<Profile> profile;
        QList<ProfileError> errors;
        bool ok() const { return profile.has_value() && errors.isEmpty(); }
        QString errorText() const;   // one error per line
    };

    // `content`, when given, receives the bytes that were parsed.
    static Result parseFile(const QString &path, QByteArray *content = nullptr);
    // `path` names the file in messages and anchors relative paths.
    static Result parseText(const QByteArray &yaml, const QString &path);

private:
    explicit ProfileParser(const QString &path);
    void run(const QByteArray &yaml);

    void error(const YAML::Node &at, const QString &message);
    bool expectMap(const YAML::Node &node, const QString &what);
    bool expectSeq(const YAML::Node &node, const QString &what);
    void checkKeys(const YAML::Node &map, const QStringList &allowed, const QString &where);
    std::optional<QString> string(const YAML::Node &map, const char *key, bool required, const QString &where);
    std::optional<Millis> duration(const YAML::Node &map, const char *key, const QString &where);
    std::optional<int> integer(const YAML::Node &map, const char *key, int min, int max, const QString &where);
    std::optional<bool> boolean(const YAML::Node &map, const char *key, const QString &where);
    QString resolvePath(const QString &p) const;
    std::optional<Millis> interval(const YAML::Node &map, const QString &where);
    std::optional<Millis> timeout(const YAML::Node &map, const QString &where);

    void parseEnvironment(const YAML::Node &n);
    void parseDefaults(const YAML::Node &n);
    void parseServices(const YAML::Node &n);
    void parseService(const YAML::Node &n, int index);
    void parseHttp(const YAML::Node &n, ServiceSpec &s);
    void parseTcp(const YAML::Node &n, ServiceSpec &s);
    void parseCommand(const YAML::Node &n, ServiceSpec &s);
    void parseHeartbeats(const YAML::Node &n);
    void parseObjectives(const YAML::Node &n);
    // Sections used by later features: validated for shape only.
    void parseBackups(const YAML::Node &n);
    void parseDatabases(const YAML::Node &n);
    DatabaseSpec parseDatabaseFields(const YAML::Node &n, const QString &where);
    void parseRunbooks(const YAML::Node &n);
    void parseTemplates(const YAML::Node &n);
    void parseWebhooks(const YAML::Node &n);
    void parseTeam(const YAML::Node &n);
    void parseVariables(const YAML::Node &n);
    void parseRepositories(const YAML::Node &n);

    QString m_path;
    QString m_dir;
    Profile m_profile;
    QList<ProfileError> m_errors;
    QHash<QString, int> m_serviceLines;   // name -> line, to report duplicates in one pass
    Millis m_defaultInterval{30'000};
    Millis m_defaultTimeout{5'000};
    int m_defaultFailures = 2;
};

} // namespace qd
