#include "triagepage.h"

#include "rollbacksession.h"
#include "rollbackwizard.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qd {

namespace {

constexpr int kRunbookRole = Qt::UserRole + 1;
constexpr int kProcedureRole = Qt::UserRole + 2;

// The words of a rollback type worth matching against procedure names:
// "Service-level" → service; "Data restore" → data, restore.
QStringList typeWords(const QString &type)
{
    static const QRegularExpression split(QStringLiteral("[^\\p{L}]+"));
    static const QStringList filler = {QStringLiteral("rollback"), QStringLiteral("level"), QStringLiteral("full"),
                                       QStringLiteral("partial"), QStringLiteral("type")};
    QStringList out;
    for (const QString &w : type.toLower().split(split, Qt::SkipEmptyParts))
        if (w.size() >= 4 && !filler.contains(w))
            out.append(w);
    return out;
}

} // namespace

TriagePage::TriagePage(RollbackWizard *wizard)
    : m_wizard(wizard)
    , m_context(new QLabel(this))
    , m_matrix(new QTreeWidget(this))
    , m_procedures(new QTreeWidget(this))
    , m_details(new QLabel(this))
{
    setTitle(tr("Triage"));
    setSubTitle(tr("Pick what is wrong from the runbook's decision matrix to see the procedures it recommends, "
                   "or pick any procedure directly."));
    m_context->setWordWrap(true);
    m_matrix->setObjectName(QStringLiteral("triageMatrix"));
    m_matrix->setHeaderLabels({tr("Issue"), tr("Severity"), tr("Rollback type"), tr("When")});
    m_matrix->header()->setStretchLastSection(true);
    m_matrix->setRootIsDecorated(true);
    m_matrix->setAlternatingRowColors(true);
    m_procedures->setObjectName(QStringLiteral("triageProcedures"));
    m_procedures->setHeaderLabels({tr("Procedure"), tr("Steps"), tr("Gates"), QString()});
    m_procedures->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_procedures->header()->setStretchLastSection(false);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_matrix);
    split->addWidget(m_procedures);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_context);
    layout->addWidget(split, 1);
    layout->addWidget(m_details);

    connect(m_matrix, &QTreeWidget::currentItemChanged, this, &TriagePage::recommend);
    connect(m_procedures, &QTreeWidget::currentItemChanged, this, [this] {
        showSelected();
        emit completeChanged();
    });
    connect(m_procedures, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, kProcedureRole).isValid())
            m_wizard->next();
    });
}

void TriagePage::initializePage()
{
    const RollbackInputs &in = m_wizard->inputs();
    m_context->setText(in.incident.id.isNull()
                           ? tr("<b>Drill</b>: nothing is recorded against a real incident.")
                           : tr("For <b>%1 %2</b>: %3 (%4)")
                                 .arg(Incident::severityName(in.incident.severity), Incident::severityWord(in.incident.severity),
                                      in.incident.title.toHtmlEscaped(), Incident::statusName(in.incident.status)));
    m_matrix->clear();
    m_procedures->clear();
    for (int r = 0; r < in.runbooks.size(); ++r) {
        const Runbook &rb = in.runbooks.at(r);
        for (const Runbook::Table &t : rb.tables) {
            if (t.kind != Runbook::Table::Kind::DecisionMatrix)
                continue;
            auto *table = new QTreeWidgetItem(m_matrix, {t.section.isEmpty() ? rb.title : t.section});
            table->setToolTip(0, QStringLiteral("%1:%2").arg(QFileInfo(rb.path).fileName()).arg(t.firstLine));
            table->setFlags(Qt::ItemIsEnabled);
            table->setFirstColumnSpanned(true);
            // Columns by what their headers name; the first is the issue,
            // whatever is left says when.
            int severity = -1, type = -1;
            for (int c = 1; c < t.header.size(); ++c) {
                const QString h = t.header.at(c).toLower();
                if (severity < 0 && (h.contains(QStringLiteral("sever")) || h.contains(QStringLiteral("priority"))))
                    severity = c;
                else if (type < 0 && (h.contains(QStringLiteral("type")) || h.contains(QStringLiteral("rollback"))))
                    type = c;
            }
            for (const QStringList &row : t.rows) {
                QStringList when, tip;
                for (int c = 0; c < row.size(); ++c) {
                    if (c > 0 && c != severity && c != type && !row.at(c).isEmpty())
                        when.append(row.at(c));
                    if (!row.at(c).isEmpty())
                        tip.append(c < t.header.size() ? QStringLiteral("%1: %2").arg(t.header.at(c), row.at(c)) : row.at(c));
                }
                auto *item = new QTreeWidgetItem(table, {row.value(0), row.value(severity), row.value(type), when.join(QStringLiteral("; "))});
                for (int c = 0; c < 4; ++c)
                    item->setToolTip(c, tip.join(u'\n'));
                item->setData(0, kRunbookRole, r);
                item->setData(0, kProcedureRole, row.value(type));
            }
        }
        auto *book = new QTreeWidgetItem(m_procedures, {rb.title.isEmpty() ? QFileInfo(rb.path).fileName() : rb.title});
        book->setFlags(Qt::ItemIsEnabled);
        book->setToolTip(0, rb.path);
        for (int p = 0; p < rb.procedures.size(); ++p) {
            const Runbook::Procedure &proc = rb.procedures.at(p);
            int gates = 0;
            for (const RunbookStep &s : proc.steps)
                gates += s.destructive();
            auto *item = new QTreeWidgetItem(book, {proc.name, QString::number(proc.steps.size()), gates ? QString::number(gates) : QString()});
            item->setData(0, kRunbookRole, r);
            item->setData(0, kProcedureRole, p);
            item->setToolTip(0, proc.name);
            if (gates)
                item->setForeground(2, QColor(0xc6, 0x28, 0x28));
        }
    }
    m_matrix->expandAll();
    for (int c = 0; c < 3; ++c)
        m_matrix->resizeColumnToContents(c);
    m_procedures->expandAll();
    m_procedures->resizeColumnToContents(1);
    m_procedures->resizeColumnToContents(2);
    showSelected();
}

