#include "stepspage.h"

#include "rollbacksession.h"
#include "rollbackwizard.h"
#include "steprunner.h"

#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace qd {

namespace {

QString stateMark(RollbackSession::StepState s)
{
    switch (s) {
    case RollbackSession::StepState::Pending: return QStringLiteral("○");
    case RollbackSession::StepState::Running: return QStringLiteral("▶");
    case RollbackSession::StepState::Succeeded: return QStringLiteral("✔");
    case RollbackSession::StepState::DoneByHand: return QStringLiteral("✔");
    case RollbackSession::StepState::Skipped: return QStringLiteral("↷");
    case RollbackSession::StepState::Failed:
    case RollbackSession::StepState::TimedOut:
    case RollbackSession::StepState::Cancelled: return QStringLiteral("✖");
    case RollbackSession::StepState::Unknown: return QStringLiteral("?");
    }
    return QString();
}

QColor stateColour(RollbackSession::StepState s)
{
    switch (s) {
    case RollbackSession::StepState::Succeeded:
    case RollbackSession::StepState::DoneByHand: return QColor(0x2e, 0x7d, 0x32);
    case RollbackSession::StepState::Failed:
    case RollbackSession::StepState::TimedOut:
    case RollbackSession::StepState::Cancelled: return QColor(0xc6, 0x28, 0x28);
    case RollbackSession::StepState::Running: return QColor(0x15, 0x65, 0xc0);
    case RollbackSession::StepState::Unknown: return QColor(0xb2, 0x6a, 0x00);
    default: return QColor(0x55, 0x55, 0x55);
    }
}

// What the output view is given of a batch: a text view laying out one
// line of megabytes (`head -c 24M /dev/zero | tr …`) would hold the window
// for seconds, so long lines are cut into view-sized ones and a huge batch
// shows its end. All of it stays in the step's record.
QString forDisplay(const QString &text)
{
    constexpr qsizetype kBatch = 256 * 1024;
    constexpr qsizetype kLine = 4000;
    QString t = text.size() > kBatch ? StepsPage::tr("[… %1 characters not shown here; the step's record keeps them]\n")
                                               .arg(text.size() - kBatch)
                                           + text.right(kBatch)
                                     : text;
    QString out;
    out.reserve(t.size() + t.size() / kLine + 1);
    qsizetype run = 0;
    for (const QChar c : std::as_const(t)) {
        if (c == u'\n') {
            run = 0;
        } else if (++run > kLine) {
            out += u'\n';
            run = 1;
        }
        out += c;
    }
    return out;
}

QString outcomeText(const StepResult &r)
{
    const QString took = r.durationMs < 10000 ? QString::number(double(r.durationMs) / 1000.0, 'f', 1) + QStringLiteral(" s")
                                              : QString::number((r.durationMs + 500) / 1000) + QStringLiteral(" s");
    switch (r.outcome) {
    case StepResult::Outcome::Succeeded: return StepsPage::tr("Succeeded: exit 0 after %1").arg(took);
    case StepResult::Outcome::Failed:
        return r.exitCode >= 0 ? StepsPage::tr("Failed: exit %1 after %2").arg(r.exitCode).arg(took)
                               : StepsPage::tr("Failed: crashed after %1").arg(took);
    case StepResult::Outcome::TimedOut: return StepsPage::tr("Timed out after %1: stopped").arg(took);
    case StepResult::Outcome::Cancelled: return StepsPage::tr("Cancelled after %1").arg(took);
    case StepResult::Outcome::FailedToStart: return StepsPage::tr("Could not start: %1").arg(r.error);
    }
    return QString();
}

} // namespace

