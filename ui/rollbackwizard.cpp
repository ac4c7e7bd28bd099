#include "rollbackwizard.h"

#include "parameterspage.h"
#include "preparationpage.h"
#include "rollbacksession.h"
#include "stepspage.h"
#include "summarypage.h"
#include "triagepage.h"
#include "verificationpage.h"

#include <QJsonObject>
#include <QLabel>

namespace qd {

RollbackWizard::RollbackWizard(RollbackSession *session, const RollbackInputs &inputs, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_inputs(inputs)
{
    setObjectName(QStringLiteral("rollbackWizard"));
    setWindowTitle(inputs.incident.id.isNull() ? tr("Guided rollback (drill)")
                                               : tr("Guided rollback: %1").arg(inputs.incident.title));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CancelButton, tr("Close"));
    m_triage = new TriagePage(this);
    m_parameters = new ParametersPage(this);
    m_preparation = new PreparationPage(this);
    m_steps = new StepsPage(this);
    m_verification = new VerificationPage(this);
    m_summary = new SummaryPage(this);
    setPage(Triage, m_triage);
    setPage(Parameters, m_parameters);
    setPage(Preparation, m_preparation);
    setPage(Steps, m_steps);
    setPage(Verification, m_verification);
    setPage(Summary, m_summary);
    resize(1200, 780);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id > Triage && page(id))
            m_session->recordPage(page(id)->title());
    });
}

void RollbackWizard::startResumed()
{
    const QList<PlannedStep> &steps = m_session->steps();
    const bool missing = std::any_of(steps.cbegin(), steps.cend(), [](const PlannedStep &p) { return !p.missing.isEmpty(); });
    setStartId(missing ? Parameters : Steps);
    setWindowTitle(windowTitle() + tr(" (resumed)"));
}

void RollbackWizard::setInventory(const QList<BackupSetStatus> &sets)
{
    m_inputs.inventory = sets;
}

void RollbackWizard::reject()
{
    // Closing while a step runs would leave it unwatched: cancel it first.
    if (m_session->isRunning()) {
        m_steps->statusLabel()->setText(tr("A step is running: Cancel it before closing the wizard."));
        return;
    }
    // Esc is easy to hit by accident at 3 a.m.: a rollback under way closes
    // on a second Close (or Esc) within five seconds, and stays resumable.
    if (m_session->hasProcedure() && currentId() != Summary && currentId() > Parameters
        && (!m_closeAsked.isValid() || m_closeAsked.elapsed() > 5000)) {
        m_closeAsked.start();
        m_steps->statusLabel()->setText(tr("Close again to leave the rollback; Ctrl+G takes it up again later."));
        if (currentPage())
            currentPage()->setSubTitle(tr("Close (or Esc) once more within 5 seconds to leave this rollback. It stays on the "
                                          "timeline, and Ctrl+G takes it up again where it stopped."));
        return;
    }
    if (m_session->hasProcedure() && currentId() != Summary)
        m_session->recordEvent(QStringLiteral("runbook"),
                               tr("Rollback wizard closed at %1, before the end").arg(currentPage() ? currentPage()->title() : QString()),
                               QJsonObject{{QStringLiteral("action"), QStringLiteral("closed")}}, true);
    QWizard::reject();
}

} // namespace qd
