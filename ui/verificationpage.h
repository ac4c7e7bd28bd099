#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace qd {

class RollbackWizard;

// Page 5: did it work. Every service of the profile must be Up and every
// heartbeat fresh, watched live (F5 checks now); the procedure's SQL checks
// are listed. Finishing with something not green needs an explicit
// acceptance with a reason, recorded.
class VerificationPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerificationPage)
public:
    explicit VerificationPage(RollbackWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool allGreen() const;
    QTreeWidget *checks() const { return m_checks; }
    QCheckBox *acceptBox() const { return m_accept; }
    QLineEdit *acceptReason() const { return m_reason; }

private:
    void refresh();

    RollbackWizard *m_wizard;
    QLabel *m_summary;
    QTreeWidget *m_checks;
    QCheckBox *m_accept;
    QLineEdit *m_reason;
    int m_green = 0;
    int m_total = 0;
};

} // namespace qd