StepsPage::StepsPage(RollbackWizard *wizard)
    : m_wizard(wizard)
    , m_list(new QListWidget(this))
    , m_title(new QLabel(this))
    , m_gate(new QGroupBox(tr("Gate: this step is destructive"), this))
    , m_gateReasons(new QLabel(m_gate))
    , m_typed(new QLineEdit(m_gate))
    , m_secondLabel(new QLabel(tr("Second person, who checked the command:"), m_gate))
    , m_second(new QLineEdit(m_gate))
    , m_command(new QPlainTextEdit(this))
    , m_environment(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_dry(new QPushButton(tr("&Dry run"), this))
    , m_done(new QPushButton(tr("&Mark done"), this))
    , m_skip(new QPushButton(tr("S&kip"), this))
    , m_cancel(new QPushButton(tr("&Cancel step"), this))
    , m_continue(new QPushButton(tr("C&ontinue anyway"), this))
    , m_abort(new QPushButton(tr("&Abort the procedure"), this))
    , m_status(new QLabel(this))
    , m_output(new QPlainTextEdit(this))
{
    setTitle(tr("Steps"));
    setSubTitle(tr("One step at a time. What runs is exactly the command shown."));
    m_list->setObjectName(QStringLiteral("stepList"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_command->setObjectName(QStringLiteral("stepCommand"));
    m_command->setReadOnly(true);
    m_command->setFont(mono);
    // Wrapped: at a gate the whole command must be in view, not behind a scroll bar.
    m_command->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_command->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);

    m_environment->setObjectName(QStringLiteral("stepEnvironment"));
    m_environment->setWordWrap(true);
    m_environment->setTextFormat(Qt::PlainText);
    m_environment->setFont(mono);
    m_output->setObjectName(QStringLiteral("stepOutput"));
    m_output->setReadOnly(true);
    m_output->setFont(mono);
    m_output->setMaximumBlockCount(20000);   // megabytes of output must not grow the view without end
    m_output->setPlaceholderText(tr("Output appears here as the step runs."));
    m_typed->setObjectName(QStringLiteral("gateWord"));
    m_second->setObjectName(QStringLiteral("secondPerson"));
    m_reason->setObjectName(QStringLiteral("stepReason"));
    m_reason->setPlaceholderText(tr("Reason or note, for Skip, Mark done and Continue anyway (recorded)"));
    m_gate->setObjectName(QStringLiteral("gateBox"));
    m_gate->setStyleSheet(QStringLiteral("QGroupBox#gateBox { border: 2px solid #c62828; border-radius: 4px; margin-top: 1.2em; "
                                         "padding: 6px; font-weight: bold; color: #c62828 }"
                                         "QGroupBox#gateBox QLabel, QGroupBox#gateBox QLineEdit { font-weight: normal; color: palette(text) }"));
    m_gateReasons->setWordWrap(true);
    m_run->setObjectName(QStringLiteral("runStep"));
    m_run->setToolTip(tr("Run this step (Ctrl+Enter)"));
    m_cancel->setObjectName(QStringLiteral("cancelStep"));
    m_continue->setObjectName(QStringLiteral("continueStep"));
    m_abort->setObjectName(QStringLiteral("abortProcedure"));
    m_status->setObjectName(QStringLiteral("stepStatus"));
    m_status->setWordWrap(true);

    auto *gateLayout = new QVBoxLayout(m_gate);
    gateLayout->addWidget(m_gateReasons);
    gateLayout->addWidget(m_typed);
    gateLayout->addWidget(m_secondLabel);
    gateLayout->addWidget(m_second);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_run, m_dry, m_done, m_skip, m_cancel, m_continue, m_abort})
        buttons->addWidget(b);
    buttons->addStretch(1);

    auto *right = new QWidget;
    auto *r = new QVBoxLayout(right);
    r->setContentsMargins(0, 0, 0, 0);
    r->addWidget(m_title);
    r->addWidget(m_gate);
    r->addWidget(m_command, 2);
    r->addWidget(m_environment);
    r->addWidget(m_reason);
    r->addLayout(buttons);
    r->addWidget(m_status);
    r->addWidget(m_output, 3);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({340, 820});
    m_list->setTextElideMode(Qt::ElideMiddle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    RollbackSession *session = wizard->session();
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_index)
            show(row);
    });
    connect(m_typed, &QLineEdit::textChanged, this, &StepsPage::refreshButtons);
    connect(m_second, &QLineEdit::textChanged, this, &StepsPage::refreshButtons);
    connect(m_reason, &QLineEdit::textChanged, this, &StepsPage::refreshButtons);
    connect(m_run, &QPushButton::clicked, this, &StepsPage::run);
    auto *runKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(runKey, &QShortcut::activated, this, [this] {
        if (m_run->isEnabled())
            run();
    });
    connect(m_dry, &QPushButton::clicked, this, [this] {
        const QString command = m_wizard->session()->dryRun(m_index);
        m_output->setPlainText(tr("Dry run: nothing ran. This is what Run would start with bash -c, in %1:\n\n%2")
                                   .arg(m_wizard->session()->context().workingDirectory, command));
        m_status->setText(tr("Dry run recorded."));
    });
    connect(m_done, &QPushButton::clicked, this, [this] {
        m_wizard->session()->markDone(m_index, m_reason->text().trimmed());
        m_reason->clear();
    });
    connect(m_skip, &QPushButton::clicked, this, [this] {
        m_wizard->session()->skip(m_index, m_reason->text().trimmed());
        m_reason->clear();
    });
    connect(m_continue, &QPushButton::clicked, this, [this] {
        m_wizard->session()->continueAnyway(m_index, m_reason->text().trimmed());
        m_reason->clear();
    });
    connect(m_cancel, &QPushButton::clicked, session, &RollbackSession::cancel);
    connect(m_abort, &QPushButton::clicked, wizard, &QWizard::reject);
    connect(session, &RollbackSession::output, this, [this](int index, const QString &text) {
        if (index != m_index)
            return;
        m_output->moveCursor(QTextCursor::End);
        m_output->insertPlainText(forDisplay(text));
        m_output->moveCursor(QTextCursor::End);
    });
    connect(session, &RollbackSession::stepChanged, this, [this](int index) {
        refreshList();
        RollbackSession *s = m_wizard->session();
        const RollbackSession::StepState state = s->state(index);
        // A step that ended well moves on to the next one; a failure stays
        // in view with its choices.
        if (index == m_index && state != RollbackSession::StepState::Running && state != RollbackSession::StepState::Failed
            && state != RollbackSession::StepState::TimedOut && state != RollbackSession::StepState::Cancelled
            && s->current() < s->steps().size())
            show(s->current());
        else
            refreshButtons();
        emit completeChanged();
    });
    connect(session, &RollbackSession::stepsChanged, this, [this] {
        refreshList();
        if (m_index >= 0)
            show(m_index);
    });
}

