#pragma once

#include <QWizardPage>

#include "gateconfirmation.h"

class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace qd {

class RollbackWizard;

// Page 4: the steps, one at a time. The exact command after substitution;
// Run, Dry run, Mark done, Skip with a reason; live output; Cancel ends the
// step's whole process group. A destructive step shows its gate: Run stays
// disabled until the environment's name is typed (and a second person named
// where the runbook asks for one). A failed step offers Retry, Continue
// anyway (with a reason) or Abort.
class StepsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepsPage)
public:
    explicit StepsPage(RollbackWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    int shown() const { return m_index; }
    void show(int index);
    QListWidget *stepList() const { return m_list; }
    QPlainTextEdit *commandView() const { return m_command; }
    QLabel *environmentView() const { return m_environment; }
    QPlainTextEdit *outputView() const { return m_output; }
    QLineEdit *gateWord() const { return m_typed; }
    QLineEdit *secondPerson() const { return m_second; }
    QLineEdit *reasonBox() const { return m_reason; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *dryRunButton() const { return m_dry; }
    QPushButton *doneButton() const { return m_done; }
    QPushButton *skipButton() const { return m_skip; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *continueButton() const { return m_continue; }
    QLabel *statusLabel() const { return m_status; }

private:
    void refreshList();
    void refreshButtons();
    void run();
    GateConfirmation gateConfirmation() const;

    RollbackWizard *m_wizard;
    int m_index = -1;
    QListWidget *m_list;
    QLabel *m_title;
    QGroupBox *m_gate;
    QLabel *m_gateReasons;
    QLineEdit *m_typed;
    QLabel *m_secondLabel;
    QLineEdit *m_second;
    QPlainTextEdit *m_command;
    QLabel *m_environment;
    QString m_shownCommand;       // what the gate confirms, as shown
    QString m_shownEnvironment;
    QLineEdit *m_reason;
    QPushButton *m_run;
    QPushButton *m_dry;
    QPushButton *m_done;
    QPushButton *m_skip;
    QPushButton *m_cancel;
    QPushButton *m_continue;
    QPushButton *m_abort;
    QLabel *m_status;
    QPlainTextEdit *m_output;
};

} // namespace qd
