#include "incidentchange.h"
#include "templaterenderer.h"
#include "updatecadence.h"

#include <QTest>

using namespace qd;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// Status updates (issue 7): every bundled template renders from a fixture
// incident with nothing left unfilled; a field nothing fills is marked and
// listed, never blank; the cadence follows the seeds, moved by a clock.
class TestTemplateRenderer final : public QObject
{
    Q_OBJECT
    const QDateTime m_declared{QDate(2026, 12, 6), QTime(2, 58), Qt::UTC};

    Incident fixture(bool withRootCause = true) const
    {
        Incident i;
        i.id = QUuid::fromString(u"{4a2f9c10-0000-4000-8000-000000000001}"_s);
        i.title = u"Trade service down"_s;
        i.severity = Incident::Severity::Sev1;
        i.status = Incident::Status::Identified;
        i.environment = u"production"_s;
        i.commander = u"ana"_s;
        i.declaredAt = m_declared;
        const auto set = [&i](const QString &field, const QString &value) {
            TimelineEvent e = IncidentChange::fieldEvent(i.id, field, value, u"ana"_s);
            QString error;
            QVERIFY2(IncidentChange::apply(i, e, &error), qPrintable(error));
        };
        set(u"role.commander"_s, u"ana"_s);
        set(u"time.detected"_s, m_declared.addSecs(-240).toString(Qt::ISODate));
        set(u"impact.users"_s, u"all traders (41)"_s);
        set(u"impact.transactions"_s, u"12 orders delayed"_s);
        set(u"impact.dataLost"_s, u"none"_s);
        set(u"summary"_s, u"the 2.4.1 deploy answered 503"_s);
        if (withRootCause)
            set(u"rootCause"_s, u"a config key renamed in 2.4.1"_s);
        return i;
    }

    static QHash<QString, QString> composer()
    {
        return {{u"situation"_s, u"rolled back to 2.4.0"_s},
                {u"actions"_s, u"- stopped trade\n- restored 2.4.0"_s},
                {u"nextSteps"_s, u"- watch fills for 30 min"_s},
                {u"expectedDuration"_s, u"20 minutes"_s},
                {u"userActions"_s, u"nothing; open orders are kept"_s}};
    }

private slots:
    void everyBundledTemplateFills()
    {
        const QList<TemplateRenderer::Template> templates = TemplateRenderer::bundled();
        QCOMPARE(templates.size(), 8);
        const QJsonObject context =
            TemplateRenderer::context(fixture(), 4, m_declared.addSecs(25 * 60), m_declared.addSecs(30 * 60), composer());
        for (const TemplateRenderer::Template &t : templates) {
            QVERIFY2(!t.title.isEmpty() && t.title != t.id, qPrintable(t.id));
            QVERIFY2(!t.audiences.isEmpty(), qPrintable(t.id));
            const TemplateRenderer::Rendered r = TemplateRenderer::render(t.text, context);
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
            QVERIFY2(r.missing.isEmpty(), qPrintable(t.id + u": "_s + r.missing.join(u", "_s)));
            QVERIFY2(!r.text.contains(u"{{"_s) && !r.text.contains(u"«"_s), qPrintable(r.text));
        }
        const TemplateRenderer::Rendered update = TemplateRenderer::render(templates.at(2).text, context);   // incident-update
        QVERIFY2(update.text.startsWith(u"## Incident Update #4\n"_s), qPrintable(update.text));
        QVERIFY(update.text.contains(u"**Status:** Identified"_s));
        QVERIFY(update.text.contains(u"- stopped trade\n- restored 2.4.0"_s));
        QVERIFY(update.text.contains(u"(03:28 UTC)"_s));   // the next update, from the cadence
    }

    void aFieldNothingFillsIsMarked()
    {
        const QJsonObject context = TemplateRenderer::context(fixture(false), 1, m_declared.addSecs(600), QDateTime(), {});
        const TemplateRenderer::Rendered r =
            TemplateRenderer::render(u"Root cause: {{incident.rootCause}}. Next: {{next_update_at}}. By {{incident.commander}}."_s, context);
        QCOMPARE(r.missing, (QStringList{u"incident.rootCause"_s, u"next_update_at"_s}));
        QCOMPARE(r.text, u"Root cause: «incident.rootCause». Next: «next_update_at». By ana."_s);
        // Not HTML: nothing escaped.
        QJsonObject c = context;
        QJsonObject inc = c.value(u"incident"_s).toObject();
        inc.insert(u"title"_s, u"<b>x</b> & \"y\""_s);
        c.insert(u"incident"_s, inc);
        QCOMPARE(TemplateRenderer::render(u"{{incident.title}}"_s, c).text, u"<b>x</b> & \"y\""_s);
        QVERIFY(!TemplateRenderer::render(u"{{#open}} never closed"_s, c).error.isEmpty());
    }

    void cadenceFollowsTheSeeds()
    {
        const UpdateCadence cadence;
        QCOMPARE(cadence.interval(Millis(10min)), Millis(5min));
        QCOMPARE(cadence.interval(Millis(45min)), Millis(15min));
        QCOMPARE(cadence.interval(Millis(3h)), Millis(30min));
        // No update yet: due 5 minutes after the declaration.
        QCOMPARE(cadence.nextDue(m_declared, QDateTime()), m_declared.addSecs(5 * 60));
        QCOMPARE(cadence.state(m_declared, QDateTime(), m_declared.addSecs(4 * 60)), UpdateCadence::State::NotDue);
        QCOMPARE(cadence.state(m_declared, QDateTime(), m_declared.addSecs(5 * 60)), UpdateCadence::State::Due);
        QCOMPARE(cadence.state(m_declared, QDateTime(), m_declared.addSecs(5 * 60 + 150)), UpdateCadence::State::Overdue);
        // Published at 40 min: the next at 55.
        const QDateTime last = m_declared.addSecs(40 * 60);
        QCOMPARE(cadence.nextDue(m_declared, last), m_declared.addSecs(55 * 60));
        QCOMPARE(cadence.state(m_declared, last, m_declared.addSecs(61 * 60)), UpdateCadence::State::Overdue);   // 5 min grace at most
        // After the hour: every 30.
        QCOMPARE(cadence.nextDue(m_declared, m_declared.addSecs(70 * 60)), m_declared.addSecs(100 * 60));
    }
};

QTEST_GUILESS_MAIN(TestTemplateRenderer)
#include "tst_templaterenderer.moc"