void StepsPage::initializePage()
{
    refreshList();
    RollbackSession *s = m_wizard->session();
    m_index = -1;
    show(qMin(s->current(), int(s->steps().size()) - 1));
}

void StepsPage::refreshList()
{
    RollbackSession *s = m_wizard->session();
    const QSignalBlocker block(m_list);
    if (m_list->count() != s->steps().size()) {
        m_list->clear();
        for (int i = 0; i < s->steps().size(); ++i)
            m_list->addItem(QString());
    }
    for (int i = 0; i < s->steps().size(); ++i) {
        const PlannedStep &p = s->steps().at(i);
        const RollbackSession::StepState state = s->state(i);
        QString label = p.step.label.isEmpty() ? p.step.text.section(u'\n', 0, 0).simplified().left(60) : p.step.label;
        QString text = QStringLiteral("%1  %2. %3").arg(stateMark(state)).arg(p.number).arg(label);
        if (p.step.destructive())
            text += tr("  [gate]");
        if (RollbackSession::runsAtVerification(p))
            text += tr("  [check]");
        QListWidgetItem *item = m_list->item(i);
        item->setText(text);
        item->setForeground(stateColour(state));
        item->setToolTip(RollbackSession::stateName(state));
    }
    if (m_index >= 0 && m_index < m_list->count())
        m_list->setCurrentRow(m_index);
}

void StepsPage::show(int index)
{
    RollbackSession *s = m_wizard->session();
    if (index < 0 || index >= s->steps().size())
        return;
    const bool changed = index != m_index;
    m_index = index;
    const PlannedStep &p = s->steps().at(index);
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(index);
    }
    QString runner;
    switch (p.step.runner) {
    case RunbookStep::Runner::Bash: runner = QStringLiteral("bash"); break;
    case RunbookStep::Runner::Sql: runner = tr("SQL, run at the verification"); break;
    case RunbookStep::Runner::Pwsh: runner = QStringLiteral("PowerShell"); break;
    default: runner = tr("by hand"); break;
    }
    m_title->setText(tr("<b>Step %1 of %2: %3</b> <span style='color:#666'>(%4, line %5)</span>")
                         .arg(p.number)
                         .arg(s->steps().size())
                         .arg((p.step.label.isEmpty() ? tr("(no title)") : p.step.label).toHtmlEscaped(), runner)
                         .arg(p.step.firstLine));
    // The gate starts empty for every step and every new text: a word typed
    // for one command never unlocks another.
    if (changed || m_shownCommand != p.command || m_shownEnvironment != p.environmentFingerprint()) {
        m_typed->clear();
        m_second->clear();
    }
    m_shownCommand = p.command;
    m_shownEnvironment = p.environmentFingerprint();
    m_command->setPlainText(p.command);
    // The values it gets through the environment are part of what is
    // confirmed: shown with the command (secrets masked).
    const QStringList env = p.environmentShown();
    m_environment->setText(env.isEmpty() ? QString() : tr("With: %1").arg(env.join(QStringLiteral("   "))));
    m_environment->setVisible(!env.isEmpty());
    m_gate->setVisible(p.step.destructive());
    if (p.step.destructive()) {
        QStringList reasons;
        bool two = false;
        for (const RunbookStep::Gate &g : p.step.gates) {
            reasons.append(QStringLiteral("• %1 (%2)").arg(g.reason, g.rule));
            two = two || g.twoPerson;
        }
        m_gateReasons->setText(reasons.join(u'\n'));
        m_typed->setPlaceholderText(tr("Type %1 to unlock Run").arg(s->context().environmentName));
        m_secondLabel->setVisible(two);
        m_second->setVisible(two);
    }
    if (changed) {
        const StepResult r = s->result(index);
        m_output->setPlainText(forDisplay(r.output));
        m_status->setText(r.startedAt.isValid() ? outcomeText(r) : QString());
    }
    refreshButtons();
}