void TriagePage::recommend()
{
    QTreeWidgetItem *row = m_matrix->currentItem();
    const QStringList words = row ? typeWords(row->data(0, kProcedureRole).toString()) : QStringList();
    const int book = row ? row->data(0, kRunbookRole).toInt() : -1;
    QTreeWidgetItem *first = nullptr;
    for (int b = 0; b < m_procedures->topLevelItemCount(); ++b) {
        QTreeWidgetItem *top = m_procedures->topLevelItem(b);
        for (int i = 0; i < top->childCount(); ++i) {
            QTreeWidgetItem *item = top->child(i);
            const QString name = item->text(0).toLower();
            const bool match = !words.isEmpty() && item->data(0, kRunbookRole).toInt() == book
                               && std::any_of(words.cbegin(), words.cend(), [&name](const QString &w) { return name.contains(w); });
            QFont f = item->font(0);
            f.setBold(match);
            item->setFont(0, f);
            item->setText(3, match ? tr("recommended") : QString());
            if (match && !first)
                first = item;
        }
    }
    m_procedures->resizeColumnToContents(3);
    if (first)
        m_procedures->setCurrentItem(first);
}

QStringList TriagePage::recommended() const
{
    QStringList out;
    for (int b = 0; b < m_procedures->topLevelItemCount(); ++b)
        for (int i = 0; i < m_procedures->topLevelItem(b)->childCount(); ++i)
            if (!m_procedures->topLevelItem(b)->child(i)->text(3).isEmpty())
                out.append(m_procedures->topLevelItem(b)->child(i)->text(0));
    return out;
}

bool TriagePage::selectProcedure(const QString &name, const QString &runbookPath)
{
    // Its exact name in its runbook first; a part of a name only when no
    // procedure has that name.
    for (int b = 0; b < m_procedures->topLevelItemCount(); ++b)
        for (int i = 0; i < m_procedures->topLevelItem(b)->childCount(); ++i) {
            QTreeWidgetItem *item = m_procedures->topLevelItem(b)->child(i);
            const int r = item->data(0, kRunbookRole).toInt();
            if (item->text(0) == name
                && (runbookPath.isEmpty() || m_wizard->inputs().runbooks.value(r).path == runbookPath)) {
                m_procedures->setCurrentItem(item);
                return true;
            }
        }
    for (int b = 0; b < m_procedures->topLevelItemCount(); ++b)
        for (int i = 0; i < m_procedures->topLevelItem(b)->childCount(); ++i) {
            QTreeWidgetItem *item = m_procedures->topLevelItem(b)->child(i);
            if (item->text(0).contains(name, Qt::CaseInsensitive)) {
                m_procedures->setCurrentItem(item);
                return true;
            }
        }
    return false;
}

void TriagePage::showSelected()
{
    QTreeWidgetItem *item = m_procedures->currentItem();
    if (!item || !item->data(0, kProcedureRole).isValid()) {
        m_details->setText(tr("No procedure chosen yet."));
        return;
    }
    const Runbook &rb = m_wizard->inputs().runbooks.at(item->data(0, kRunbookRole).toInt());
    const Runbook::Procedure &p = rb.procedures.at(item->data(0, kProcedureRole).toInt());
    QString html = QStringLiteral("<b>%1</b> <span style='color:#666'>(%2:%3)</span>")
                       .arg(p.name.toHtmlEscaped(), QFileInfo(rb.path).fileName().toHtmlEscaped())
                       .arg(p.firstLine);
    if (!p.triggers.isEmpty())
        html += tr("<br>When: %1").arg(p.triggers.join(QStringLiteral("; ")).toHtmlEscaped());
    for (const QString &c : p.cautions)
        html += QStringLiteral("<br><span style='color:#c62828'><b>%1</b></span>").arg(c.toHtmlEscaped());
    m_details->setText(html);
}

bool TriagePage::isComplete() const
{
    const QTreeWidgetItem *item = m_procedures->currentItem();
    return item && item->data(0, kProcedureRole).isValid();
}

bool TriagePage::validatePage()
{
    QTreeWidgetItem *item = m_procedures->currentItem();
    if (!item)
        return false;
    const Runbook &rb = m_wizard->inputs().runbooks.at(item->data(0, kRunbookRole).toInt());
    const Runbook::Procedure &p = rb.procedures.at(item->data(0, kProcedureRole).toInt());
    RollbackSession *session = m_wizard->session();
    // Going back and forth does not choose it again.
    if (session->hasProcedure() && session->procedure().name == p.name && session->runbookPath() == rb.path)
        return true;
    QString why;
    if (QTreeWidgetItem *row = m_matrix->currentItem(); row && row->parent() && !item->text(3).isEmpty())
        why = tr("recommended for: %1 (%2)").arg(row->text(0), row->text(2));
    if (!session->setProcedure(rb, p, why)) {
        setSubTitle(tr("A step is still running: go to the Steps page and let it finish (or cancel it) before choosing "
                       "another procedure."));
        return false;
    }
    return true;
}

} // namespace qd
