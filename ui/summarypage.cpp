#include "summarypage.h"

#include "duration.h"
#include "rollbacksession.h"
#include "rollbackwizard.h"
#include "verificationpage.h"

#include <QJsonObject>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace qd {

SummaryPage::SummaryPage(RollbackWizard *wizard)
    : m_wizard(wizard)
    , m_text(new QLabel(this))
{
    setTitle(tr("Summary"));
    setSubTitle(tr("Finish records this on the incident's timeline."));
    setFinalPage(true);
    m_text->setObjectName(QStringLiteral("summaryText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
}

QString SummaryPage::text() const
{
    return m_plain;
}

void SummaryPage::initializePage()
{
    RollbackSession *s = m_wizard->session();
    const RollbackInputs &in = m_wizard->inputs();
    using St = RollbackSession::StepState;
    const int ran = s->count(St::Succeeded) + s->count(St::Failed) + s->count(St::TimedOut) + s->count(St::Cancelled)
                    + s->continuedPastFailure();
    // A failure gone past with Continue anyway is still a failure.
    const int failed = s->count(St::Failed) + s->count(St::TimedOut) + s->count(St::Cancelled) + s->continuedPastFailure();
    const int skipped = s->count(St::Skipped) - s->continuedPastFailure();
    const int byHand = s->count(St::DoneByHand);
    const bool verified = m_wizard->verificationPage() && m_wizard->verificationPage()->allGreen();
    const QString outcome = verified && failed == 0 ? tr("Recovered and verified")
                            : verified              ? tr("Recovered and verified, with steps that did not succeed")
                                                    : tr("Ended without a green verification");

    // From detection when it is known, else from declaration.
    const QDateTime now = in.clock ? in.clock->now() : QDateTime::currentDateTimeUtc();
    QDateTime from = in.incident.time(QStringLiteral("time.detected"));
    QString fromWhat = tr("detection");
    if (!from.isValid()) {
        from = in.incident.declaredAt;
        fromWhat = tr("declaration");
    }
    QString recovery = tr("not measured: no incident");
    Millis took{-1};
    if (from.isValid()) {
        took = Millis(from.msecsTo(now));
        recovery = tr("%1 from %2").arg(formatDuration(took), fromWhat);
    }
    // The RTO of the component the procedure names.
    // The component: named in the procedure's title, else in its commands
    // ("./scripts/service trade stop").
    QString rto = tr("no RTO stated for it");
    QString commands;
    for (const PlannedStep &p : s->steps())
        commands += p.command.toLower() + u'\n';
    const auto names = [](const QString &text, const QString &component) {
        static const QRegularExpression word(QStringLiteral("\\W"));
        return text.split(word, Qt::SkipEmptyParts).contains(component.toLower());
    };
    const Objective *found = nullptr;
    for (const QString &text : {s->procedure().name.toLower(), commands})
        for (const Objective &o : in.profile.objectives)
            if (!found && !o.component.isEmpty() && o.rto.count() >= 0 && names(text, o.component))
                found = &o;
    if (const Objective *o = found) {
        rto = took.count() < 0 ? tr("RTO %1 (%2)").arg(formatDuration(o->rto), o->component)
              : took <= o->rto ? tr("within the RTO of %1 (%2)").arg(formatDuration(o->rto), o->component)
                               : tr("OVER the RTO of %1 (%2)").arg(formatDuration(o->rto), o->component);
    }
    m_plain = tr("%1. %2: %3 steps ran (%4 failed), %5 skipped, %6 done by hand. Recovery time %7, %8.")
                  .arg(outcome, s->procedure().name)
                  .arg(ran)
                  .arg(failed)
                  .arg(skipped)
                  .arg(byHand)
                  .arg(recovery, rto);
    m_text->setText(tr("<h3 style='color:%1'>%2</h3><p><b>%3</b></p>"
                       "<table cellpadding=4><tr><td>Steps run</td><td><b>%4</b> (%5 failed)</td></tr>"
                       "<tr><td>Skipped</td><td><b>%6</b></td></tr><tr><td>Done by hand</td><td><b>%7</b></td></tr>"
                       "<tr><td>Recovery time</td><td><b>%8</b></td></tr><tr><td>Objective</td><td><b>%9</b></td></tr></table>")
                        .arg(verified && failed == 0 ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828"), outcome.toHtmlEscaped(),
                             s->procedure().name.toHtmlEscaped())
                        .arg(ran)
                        .arg(failed)
                        .arg(skipped)
                        .arg(byHand)
                        .arg(recovery.toHtmlEscaped(), rto.toHtmlEscaped()));
    m_data = QJsonObject{{QStringLiteral("action"), QStringLiteral("summary")},
                         {QStringLiteral("procedure"), s->procedure().name},
                         {QStringLiteral("verified"), verified},
                         {QStringLiteral("ran"), ran},
                         {QStringLiteral("failed"), failed},
                         {QStringLiteral("skipped"), skipped},
                         {QStringLiteral("doneByHand"), byHand},
                         {QStringLiteral("recoveryMs"), qint64(took.count())}};
}

bool SummaryPage::validatePage()
{
    m_wizard->session()->recordEvent(QStringLiteral("runbook"), tr("Rollback finished: %1").arg(m_plain), m_data, true);
    return true;
}

} // namespace qd