void StepsPage::refreshButtons()
{
    RollbackSession *s = m_wizard->session();
    if (m_index < 0 || m_index >= s->steps().size()) {
        for (QPushButton *b : {m_run, m_dry, m_done, m_skip, m_cancel, m_continue})
            b->setEnabled(false);
        return;
    }
    const PlannedStep &p = s->steps().at(m_index);
    const RollbackSession::StepState state = s->state(m_index);
    const bool running = s->isRunning();
    const bool failed = state == RollbackSession::StepState::Failed || state == RollbackSession::StepState::TimedOut
                        || state == RollbackSession::StepState::Cancelled;
    const bool unknown = state == RollbackSession::StepState::Unknown;
    const bool finished = state == RollbackSession::StepState::Succeeded || state == RollbackSession::StepState::DoneByHand
                          || state == RollbackSession::StepState::Skipped;
    const std::optional<GateConfirmation> confirmation = p.step.destructive() && !m_typed->text().isEmpty()
                                                             ? std::optional<GateConfirmation>(gateConfirmation())
                                                             : std::nullopt;
    const QString refused = s->refusal(m_index, confirmation);
    const bool hasReason = !m_reason->text().trimmed().isEmpty();
    m_run->setEnabled(!running && !finished && refused.isEmpty());
    m_run->setText(failed || unknown ? tr("&Retry") : tr("&Run"));
    m_dry->setEnabled(!running && p.runnable());
    m_done->setEnabled(!running && !finished);
    m_skip->setEnabled(!running && !finished && hasReason);
    m_cancel->setVisible(running);
    m_continue->setVisible(failed);
    m_continue->setEnabled(failed && hasReason);
    m_abort->setVisible(failed);
    if (running && state == RollbackSession::StepState::Running)
        m_status->setText(tr("Running… Cancel ends the step and everything it started."));
    else if (running)
        m_status->setText(tr("Another step is running."));
    else if (unknown)
        m_status->setText(tr("Outcome unknown: the console stopped while this step ran, and it may have gone on without it. "
                             "Check what it did before going on: Retry, Mark done once checked (say what you found), or Skip."));
    else if (finished || failed)
        m_status->setText(s->result(m_index).startedAt.isValid() ? outcomeText(s->result(m_index))
                          : state == RollbackSession::StepState::Skipped ? tr("Skipped.")
                                                                          : tr("Done by hand."));
    else
        m_status->setText(refused.isEmpty() ? tr("Ready to run.") : refused);
    m_status->setStyleSheet(failed ? QStringLiteral("color:#c62828; font-weight:bold")
                            : unknown ? QStringLiteral("color:#b26a00; font-weight:bold")
                                      : QString());
}

void StepsPage::run()
{
    RollbackSession *s = m_wizard->session();
    const PlannedStep &p = s->steps().at(m_index);
    std::optional<GateConfirmation> confirmation;
    if (p.step.destructive())
        confirmation = gateConfirmation();
    m_output->clear();
    QString why;
    if (!s->run(m_index, confirmation, &why))
        m_status->setText(why);
    // The word was for this run: a retry asks for it again.
    m_typed->clear();
    m_second->clear();
    refreshButtons();
}

// What the commander confirms: the word typed, by whom, and the command
// and values exactly as this page showed them (not the text view's copy,
// which turns a non-breaking space into a space).
GateConfirmation StepsPage::gateConfirmation() const
{
    const RollbackSession *s = m_wizard->session();
    return GateConfirmation{m_typed->text(), s->context().actor, m_second->text().trimmed(), m_shownCommand, m_shownEnvironment,
                            m_wizard->inputs().clock ? m_wizard->inputs().clock->now() : QDateTime::currentDateTimeUtc()};
}

bool StepsPage::isComplete() const
{
    RollbackSession *s = m_wizard->session();
    return !s->isRunning() && s->current() >= s->steps().size();
}

} // namespace qd
