#pragma once

#include "runbook.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QPlainTextEdit;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace qd {

// The Runbooks tab: each runbook as a tree of its procedures; a procedure's
// steps with runner, gates and placeholders; the selected step's command;
// and the procedure's own Markdown rendered beside it, so the commander can
// check the console read the document as it was meant.
class RunbooksWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunbooksWidget)
public:
    explicit RunbooksWidget(QWidget *parent = nullptr);

    void setRunbooks(const QList<Runbook> &runbooks, const QStringList &errors);
    // Selects a procedure by its runbook's path and its name; false if absent.
    bool selectProcedure(const QString &path, const QString &name);

    QTreeWidget *tree() const { return m_tree; }
    QTreeWidget *steps() const { return m_steps; }
    QTextBrowser *source() const { return m_source; }
    QPushButton *rollbackButton() const { return m_rollback; }

signals:
    // The guided rollback for a procedure: its runbook's path and its name.
    void rollbackRequested(const QString &path, const QString &procedure);

private:
    void showProcedure(QTreeWidgetItem *item);
    void showStep();

    QList<Runbook> m_runbooks;
    QTreeWidget *m_tree;
    QTreeWidget *m_steps;
    QPlainTextEdit *m_code;
    QTextBrowser *m_source;
    QLabel *m_header;
    QPushButton *m_rollback;
    QString m_shownPath;        // the procedure on show, for the rollback button
    QString m_shownProcedure;
    QLabel *m_empty;
};

} // namespace qd
