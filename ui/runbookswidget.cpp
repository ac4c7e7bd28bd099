#include "runbookswidget.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <functional>

namespace qd {

namespace {

constexpr int kRunbookRole = Qt::UserRole + 1;     // index into m_runbooks
constexpr int kProcedureRole = Qt::UserRole + 2;   // index into its procedures; -1 for the runbook row
constexpr int kStepRole = Qt::UserRole + 3;
constexpr int kGroupRow = -2;                      // kProcedureRole of a heading that only groups procedures

const QColor kGateColour(0xc6, 0x28, 0x28);

QString runnerText(const RunbookStep &s)
{
    switch (s.kind) {
    case RunbookStep::Kind::Instruction:
        return RunbooksWidget::tr("by hand");
    case RunbookStep::Kind::Checklist:
        return s.checked ? RunbooksWidget::tr("checklist ✓") : RunbooksWidget::tr("checklist");
    case RunbookStep::Kind::Command:
        break;
    }
    switch (s.runner) {
    case RunbookStep::Runner::Bash:
        return QStringLiteral("bash");
    case RunbookStep::Runner::Pwsh:
        return QStringLiteral("pwsh");
    case RunbookStep::Runner::Sql:
        return QStringLiteral("SQL");
    case RunbookStep::Runner::Manual:
        return RunbooksWidget::tr("by hand (%1)").arg(s.language.isEmpty() ? QStringLiteral("?") : s.language);
    case RunbookStep::Runner::None:
        break;
    }
    return {};
}

// A paragraph of one zero-width space after each closing fence: the
// Markdown importer runs two fenced blocks in a row into one code block,
// and the bash block and the SQL block after it read as one script.
QByteArray separateFences(const QByteArray &md)
{
    QByteArray out;
    out.reserve(md.size() + 1024);
    bool inFence = false;
    for (const QByteArray &line : md.split('\n')) {
        out += line + '\n';
        const QByteArray t = line.trimmed();
        if (t.startsWith("```") || t.startsWith("~~~")) {
            if (inFence)
                out += "\n\xE2\x80\x8B\n\n";
            inFence = !inFence;
        }
    }
    return out;
}

// The procedure's lines of the document, fences closed, as Markdown.
QString sectionMarkdown(const Runbook &rb, const Runbook::Procedure &p)
{
    const QList<QByteArray> lines = rb.source.split('\n');
    const int first = qBound(1, p.firstLine, int(lines.size()));
    // One line more: the closing fence of the last block.
    const int last = qBound(first, p.lastLine + 1, int(lines.size()));
    QByteArray md;
    for (int i = first - 1; i < last; ++i)
        md += lines[i] + '\n';
    if (md.count("```") % 2 == 1)
        md += "```\n";
    return QString::fromUtf8(separateFences(md));
}

// Code blocks on a tinted ground with space around each: the Markdown
// importer sets them flush, and two blocks in a row read as one.
void styleCodeBlocks(QTextDocument *doc)
{
    const QColor ground = QGuiApplication::palette().color(QPalette::AlternateBase);
    QTextCursor cursor(doc);
    bool previousCode = false;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        const bool code = b.blockFormat().hasProperty(QTextFormat::BlockCodeFence)
                          || b.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage);
        if (code) {
            QTextBlockFormat f = b.blockFormat();
            f.setBackground(ground);
            f.setLeftMargin(6);
            if (!previousCode)
                f.setTopMargin(6);
            cursor.setPosition(b.position());
            cursor.setBlockFormat(f);
        }
        previousCode = code;
    }
}

} // namespace

