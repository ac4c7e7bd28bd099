#pragma once

#include <QWizardPage>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace qd {

class RollbackWizard;

// Page 1: what is wrong. The runbooks' decision matrices as choices; a row
// chosen recommends the procedures its rollback type names, and any
// procedure can be picked directly.
class TriagePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriagePage)
public:
    explicit TriagePage(RollbackWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QTreeWidget *matrixView() const { return m_matrix; }
    QTreeWidget *procedureView() const { return m_procedures; }
    // Selects a procedure: by its exact name (in that runbook, when a path
    // is given), else by the one name that contains `name`.
    bool selectProcedure(const QString &name, const QString &runbookPath = QString());
    // The procedures recommended for the chosen matrix row, by name.
    QStringList recommended() const;

private:
    void recommend();
    void showSelected();

    RollbackWizard *m_wizard;
    QLabel *m_context;
    QTreeWidget *m_matrix;
    QTreeWidget *m_procedures;
    QLabel *m_details;
};

} // namespace qd
