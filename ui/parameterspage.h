#pragma once

#include "runbookstep.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace qd {

class RollbackWizard;

// Page 2: one field per placeholder of the procedure, typed: a backup picked
// from the inventory (age, size, verification; anything not verified OK
// needs an override with a reason, recorded), secrets hidden, stamps and
// commit hashes checked as they are typed. Values reach the session (and
// the timeline) when the page is left.
class ParametersPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParametersPage)
public:
    explicit ParametersPage(RollbackWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The field of a placeholder, for tests: a QComboBox for a backup, a
    // QLineEdit otherwise.
    QWidget *field(const QString &name) const;
    QCheckBox *overrideBox(const QString &name) const;
    QLineEdit *overrideReason(const QString &name) const;
    QComboBox *commitPicker(const QString &name) const;
    static bool looksSecret(const QString &name);

private:
    struct Row
    {
        RunbookStep::Placeholder placeholder;
        QComboBox *backup = nullptr;
        QLineEdit *text = nullptr;
        QComboBox *commits = nullptr;   // git log of the repository the step names
        QCheckBox *secret = nullptr;    // passed hidden, never recorded
        QCheckBox *override = nullptr;
        QLineEdit *reason = nullptr;
        QLabel *hint = nullptr;
        QString fromEnvironment;   // the value the console's environment has
        QString fromProfile;       // the profile's (variables:); null when it has none
    };
    // Why the row's value cannot be used yet; empty when it can.
    QString problem(const Row &row) const;
    void refresh();
    bool refuseWhileRunning();

    RollbackWizard *m_wizard;
    QLabel *m_none;
    QFormLayout *m_form;
    QList<Row> m_rows;
};

} // namespace qd
