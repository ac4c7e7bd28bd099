#pragma once

#include "runbookstep.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QVBoxLayout;

namespace qd {

class RollbackWizard;

// Page 3: before anything changes. The procedure's cautions; the runbook's
// preparation checklist ("Assess the situation", "Secure current state"),
// each item ticked; and, when no step takes a backup or safety copy before
// the first destructive one, a stop that asks where the safety copy is.
class PreparationPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreparationPage)
public:
    explicit PreparationPage(RollbackWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QList<QCheckBox *> checklist() const { return m_items; }
    bool asksForSafetyCopy() const;
    QLineEdit *safetyCopy() const { return m_safety; }
    // The runbook's own safety steps (from other procedures), offered to run.
    QComboBox *safetySteps() const { return m_safetySteps; }
    QPushButton *runSafetyButton() const { return m_runSafety; }
    bool safetyTaken() const { return m_safetyTaken; }

private:
    RollbackWizard *m_wizard;
    QLabel *m_cautions;
    QVBoxLayout *m_list;
    QList<QCheckBox *> m_items;
    QLabel *m_safetyWarning;
    QLineEdit *m_safety;
    QComboBox *m_safetySteps;
    QPushButton *m_runSafety;
    QLabel *m_safetyResult;
    struct Candidate
    {
        RunbookStep step;
        QString procedure;
    };
    QList<Candidate> m_candidates;
    bool m_askSafety = false;
    bool m_safetyTaken = false;
};

} // namespace qd
