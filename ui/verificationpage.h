#pragma once

#include <QWizardPage>

#include "sqlchecker.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
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
    QPushButton *sqlButton() const { return m_runSql; }
    QLineEdit *passwordBox() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    QLabel *sqlStatus() const { return m_sqlStatus; }
    bool sqlRunning() const { return m_sqlRunning; }

private:
    void refresh();
    QList<SqlChecker::Check> sqlChecks() const;
    const DatabaseSpec *database() const;
    QString secretKey() const;
    void runSql();
    void startSql(const QString &password);
    void askPassword(const QString &why, bool keychainWorks);

    RollbackWizard *m_wizard;
    QLabel *m_summary;
    QTreeWidget *m_checks;
    QCheckBox *m_accept;
    QLineEdit *m_reason;
    QWidget *m_sqlBox = nullptr;
    QLabel *m_sqlStatus;
    QComboBox *m_database;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QPushButton *m_runSql;
    QHash<int, SqlChecker::Result> m_sqlResults;   // by step index
    bool m_sqlRunning = false;
    bool m_passwordFromKeychain = false;
    int m_green = 0;
    int m_total = 0;
};

} // namespace qd