RunbooksWidget::RunbooksWidget(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_steps(new QTreeWidget(this))
    , m_code(new QPlainTextEdit(this))
    , m_source(new QTextBrowser(this))
    , m_header(new QLabel(this))
    , m_rollback(new QPushButton(tr("Start &guided rollback…"), this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("runbooksWidget"));
    m_tree->setObjectName(QStringLiteral("runbookTree"));
    m_tree->setHeaderLabels({tr("Runbook / procedure"), tr("Steps"), tr("Gates")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Runbooks and their procedures"));
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->resizeSection(1, fontMetrics().horizontalAdvance(QStringLiteral("Steps__")));
    m_tree->header()->resizeSection(2, fontMetrics().horizontalAdvance(QStringLiteral("Gates__")));

    m_steps->setObjectName(QStringLiteral("stepList"));
    m_steps->setHeaderLabels({tr("#"), tr("Step"), tr("Runner"), tr("Gate"), tr("Placeholders")});
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setAccessibleName(tr("Steps of the procedure"));
    m_steps->header()->resizeSection(0, fontMetrics().horizontalAdvance(QStringLiteral("99__")));
    m_steps->header()->resizeSection(1, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 34);
    m_steps->header()->resizeSection(2, fontMetrics().horizontalAdvance(QStringLiteral("by hand (pwsh)__")));
    m_steps->header()->resizeSection(3, fontMetrics().horizontalAdvance(QStringLiteral("GATE (2 people)")));

    m_code->setObjectName(QStringLiteral("stepCode"));
    m_code->setReadOnly(true);
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_code->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_code->setAccessibleName(tr("The selected step"));

    m_source->setObjectName(QStringLiteral("runbookSource"));
    m_source->setOpenLinks(false);
    m_source->setAccessibleName(tr("The procedure in the document"));

    m_header->setObjectName(QStringLiteral("procedureHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    QFont bold = m_header->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_header->setFont(bold);

    m_empty->setObjectName(QStringLiteral("runbooksEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No runbooks. List them in the profile (runbooks: [path/to/rollback.md]), open one with "
                        "File › Open Runbook (Ctrl+Shift+O), or drop a Markdown file on the window."));

    auto *middle = new QSplitter(Qt::Vertical, this);
    middle->addWidget(m_steps);
    middle->addWidget(m_code);
    middle->setStretchFactor(0, 3);
    middle->setStretchFactor(1, 2);

    auto *right = new QWidget(this);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_rollback, 0, Qt::AlignTop);
    m_rollback->setObjectName(QStringLiteral("startRollback"));
    m_rollback->setToolTip(tr("Walk through this procedure step by step, with its gates (Ctrl+G)"));
    m_rollback->setEnabled(false);
    connect(m_rollback, &QPushButton::clicked, this, [this] { emit rollbackRequested(m_shownPath, m_shownProcedure); });
    rl->addLayout(headerRow);
    auto *stepsAndSource = new QSplitter(Qt::Horizontal, right);
    stepsAndSource->addWidget(middle);
    stepsAndSource->addWidget(m_source);
    stepsAndSource->setStretchFactor(0, 3);
    stepsAndSource->setStretchFactor(1, 2);
    rl->addWidget(stepsAndSource, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tree);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({380, 1000});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(split, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { showProcedure(item); });
    connect(m_steps, &QTreeWidget::currentItemChanged, this, [this] { showStep(); });
}

void RunbooksWidget::setRunbooks(const QList<Runbook> &runbooks, const QStringList &errors)
{
    // Keep the commander's place across a reload (the file was saved).
    QString selPath, selName;
    if (QTreeWidgetItem *cur = m_tree->currentItem()) {
        const int r = cur->data(0, kRunbookRole).toInt();
        const int p = cur->data(0, kProcedureRole).toInt();
        if (r >= 0 && r < m_runbooks.size()) {
            selPath = m_runbooks[r].path;
            if (p >= 0 && p < m_runbooks[r].procedures.size())
                selName = m_runbooks[r].procedures[p].name;
        }
    }
    m_runbooks = runbooks;
    m_tree->clear();
    for (int r = 0; r < runbooks.size(); ++r) {
        const Runbook &rb = runbooks[r];
        int gates = 0;
        for (const Runbook::Procedure &p : rb.procedures)
            for (const RunbookStep &s : p.steps)
                gates += s.destructive();
        auto *top = new QTreeWidgetItem(m_tree, {rb.title.isEmpty() ? QFileInfo(rb.path).fileName() : rb.title,
                                                 QString::number(rb.stepCount()), QString::number(gates)});
        top->setData(0, kRunbookRole, r);
        top->setData(0, kProcedureRole, -1);
        top->setToolTip(0, rb.path);
        if (!rb.unreadable.isEmpty()) {
            top->setText(0, tr("%1 (unreadable; last reading shown)").arg(top->text(0)));
            top->setForeground(0, kGateColour);
            top->setToolTip(0, rb.unreadable);
        }
        QFont f = top->font(0);
        f.setBold(true);
        top->setFont(0, f);
        // Procedures nest under their headings ("Service-Level Rollback" /
        // "Trade Service Rollback"): whole heading paths were cut off in a
        // pane this wide.
        QHash<QString, QTreeWidgetItem *> groups;
        for (int p = 0; p < rb.procedures.size(); ++p) {
            const Runbook::Procedure &proc = rb.procedures[p];
            int g = 0;
            for (const RunbookStep &s : proc.steps)
                g += s.destructive();
            QTreeWidgetItem *parent = top;
            QString key;
            for (int d = 0; d + 1 < proc.path.size(); ++d) {
                key += proc.path[d] + u'\n';
                QTreeWidgetItem *&group = groups[key];
                if (!group) {
                    group = new QTreeWidgetItem(parent, {proc.path[d]});
                    group->setData(0, kRunbookRole, r);
                    group->setData(0, kProcedureRole, kGroupRow);
                    group->setToolTip(0, proc.path.mid(0, d + 1).join(QStringLiteral(" › ")));
                    group->setExpanded(true);
                }
                parent = group;
            }
            const QString leaf = proc.path.isEmpty() ? proc.name : proc.path.last();
            auto *item = new QTreeWidgetItem(parent, {leaf, QString::number(proc.steps.size()), g ? QString::number(g) : QString()});
            item->setData(0, kRunbookRole, r);
            item->setData(0, kProcedureRole, p);
            item->setToolTip(0, tr("%1, lines %2–%3").arg(proc.name).arg(proc.firstLine).arg(proc.lastLine));
            if (g)
                item->setForeground(2, kGateColour);
        }
        top->setExpanded(true);
    }
    for (const QString &e : errors) {
        auto *item = new QTreeWidgetItem(m_tree, {e});
        item->setForeground(0, kGateColour);
        item->setData(0, kRunbookRole, -1);
        item->setToolTip(0, e);
    }
    m_empty->setVisible(runbooks.isEmpty() && errors.isEmpty());
    if (!selPath.isEmpty() && selectProcedure(selPath, selName))
        return;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kProcedureRole).toInt() >= 0) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
    showProcedure(nullptr);
}

bool RunbooksWidget::selectProcedure(const QString &path, const QString &name)
{
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem *top = m_tree->topLevelItem(t);
        const int r = top->data(0, kRunbookRole).toInt();
        if (r < 0 || r >= m_runbooks.size() || m_runbooks[r].path != path)
            continue;
        if (name.isEmpty()) {
            m_tree->setCurrentItem(top);
            return true;
        }
        const QList<Runbook::Procedure> &procs = m_runbooks[r].procedures;
        for (QTreeWidgetItemIterator it(top); *it; ++it) {
            const int p = (*it)->data(0, kProcedureRole).toInt();
            if ((*it)->data(0, kRunbookRole).toInt() != r)
                break;   // the next runbook
            if (p >= 0 && p < procs.size() && procs[p].name == name) {
                m_tree->setCurrentItem(*it);
                return true;
            }
        }
    }
    return false;
}

void RunbooksWidget::showProcedure(QTreeWidgetItem *item)
{
    m_steps->clear();
    m_code->clear();
    m_source->clear();
    m_header->clear();
    m_rollback->setEnabled(false);
    m_shownPath.clear();
    m_shownProcedure.clear();
    if (!item)
        return;
    const int r = item->data(0, kRunbookRole).toInt();
    const int p = item->data(0, kProcedureRole).toInt();
    if (r < 0 || r >= m_runbooks.size())
        return;
    const Runbook &rb = m_runbooks[r];
    const QString title = rb.title.isEmpty() ? QFileInfo(rb.path).fileName() : rb.title;
    if (p == kGroupRow) {
        // A heading over procedures: what is under it.
        m_header->setText(item->toolTip(0));
        QStringList lines;
        const std::function<void(QTreeWidgetItem *)> collect = [&](QTreeWidgetItem *node) {
            const int q = node->data(0, kProcedureRole).toInt();
            if (q >= 0 && q < rb.procedures.size())
                lines.append(tr("%1 — %n step(s)", nullptr, int(rb.procedures[q].steps.size())).arg(rb.procedures[q].name));
            for (int c = 0; c < node->childCount(); ++c)
                collect(node->child(c));
        };
        collect(item);
        m_code->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        m_code->setPlainText(lines.join(u'\n'));
        return;
    }
    if (p < 0 || p >= rb.procedures.size()) {
        // The runbook row: what it holds besides procedures.
        int matrices = 0;
        for (const Runbook::Table &t : rb.tables)
            matrices += t.kind == Runbook::Table::Kind::DecisionMatrix;
        m_header->setText(tr("%1 — %n procedure(s)", nullptr, int(rb.procedures.size())).arg(title));
        QStringList lines{rb.path, QString()};
        lines.append(tr("Decision matrices: %1; objective tables: %2; templates: %3")
                         .arg(matrices)
                         .arg(rb.tables.size() - matrices)
                         .arg(rb.templates.size()));
        for (const Runbook::Warning &w : rb.warnings)
            lines.append(tr("line %1: %2").arg(w.line).arg(w.message));
        m_code->setPlainText(lines.join(u'\n'));
        m_source->setMarkdown(QString::fromUtf8(separateFences(rb.source.left(64 * 1024))));
        styleCodeBlocks(m_source->document());
        return;
    }
    const Runbook::Procedure &proc = rb.procedures[p];
    m_shownPath = rb.path;
    m_shownProcedure = proc.name;
    m_rollback->setEnabled(!proc.steps.isEmpty());
    QString header = rb.unreadable.isEmpty() ? proc.name
                                             : tr("%1\nThe file can no longer be read (%2); this is its last good reading.")
                                                   .arg(proc.name, rb.unreadable);
    for (const QString &t : proc.triggers)
        header += u'\n' + tr("When: %1").arg(t);
    for (const QString &c : proc.cautions)
        header += u'\n' + tr("⚠ %1").arg(c);
    m_header->setText(header);
    for (int i = 0; i < proc.steps.size(); ++i) {
        const RunbookStep &s = proc.steps[i];
        QStringList placeholders;
        for (const RunbookStep::Placeholder &ph : s.placeholders)
            placeholders.append(ph.backupSet.isEmpty() ? ph.text : tr("%1 → backup of %2").arg(ph.text, ph.backupSet));
        const QString label = s.label.isEmpty() ? s.text.simplified().left(120) : s.label;
        QString gate;
        if (s.destructive())
            gate = s.gates.first().twoPerson ? tr("GATE (2 people)") : tr("GATE");
        auto *item = new QTreeWidgetItem(m_steps, {QString::number(i + 1), label, runnerText(s), gate, placeholders.join(QStringLiteral(", "))});
        item->setData(0, kStepRole, i);
        if (s.destructive()) {
            item->setForeground(3, kGateColour);
            QFont f = item->font(3);
            f.setBold(true);
            item->setFont(3, f);
            QStringList reasons;
            for (const RunbookStep::Gate &g : s.gates)
                reasons.append(g.reason);
            item->setToolTip(3, reasons.join(u'\n'));
        }
        item->setToolTip(1, tr("lines %1–%2").arg(s.firstLine).arg(s.lastLine));
    }
    m_source->setMarkdown(sectionMarkdown(rb, proc));
    styleCodeBlocks(m_source->document());
    if (m_steps->topLevelItemCount() > 0)
        m_steps->setCurrentItem(m_steps->topLevelItem(0));
}

void RunbooksWidget::showStep()
{
    m_code->clear();
    QTreeWidgetItem *procItem = m_tree->currentItem();
    QTreeWidgetItem *stepItem = m_steps->currentItem();
    if (!procItem || !stepItem)
        return;
    const int r = procItem->data(0, kRunbookRole).toInt();
    const int p = procItem->data(0, kProcedureRole).toInt();
    const int i = stepItem->data(0, kStepRole).toInt();
    if (r < 0 || r >= m_runbooks.size() || p < 0 || p >= m_runbooks[r].procedures.size()
        || i < 0 || i >= m_runbooks[r].procedures[p].steps.size())
        return;
    const RunbookStep &s = m_runbooks[r].procedures[p].steps[i];
    QStringList out;
    for (const RunbookStep::Gate &g : s.gates)
        out.append(tr("GATE%1: %2").arg(g.twoPerson ? tr(" (a second person confirms)") : QString(), g.reason));
    if (!s.manualReason.isEmpty())
        out.append(tr("Done by hand: %1").arg(s.manualReason));
    for (const RunbookStep::Placeholder &ph : s.placeholders)
        out.append(ph.backupSet.isEmpty() ? tr("Needs: %1").arg(ph.text) : tr("Needs: %1 — a backup of set %2, picked from the inventory").arg(ph.text, ph.backupSet));
    if (!s.alternatives.isEmpty())
        out.append(tr("Alternatives: %1 — this machine runs “%2”").arg(s.alternativeLabels.join(QStringLiteral(", ")),
                                                                     s.alternativeLabels.value(s.chosen)));
    if (!s.prelude.isEmpty())
        out.append(tr("Runs first, as an earlier step of the block set it:\n%1").arg(s.prelude));
    if (!out.isEmpty())
        out.append(QString());
    out.append(s.text);
    // The other ways, so the commander sees what is not run here.
    for (int a = 0; a < s.alternatives.size(); ++a) {
        if (a == s.chosen)
            continue;
        out.append(QString());
        out.append(tr("— not run here (%1):").arg(s.alternativeLabels.value(a)));
        out.append(s.alternatives[a]);
    }
    // Commands keep their lines; prose wraps.
    m_code->setLineWrapMode(s.kind == RunbookStep::Kind::Command ? QPlainTextEdit::NoWrap : QPlainTextEdit::WidgetWidth);
    m_code->setPlainText(out.join(u'\n'));
}

} // namespace qd
