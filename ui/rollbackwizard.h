#pragma once

#include "rollbackinputs.h"

#include <QElapsedTimer>
#include <QWizard>

namespace qd {

class RollbackSession;
class TriagePage;
class ParametersPage;
class PreparationPage;
class StepsPage;
class VerificationPage;
class SummaryPage;

// The guided rollback (issue 6): Triage → Parameters → Preparation → Steps →
// Verification → Summary, over a RollbackSession the application owns. Not
// modal: the commander keeps the dashboard in view while it runs. Every page
// reached goes on the timeline.
class RollbackWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RollbackWizard)
public:
    enum PageId { Triage, Parameters, Preparation, Steps, Verification, Summary };

    RollbackWizard(RollbackSession *session, const RollbackInputs &inputs, QWidget *parent = nullptr);

    RollbackSession *session() const { return m_session; }
    const RollbackInputs &inputs() const { return m_inputs; }
    // Opens on an interrupted rollback the session has taken up: at the
    // steps, or at the parameters when values (secrets) must be given again.
    // Before show().
    void startResumed();
    // New inventory or runbooks while the wizard is open.
    void setInventory(const QList<BackupSetStatus> &sets);

    TriagePage *triagePage() const { return m_triage; }
    ParametersPage *parametersPage() const { return m_parameters; }
    PreparationPage *preparationPage() const { return m_preparation; }
    StepsPage *stepsPage() const { return m_steps; }
    VerificationPage *verificationPage() const { return m_verification; }
    SummaryPage *summaryPage() const { return m_summary; }

signals:
    void checkNowRequested();

protected:
    void reject() override;

private:
    RollbackSession *m_session;
    RollbackInputs m_inputs;
    TriagePage *m_triage;
    ParametersPage *m_parameters;
    PreparationPage *m_preparation;
    StepsPage *m_steps;
    VerificationPage *m_verification;
    SummaryPage *m_summary;
    QElapsedTimer m_closeAsked;
};

} // namespace qd
