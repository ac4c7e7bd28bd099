#include "profileparser.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace qd;
using namespace Qt::StringLiterals;

namespace {

const QString kFile = u"/profiles/prod.yaml"_s;

ProfileParser::Result parse(const char *yaml)
{
    return ProfileParser::parseText(QByteArray(yaml), kFile);
}

// "line:column: message" of every error, for compact comparisons.
QStringList located(const ProfileParser::Result &r)
{
    QStringList out;
    for (const ProfileError &e : r.errors) {
        if (e.file != kFile)
            out << u"wrong file: "_s + e.file;
        out << QString::number(e.line) + u':' + QString::number(e.column) + u": "_s + e.message;
    }
    return out;
}

} // namespace

class TestProfileParser final : public QObject
{
    Q_OBJECT
private slots:
    void fullProfile()
    {
        const auto r = parse(R"yaml(environment:
  name: production
  production: true
  description: Live trading
defaults:
  interval: 10s
  timeout: 2s
  failures_before_down: 3
services:
  - name: api
    http: http://127.0.0.1:8000/health
  - name: frontend
    component: web
    interval: 30s
    http:
      url: https://127.0.0.1:8501/health
      status: [200, 204, 3xx]
      body_contains: ok
      body_matches: '"status":\s*"(ok|healthy)"'
      max_latency: 500ms
      follow_redirects: false
  - name: postgres
    tcp: 127.0.0.1:5432
  - name: redis
    tcp: {host: localhost, port: 6379}
  - name: bot
    timeout: 15s
    command: systemctl is-active trading-bot
  - name: worker
    failures_before_down: 1
    command:
      run: pgrep -f worker.py
heartbeats:
  - name: bot
    path: logs/heartbeat.log
    timestamp: content
    warn_after: 60s
    critical_after: 2m
  - name: sync
    path: /var/run/sync.beat
objectives:
  - component: database
    rto: 1h
    rpo: 15m
    description: Full restore from the daily dump
  - component: api
    rto: 5m
backups:
  - name: daily
    folder: backups/daily
    pattern: sigmatrade_{YYYYMMDD}_{HHMMSS}.sql.gz
    component: database
    interval: 1d
    rpo: 1d
    retention: 30d
databases:
  - name: main
    host: 127.0.0.1
    port: 5432
    dbname: trading
    user: bot
    sslmode: require
runbooks:
  - runbooks/rollback.md
  - path: /srv/dr.md
    name: Disaster recovery
templates:
  folder: templates
  postmortem: templates/pm.mustache
  cadence:
    - {until: 30m, every: 5m}
    - {every: 30m}
webhooks:
  - {name: ops-slack, url: "https://hooks.slack.com/services/{token}"}
  - {name: status-page, url: "https://status.example.org/api/post", audience: users}
team:
  members:
    - {name: Ada, role: Incident Commander, contact: ada@example.org}
  store: {host: db.internal, port: 5432, dbname: quarterdeck, user: qd, sslmode: verify-full}
)yaml");
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const Profile &p = *r.profile;
        QCOMPARE(p.path, kFile);
        QCOMPARE(p.environment.name, u"production"_s);
        QVERIFY(p.environment.production);
        QCOMPARE(p.services.size(), 6);

        const ServiceSpec &api = p.services[0];
        QCOMPARE(api.kind, ServiceSpec::Kind::Http);
        QCOMPARE(api.url, QUrl(u"http://127.0.0.1:8000/health"_s));
        QCOMPARE(api.interval.count(), 10'000);   // from defaults
        QCOMPARE(api.timeout.count(), 2'000);
        QCOMPARE(api.failuresBeforeDown, 3);
        QCOMPARE(api.component, u"api"_s);         // defaults to the name
        QVERIFY(api.acceptedStatus.isEmpty());    // any 2xx

        const ServiceSpec &fe = p.services[1];
        QCOMPARE(fe.component, u"web"_s);
        QCOMPARE(fe.interval.count(), 30'000);
        QVERIFY(fe.acceptedStatus.contains(200));
        QVERIFY(fe.acceptedStatus.contains(204));
        QVERIFY(fe.acceptedStatus.contains(302));
        QVERIFY(!fe.acceptedStatus.contains(201));
        QCOMPARE(fe.bodyContains, u"ok"_s);
        QCOMPARE(fe.maxLatency.count(), 500);
        QVERIFY(!fe.followRedirects);

        QCOMPARE(p.services[2].kind, ServiceSpec::Kind::Tcp);
        QCOMPARE(p.services[2].host, u"127.0.0.1"_s);
        QCOMPARE(p.services[2].port, quint16(5432));
        QCOMPARE(p.services[3].host, u"localhost"_s);
        QCOMPARE(p.services[3].port, quint16(6379));
        QCOMPARE(p.services[4].kind, ServiceSpec::Kind::Command);
        QCOMPARE(p.services[4].command, u"systemctl is-active trading-bot"_s);
        QCOMPARE(p.services[4].timeout.count(), 15'000);
        QCOMPARE(p.services[5].command, u"pgrep -f worker.py"_s);
        QCOMPARE(p.services[5].failuresBeforeDown, 1);

        QCOMPARE(p.heartbeats.size(), 2);
        QCOMPARE(p.heartbeats[0].path, u"/profiles/logs/heartbeat.log"_s);   // relative to the profile
        QCOMPARE(p.heartbeats[0].source, HeartbeatSpec::Source::Content);
        QCOMPARE(p.heartbeats[0].warnAfter.count(), 60'000);
        QCOMPARE(p.heartbeats[0].criticalAfter.count(), 120'000);
        QCOMPARE(p.heartbeats[1].source, HeartbeatSpec::Source::Mtime);

        QCOMPARE(p.objectives.size(), 2);
        QCOMPARE(p.objectives[0].rto.count(), 3'600'000);
        QCOMPARE(p.objectives[0].rpo.count(), 900'000);
        QCOMPARE(p.objectives[1].rpo.count(), -1);   // not set

        QCOMPARE(p.runbooks, QStringList({u"/profiles/runbooks/rollback.md"_s, u"/srv/dr.md"_s}));

        QCOMPARE(p.templateFolder, u"/profiles/templates"_s);
        QCOMPARE(p.postmortemTemplate, u"/profiles/templates/pm.mustache"_s);
        QCOMPARE(p.cadence.rules().size(), 2);
        QCOMPARE(p.cadence.interval(Millis(10 * 60'000)).count(), 5 * 60'000);
        QCOMPARE(p.cadence.interval(Millis(45 * 60'000)).count(), 30 * 60'000);
        QCOMPARE(p.webhooks.size(), 2);
        QCOMPARE(p.webhooks[0].name, u"ops-slack"_s);
        QCOMPARE(p.webhooks[0].url, u"https://hooks.slack.com/services/{token}"_s);
        QCOMPARE(p.webhooks[0].audience, u"team"_s);
        QVERIFY(!p.webhooks[0].external);
        QCOMPARE(p.webhooks[1].audience, u"users"_s);
        QVERIFY(p.webhooks[1].external);
        QCOMPARE(p.webhooks[1].secretKey(p.environment.name), u"quarterdeck/production/webhook/status-page"_s);

        QCOMPARE(p.backups.size(), 1);
        const BackupSetSpec &daily = p.backups.first();
        QCOMPARE(daily.name, u"daily"_s);
        QCOMPARE(daily.folder, u"/profiles/backups/daily"_s);
        QCOMPARE(daily.pattern, u"sigmatrade_{YYYYMMDD}_{HHMMSS}.sql.gz"_s);
        QCOMPARE(daily.component, u"database"_s);
        QCOMPARE(daily.interval.count(), 86'400'000);
        QCOMPARE(daily.rpo.count(), 86'400'000);
        QCOMPARE(daily.retention.count(), 30LL * 86'400'000);
    }

    void minimalProfile()
    {
        const auto r = parse("environment: {name: staging}\n");
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QVERIFY(!r.profile->environment.production);
        QVERIFY(r.profile->services.isEmpty());
    }

    // What the wizard prefills: $VARIABLES (never secrets) and the
    // repositories the commit picker reads; databases for the SQL checks.
    void variablesRepositoriesDatabases()
    {
        const auto r = parse("environment: {name: prod}\n"
                             "variables:\n  DB_HOST: db1.internal\n  API_URL: https://api/\n"
                             "repositories:\n  - {name: backend, path: ../code/backend}\n"
                             "databases:\n  - {name: trading, host: db1, port: 6432, dbname: t, user: u, sslmode: require}\n");
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.profile->variables.size(), 2);
        QCOMPARE(r.profile->variables.first(), (QPair<QString, QString>{u"DB_HOST"_s, u"db1.internal"_s}));
        QCOMPARE(r.profile->repositories.first(), (QPair<QString, QString>{u"backend"_s, u"/code/backend"_s}));
        QCOMPARE(r.profile->databases.first().port, 6432);
        QCOMPARE(r.profile->databases.first().sslmode, u"require"_s);
        QCOMPARE(r.profile->databases.first().secretKey(u"prod"_s), u"quarterdeck/prod/trading"_s);
        const auto bad = parse("environment: {name: prod}\nvariables:\n  DB_PASSWORD: x\n  9LIVES: y\n");
        QCOMPARE(located(bad), (QStringList{u"3:3: DB_PASSWORD in 'variables' looks like a secret: Quarterdeck asks for it in the "
                                            "wizard and keeps it out of files"_s,
                                            u"4:3: '9LIVES' in 'variables' is not a variable name: letters, digits and _ , not "
                                            "starting with a digit"_s}));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("unknown key, did you mean")
            << QByteArray("environment:\n  name: prod\n  prodution: true\n")
            << QStringList{u"3:3: unknown key 'prodution' in 'environment'; did you mean 'production'?"_s};
        QTest::newRow("unknown key, no close match")
            << QByteArray("environment: {name: x}\nwhatever: 1\n")
            << QStringList{u"2:1: unknown key 'whatever' in the profile; expected one of: environment, defaults, services, "
                           "heartbeats, objectives, backups, databases, runbooks, templates, team, variables, repositories, webhooks"_s};
        QTest::newRow("typo in a service")
            << QByteArray("environment: {name: x}\nservices:\n  - name: api\n    intervall: 5s\n    http: http://h/\n")
            << QStringList{u"4:5: unknown key 'intervall' in service #1; did you mean 'interval'?"_s};
        QTest::newRow("bad duration")
            << QByteArray("environment: {name: x}\nservices:\n  - name: api\n    interval: 5 seconds\n    http: http://h/\n")
            << QStringList{u"4:15: 'interval' in service 'api' must be a duration such as 500ms, 30s, 5m or 2h"_s};
        QTest::newRow("bare number duration")
            << QByteArray("environment: {name: x}\ndefaults:\n  timeout: 30\n")
            << QStringList{u"3:12: 'timeout' in 'defaults' must be a duration such as 500ms, 30s, 5m or 2h"_s};
        QTest::newRow("zero timeout in defaults")
            << QByteArray("environment: {name: x}\ndefaults: {timeout: 0s, interval: 50ms}\n")
            << QStringList{u"2:21: 'timeout' in 'defaults' must be from 10ms to 1h"_s, u"2:35: 'interval' in 'defaults' must be from 100ms to 1d"_s};
        QTest::newRow("timeout too long")
            << QByteArray("environment: {name: x}\nservices:\n  - name: api\n    timeout: 25d\n    http: http://h/\n")
            << QStringList{u"4:14: 'timeout' in service 'api' must be from 10ms to 1h"_s};
        QTest::newRow("password in a URL")
            << QByteArray("environment: {name: x}\nservices:\n  - name: api\n    http: http://admin:hunter2@h/health\n")
            << QStringList{u"4:11: the url of 'api' holds a password; credentials do not belong in the profile"_s};
        QTest::newRow("heartbeats without names")
            << QByteArray("environment: {name: x}\nheartbeats:\n  - {path: a}\n  - {path: b}\nobjectives:\n  - {component: db, rtoo: 1h}\n")
            << QStringList{u"3:5: heartbeat #1 needs 'name'"_s, u"4:5: heartbeat #2 needs 'name'"_s,
                           u"6:5: objective 'db' needs 'rto', 'rpo' or both"_s, u"6:21: unknown key 'rtoo' in objective #1; did you mean 'rto'?"_s};
        QTest::newRow("not a URL")
            << QByteArray("environment: {name: x}\nservices:\n  - name: api\n    http: localhost:8000/health\n")
            << QStringList{u"4:11: 'localhost:8000/health' is not an http:// or https:// URL with a host"_s};
        QTest::newRow("bad regex")
            << QByteArray("environment: {name: x}\nservices:\n  - name: api\n    http:\n      url: http://h/\n      body_matches: 'ok('\n")
            << QStringList{u"6:21: 'body_matches' in the http check of 'api' is not a valid regular expression: missing closing "
                           "parenthesis (at character 4)"_s};
        QTest::newRow("bad status")
            << QByteArray("environment: {name: x}\nservices:\n  - name: api\n    http: {url: 'http://h/', status: [200, 42]}\n")
            << QStringList{u"4:44: 'status' in the http check of 'api' must be HTTP status codes such as 200 or 2xx"_s};
        QTest::newRow("tcp without port")
            << QByteArray("environment: {name: x}\nservices:\n  - name: db\n    tcp: 127.0.0.1\n")
            << QStringList{u"4:10: the tcp check of 'db' must be host:port, such as 127.0.0.1:5432"_s};
        QTest::newRow("tcp port out of range")
            << QByteArray("environment: {name: x}\nservices:\n  - name: db\n    tcp: {host: h, port: 70000}\n")
            << QStringList{u"4:26: 'port' in the tcp check of 'db' must be a whole number from 1 to 65535"_s};
        QTest::newRow("no check")
            << QByteArray("environment: {name: x}\nservices:\n  - name: api\n")
            << QStringList{u"3:5: service 'api' needs one check: 'http', 'tcp' or 'command'"_s};
        QTest::newRow("two checks")
            << QByteArray("environment: {name: x}\nservices:\n  - name: api\n    tcp: h:1\n    command: 'true'\n")
            << QStringList{u"3:5: service 'api' has more than one check; use one of 'http', 'tcp' or 'command' per service"_s};
        QTest::newRow("service without name")
            << QByteArray("environment: {name: x}\nservices:\n  - tcp: h:1\n")
            << QStringList{u"3:5: service #1 needs 'name'"_s};
        QTest::newRow("duplicate service")
            << QByteArray("environment: {name: x}\nservices:\n  - name: api\n    tcp: h:1\n  - name: api\n    tcp: h:2\n")
            << QStringList{u"5:11: service name 'api' is used twice (first on line 3)"_s};
        QTest::newRow("duplicate key")
            << QByteArray("environment: {name: x}\nservices:\n  - name: api\n    tcp: h:1\n    name: other\n")
            << QStringList{u"5:5: duplicate key 'name' in service #1"_s};
        QTest::newRow("failures out of range")
            << QByteArray("environment: {name: x}\ndefaults: {failures_before_down: 0}\n")
            << QStringList{u"2:34: 'failures_before_down' in 'defaults' must be a whole number from 1 to 100"_s};
        QTest::newRow("not a bool")
            << QByteArray("environment: {name: x, production: maybe}\n")
            << QStringList{u"1:36: 'production' in 'environment' must be true or false"_s};
        QTest::newRow("critical before warn")
            << QByteArray("environment: {name: x}\nheartbeats:\n  - name: bot\n    path: hb\n    warn_after: 2m\n    critical_after: 1m\n")
            << QStringList{u"6:21: 'critical_after' in heartbeat 'bot' must not be shorter than 'warn_after'"_s};
        QTest::newRow("heartbeat source")
            << QByteArray("environment: {name: x}\nheartbeats:\n  - {name: bot, path: hb, timestamp: ctime}\n")
            << QStringList{u"3:38: 'timestamp' in heartbeat 'bot' must be 'mtime' (the file's modification time) or 'content' "
                           "(the last timestamp written in it)"_s};
        QTest::newRow("services not a list")
            << QByteArray("environment: {name: x}\nservices:\n  api: {tcp: 'h:1'}\n")
            << QStringList{u"3:3: 'services' must be a list (items starting with '- ')"_s};
        QTest::newRow("objective without targets")
            << QByteArray("environment: {name: x}\nobjectives:\n  - component: db\n")
            << QStringList{u"3:5: objective 'db' needs 'rto', 'rpo' or both"_s};
        QTest::newRow("password in the profile")
            << QByteArray("environment: {name: x}\ndatabases:\n  - name: main\n    password: hunter2\n")
            << QStringList{u"4:15: database 'main' must not hold a password: Quarterdeck asks for it once and keeps it in the "
                           "system keychain"_s};
        QTest::newRow("sslmode")
            << QByteArray("environment: {name: x}\ndatabases:\n  - {name: main, sslmode: on}\n")
            << QStringList{u"3:27: 'sslmode' in database 'main' must be one of: disable, allow, prefer, require, verify-ca, "
                           "verify-full"_s};
        QTest::newRow("backup set shape")
            << QByteArray("environment: {name: x}\nbackups:\n  - name: daily\n    folder: b\n    pattern: x\n    retention: forever\n")
            << QStringList{u"6:16: 'retention' in backup set 'daily' must be a duration such as 500ms, 30s, 5m or 2h"_s};
        QTest::newRow("backup pattern")
            << QByteArray("environment: {name: x}\nbackups:\n  - {name: d, folder: b, pattern: 'db_{YYYYMMDX}.sql'}\n")
            << QStringList{u"3:46: 'pattern' in backup set 'd': unknown timestamp part 'DX' in {YYYYMMDX}; expected YYYY, MM, "
                           "DD, HH, MM, SS or epoch"_s};
        QTest::newRow("backup set missing folder")
            << QByteArray("environment: {name: x}\nbackups:\n  - {name: daily, pattern: x}\n")
            << QStringList{u"3:5: backup set 'daily' needs 'folder'"_s};
        QTest::newRow("cadence without every")
            << QByteArray("environment: {name: x}\ntemplates:\n  cadence:\n    - {until: 30m}\n")
            << QStringList{u"4:7: cadence step #1 needs 'every'"_s};
        QTest::newRow("cadence going backwards")
            << QByteArray("environment: {name: x}\ntemplates:\n  cadence:\n    - {until: 30m, every: 5m}\n    - {until: 10m, every: 1m}\n    - {every: 0s}\n")
            << QStringList{u"5:15: 'until' in cadence step #2 must come after the step before it"_s,
                           u"6:15: 'every' in cadence step #3 must be longer than 0"_s};
        QTest::newRow("cadence open-ended too early")
            << QByteArray("environment: {name: x}\ntemplates:\n  cadence:\n    - {every: 5m}\n    - {every: 30m}\n")
            << QStringList{u"4:7: cadence step #1 has no 'until': only the last step may go on for ever"_s};
        QTest::newRow("webhook without an address")
            << QByteArray("environment: {name: x}\nwebhooks:\n  - {name: a, url: 'ftp://x/', audience: everyone}\n")
            << QStringList{u"3:20: 'url' in webhook #1 must be an http or https address"_s,
                           u"3:42: 'audience' in webhook #1 must be one of: team, stakeholders, users"_s};
        QTest::newRow("webhook typo")
            << QByteArray("environment: {name: x}\nwebhooks:\n  - {name: a, url: 'https://x/', audiance: users}\n")
            << QStringList{u"3:34: unknown key 'audiance' in webhook #1; did you mean 'audience'?"_s};
        QTest::newRow("team member typo")
            << QByteArray("environment: {name: x}\nteam:\n  members:\n    - {name: Ada, rol: IC}\n")
            << QStringList{u"4:19: unknown key 'rol' in team member #1; did you mean 'role'?"_s};
        QTest::newRow("runbook entry")
            << QByteArray("environment: {name: x}\nrunbooks:\n  - [a, b]\n")
            << QStringList{u"3:5: runbook #1 must be a mapping of keys to values"_s};
        QTest::newRow("no environment")
            << QByteArray("services: []\n")
            << QStringList{u"1:1: the profile needs an 'environment' section with at least a 'name'"_s};
        QTest::newRow("empty environment name")
            << QByteArray("environment: {name: ''}\n")
            << QStringList{u"1:21: 'name' in 'environment' must not be empty"_s};
        QTest::newRow("empty file") << QByteArray("")
                                    << QStringList{u"1:1: the profile is empty; expected a mapping with 'environment' and 'services'"_s};
        QTest::newRow("not a mapping") << QByteArray("- just\n- a list\n")
                                       << QStringList{u"1:1: the profile must be a mapping of keys to values"_s};
        QTest::newRow("yaml syntax")
            << QByteArray("environment:\n  name: x\nservices: [\n")
            << QStringList{u"4:1: not valid YAML: end of sequence flow not found"_s};
        QTest::newRow("bad indentation")
            << QByteArray("environment:\n  name: x\n bad: 1\n")
            << QStringList{u"3:2: not valid YAML: end of map not found"_s};
        QTest::newRow("backup set named in its errors, negative duration")
            << QByteArray("environment: {name: x}\nbackups:\n  - {name: daily, folder: b, pattern: 'x_{YYYYMMDD}', intervall: 1h, retention: -1h}\n")
            << QStringList{u"3:55: unknown key 'intervall' in backup set 'daily'; did you mean 'interval'?"_s,
                           u"3:81: 'retention' in backup set 'daily' cannot be negative"_s};
        QTest::newRow("several errors, in order")
            << QByteArray("environment: {name: x, prod: true}\nservices:\n  - name: a\n    http: nope\n")
            << QStringList{u"1:24: unknown key 'prod' in 'environment'; expected one of: name, production, description"_s,
                           u"4:11: 'nope' is not an http:// or https:// URL with a host"_s};
    }
    void errors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QStringList, expected);
        const auto r = ProfileParser::parseText(yaml, kFile);
        QVERIFY(!r.ok());
        QVERIFY(!r.profile.has_value());
        QCOMPARE(located(r), expected);
    }

    void binaryJunkNeverCrashes()
    {
        QByteArray junk;
        for (int i = 0; i < 4096; ++i)
            junk.append(char((i * 7919 + 13) % 256));
        const auto r = ProfileParser::parseText(junk, kFile);
        QVERIFY(!r.ok());
        QVERIFY(!r.errors.isEmpty());
        QVERIFY(r.errors.first().line >= 1);
    }

    void fileErrors()
    {
        const auto missing = ProfileParser::parseFile(u"/nonexistent/profile.yaml"_s);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.errors.size(), 1);
        QVERIFY(missing.errors.first().toString().startsWith(u"/nonexistent/profile.yaml:1:1: cannot read the profile"_s));

        QTemporaryDir dir;
        QFile f(dir.filePath(u"p.yaml"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("environment:\n  name: disk\nheartbeats:\n  - {name: hb, path: beat}\n");
        f.close();
        const auto ok = ProfileParser::parseFile(f.fileName());
        QVERIFY2(ok.ok(), qPrintable(ok.errorText()));
        QCOMPARE(ok.profile->heartbeats.first().path, dir.filePath(u"beat"_s));
    }
};

QTEST_APPLESS_MAIN(TestProfileParser)
#include "tst_profileparser.moc"
