#include "heartbeatmodel.h"
#include "parameterspage.h"
#include "preparationpage.h"
#include "rollbacksession.h"
#include "rollbackwizard.h"
#include "runbookparser.h"
#include "servicetablemodel.h"
#include "stepspage.h"
#include "systemclock.h"
#include "triagepage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace qd;
using namespace Qt::StringLiterals;

// Every procedure of every seed runbook opens in the wizard: one field per
// placeholder, every gated step behind its gate (Run disabled until the word
// is typed), steps that cannot run here shown as done by hand. Nothing runs.
class TestSeedWizard final : public QObject
{
    Q_OBJECT
    SystemClock m_clock;

    // A value that fits what the field checks.
    static QString fitting(const RunbookStep::Placeholder &p)
    {
        if (p.kind == RunbookStep::Placeholder::Kind::Timestamp && p.text != u"TIMESTAMP") {
            QString v = p.text;
            for (QChar &c : v)
                if (QStringLiteral("YMDHS").contains(c))
                    c = u'1';
            return v;
        }
        const QString n = p.name.toLower();
        if (n.contains(u"commit"_s) || n.contains(u"sha"_s) || n.endsWith(u"hash"_s))
            return u"4f2a9c1"_s;
        return u"x"_s;
    }

private slots:
    void everySeedProcedureOpens()
    {
        if (!QDir(QStringLiteral(QD_SEED_DIR)).exists())
            QSKIP("the seed runbooks are not beside the checkout (QD_SEED_DIR)");
        ServiceTableModel services;
        HeartbeatModel heartbeats(&m_clock);
        int procedures = 0, gates = 0, fields = 0, byHand = 0;
        RunbookParser parser;
        parser.setPwshAvailable(false);   // as on this machine: PowerShell steps are done by hand
        for (const QFileInfo &f : QDir(QStringLiteral(QD_SEED_DIR)).entryInfoList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
            const Runbook rb = parser.parseFile(f.filePath()).runbook;
            for (const Runbook::Procedure &proc : rb.procedures) {
                if (proc.steps.isEmpty())
                    continue;
                const QString where = f.fileName() + u": "_s + proc.name;
                RollbackSession session(&m_clock);
                session.setContext({QUuid::createUuid(), u"ana"_s, u"production"_s, QDir::tempPath()});
                RollbackInputs in;
                in.runbooks = {rb};
                in.services = &services;
                in.heartbeats = &heartbeats;
                in.clock = &m_clock;
                RollbackWizard wizard(&session, in);
                wizard.show();
                QVERIFY2(wizard.triagePage()->selectProcedure(proc.name), qPrintable(where));
                wizard.next();
                QCOMPARE(session.procedure().name, proc.name);
                ++procedures;

                ParametersPage *params = wizard.parametersPage();
                const QList<RunbookStep::Placeholder> placeholders = session.placeholders();
                for (const RunbookStep::Placeholder &p : placeholders) {
                    auto *edit = qobject_cast<QLineEdit *>(params->field(p.name));
                    QVERIFY2(edit, qPrintable(where + u": no field for "_s + p.text));
                    edit->setText(fitting(p));
                    ++fields;
                }
                QVERIFY2(wizard.button(QWizard::NextButton)->isEnabled(), qPrintable(where));
                wizard.next();
                PreparationPage *prep = wizard.preparationPage();
                for (QCheckBox *box : prep->checklist())
                    box->setChecked(true);
                if (prep->asksForSafetyCopy())
                    prep->safetyCopy()->setText(u"/backups/safety"_s);
                QVERIFY2(wizard.button(QWizard::NextButton)->isEnabled(), qPrintable(where));
                wizard.next();
                QCOMPARE(wizard.currentId(), int(RollbackWizard::Steps));

                StepsPage *steps = wizard.stepsPage();
                QCOMPARE(steps->stepList()->count(), proc.steps.size());
                for (int i = 0; i < session.steps().size(); ++i) {
                    const PlannedStep &p = session.steps().at(i);
                    steps->show(i);
                    QVERIFY2(p.ready() || !p.problems.isEmpty(), qPrintable(where + u": "_s + p.missing.join(u", "_s)));
                    if (p.step.destructive()) {
                        ++gates;
                        QVERIFY2(steps->findChild<QGroupBox *>(u"gateBox"_s)->isVisible(), qPrintable(where));
                        QVERIFY2(steps->stepList()->item(i)->text().contains(u"[gate]"_s), qPrintable(where));
                        QVERIFY2(!steps->runButton()->isEnabled(), qPrintable(where + u": step "_s + QString::number(i + 1)));
                        steps->gateWord()->setText(u"production"_s);
                        const bool twoPerson = std::any_of(p.step.gates.cbegin(), p.step.gates.cend(), [](const auto &g) { return g.twoPerson; });
                        if (twoPerson) {
                            QVERIFY(!steps->runButton()->isEnabled());
                            steps->secondPerson()->setText(u"ben"_s);
                        }
                        // Steps run in order: only the next one can.
                        QCOMPARE(steps->runButton()->isEnabled(),
                                 p.runnable() && p.step.runner == RunbookStep::Runner::Bash && p.ready() && i == session.current());
                        steps->gateWord()->clear();
                    }
                    if (!p.runnable()) {
                        ++byHand;
                        QVERIFY2(!steps->runButton()->isEnabled(), qPrintable(where));
                        QVERIFY2(steps->doneButton()->isEnabled(), qPrintable(where));
                    }
                    QCOMPARE(steps->commandView()->toPlainText(), p.command);
                }
            }
        }
        qInfo("%d seed procedures opened: %d fields, %d gates, %d steps by hand", procedures, fields, gates, byHand);
        QVERIFY(procedures > 50);
        QVERIFY(gates > 30);
    }
};

QTEST_MAIN(TestSeedWizard)
#include "tst_seedwizard.moc"
