#include "parameterspage.h"

#include "duration.h"
#include "rollbacksession.h"
#include "rollbackwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace qd {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kVerificationRole = Qt::UserRole + 2;

// "YYYYMMDD_HHMMSS" → ^\d{4}\d{2}\d{2}_\d{2}\d{2}\d{2}$: a stamp typed by
// hand has the runbook's shape.
QRegularExpression stampPattern(const QString &stamp)
{
    if (stamp == u"TIMESTAMP")
        return QRegularExpression(QStringLiteral("^\\S+$"));
    QString re = QStringLiteral("^");
    for (const QChar c : stamp)
        re += QStringLiteral("YMDHS").contains(c) ? QStringLiteral("\\d") : QRegularExpression::escape(QString(c));
    return QRegularExpression(re + u'$');
}

bool looksLikeCommit(const QString &name)
{
    const QString n = name.toLower();
    return n.contains(QStringLiteral("commit")) || n.contains(QStringLiteral("sha")) || n.endsWith(QStringLiteral("hash"));
}

QString backupLine(const Backup &b, const QDateTime &now)
{
    QString state;
    switch (b.verification) {
    case Backup::Verification::Ok:
        state = ParametersPage::tr("verified OK");
        break;
    case Backup::Verification::Corrupt:
        state = ParametersPage::tr("CORRUPT");
        break;
    case Backup::Verification::CouldNotCheck:
        state = ParametersPage::tr("could not check");
        break;
    case Backup::Verification::Unverified:
        state = ParametersPage::tr("not verified");
        break;
    }
    return ParametersPage::tr("%1 · %2 · %3 old · %4 · %5")
        .arg(b.name, b.timestamp.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             formatAge(Millis(b.timestamp.msecsTo(now))), QLocale().formattedDataSize(b.size), state);
}

} // namespace

ParametersPage::ParametersPage(RollbackWizard *wizard)
    : m_wizard(wizard)
    , m_none(new QLabel(tr("This procedure needs no values: every command runs as the runbook has it."), this))
    , m_form(new QFormLayout)
{
    setTitle(tr("Parameters"));
    setSubTitle(tr("The values the procedure's commands need. Each goes into the commands as one quoted word; "
                   "nothing you type is run as a command."));
    auto *inner = new QWidget;
    inner->setLayout(m_form);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_none);
    layout->addWidget(scroll, 1);
    connect(wizard->session(), &RollbackSession::commitsReady, this,
            [this](const QString &name, const QList<GitCommit> &commits, const QString &error) {
                QComboBox *box = commitPicker(name);
                if (!box)
                    return;
                box->clear();
                if (!error.isEmpty() || commits.isEmpty()) {
                    box->addItem(error.isEmpty() ? tr("the repository has no commits") : error);
                    return;
                }
                box->addItem(tr("Pick a commit from git log (%n recent)…", nullptr, int(commits.size())));
                for (const GitCommit &c : commits)
                    box->addItem(QStringLiteral("%1  %2  (%3)").arg(c.shortHash, c.subject,
                                                                  c.when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                                 c.hash);
                box->setEnabled(true);
            });
}

QComboBox *ParametersPage::commitPicker(const QString &name) const
{
    for (const Row &r : m_rows)
        if (r.placeholder.name == name)
            return r.commits;
    return nullptr;
}

bool ParametersPage::looksSecret(const QString &name)
{
    // Generous: hiding a value that is not secret costs little; showing one
    // that is puts it on the timeline.
    static const QRegularExpression secret(QStringLiteral("PASS|PWD|TOKEN|SECRET|API_?KEY|(^|_)KEY$|PRIVATE|CREDENTIAL|WEBHOOK|AUTH|"
                                                          "CERT|SALT|DSN|CONNECTION_?STRING|DATABASE_URL"),
                                           QRegularExpression::CaseInsensitiveOption);
    return secret.match(name).hasMatch();
}

void ParametersPage::initializePage()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_rows.clear();
    RollbackSession *session = m_wizard->session();
    const QList<RunbookStep::Placeholder> placeholders = session->placeholders();
    m_none->setVisible(placeholders.isEmpty());
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QDateTime now = m_wizard->inputs().clock ? m_wizard->inputs().clock->now() : QDateTime::currentDateTimeUtc();
    const StepPlanner::Values chosen = session->values();
    for (const RunbookStep::Placeholder &p : placeholders) {
        Row row;
        row.placeholder = p;
        auto *box = new QWidget;
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        const BackupSetStatus *set = nullptr;
        for (const BackupSetStatus &s : m_wizard->inputs().inventory)
            if (!p.backupSet.isEmpty() && s.spec.name == p.backupSet)
                set = &s;
        if (set) {
            row.backup = new QComboBox;
            row.backup->setObjectName(QStringLiteral("param:") + p.name);
            int pick = -1;
            for (const Backup &b : set->backups) {
                row.backup->addItem(backupLine(b, now));
                const int i = row.backup->count() - 1;
                row.backup->setItemData(i, b.path, kPathRole);
                row.backup->setItemData(i, int(b.verification), kVerificationRole);
                if (b.verification != Backup::Verification::Ok)
                    row.backup->setItemData(i, QColor(0xc6, 0x28, 0x28), Qt::ForegroundRole);
                if (pick < 0 && b.verification == Backup::Verification::Ok)
                    pick = i;
                if (chosen.value(p.name).text == b.path)
                    pick = i;
            }
            row.backup->setCurrentIndex(qMax(0, pick));
            v->addWidget(row.backup);
            auto *h = new QHBoxLayout;
            row.override = new QCheckBox(tr("Use it anyway"));
            row.override->setObjectName(QStringLiteral("override:") + p.name);
            row.reason = new QLineEdit;
            row.reason->setObjectName(QStringLiteral("reason:") + p.name);
            row.reason->setPlaceholderText(tr("Why this backup (recorded)"));
            h->addWidget(row.override);
            h->addWidget(row.reason, 1);
            v->addLayout(h);
            connect(row.backup, &QComboBox::currentIndexChanged, this, &ParametersPage::refresh);
            connect(row.override, &QCheckBox::toggled, this, &ParametersPage::refresh);
            connect(row.reason, &QLineEdit::textChanged, this, &ParametersPage::refresh);
        } else {
            row.text = new QLineEdit;
            row.text->setObjectName(QStringLiteral("param:") + p.name);
            // Secret or not is the commander's call; the name only suggests it.
            row.secret = new QCheckBox(tr("secret"));
            row.secret->setObjectName(QStringLiteral("secret:") + p.name);
            row.secret->setToolTip(tr("A secret is passed in the environment, never shown, never recorded"));
            row.secret->setChecked(looksSecret(p.name) || chosen.value(p.name).secret);
            QLineEdit *edit = row.text;
            const auto hide = [edit](bool secret) {
                edit->setEchoMode(secret ? QLineEdit::Password : QLineEdit::Normal);
                if (secret)
                    edit->setPlaceholderText(tr("secret: passed in the environment, never shown or recorded"));
            };
            hide(row.secret->isChecked());
            connect(row.secret, &QCheckBox::toggled, this, hide);
            if (row.secret->isChecked()) {
            } else if (p.kind == RunbookStep::Placeholder::Kind::Timestamp) {
                row.text->setPlaceholderText(p.text);
            } else if (looksLikeCommit(p.name)) {
                row.text->setPlaceholderText(tr("a commit hash, 7 to 40 hex digits"));
            }
            // A $VARIABLE: the profile's value first, else the console's own
            // environment's.
            if (p.kind == RunbookStep::Placeholder::Kind::Variable) {
                for (const auto &kv : m_wizard->inputs().profile.variables)
                    if (kv.first == p.name) {
                        row.fromProfile = kv.second;
                        row.text->setText(kv.second);
                    }
                if (row.fromProfile.isNull() && env.contains(p.name)) {
                    row.fromEnvironment = env.value(p.name);
                    row.text->setText(row.fromEnvironment);
                }
            }
            if (chosen.contains(p.name))
                row.text->setText(chosen.value(p.name).text);
            if (looksLikeCommit(p.name) && !session->repositoryFor(p.name).isEmpty()) {
                // Picked from the repository's log rather than typed.
                row.commits = new QComboBox;
                row.commits->setObjectName(QStringLiteral("commits:") + p.name);
                row.commits->addItem(tr("Reading git log of %1…").arg(session->repositoryFor(p.name)));
                row.commits->setEnabled(false);
                v->addWidget(row.commits);
                QLineEdit *edit = row.text;
                connect(row.commits, &QComboBox::activated, this, [edit, box = row.commits](int i) {
                    const QString hash = box->itemData(i).toString();
                    if (!hash.isEmpty())
                        edit->setText(hash);
                });
                session->requestCommits(p.name);
            }
            auto *line = new QHBoxLayout;
            line->addWidget(row.text, 1);
            line->addWidget(row.secret);
            v->addLayout(line);
            connect(row.text, &QLineEdit::textChanged, this, &ParametersPage::refresh);
        }
        row.hint = new QLabel;
        row.hint->setWordWrap(true);
        v->addWidget(row.hint);
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(p.text.toHtmlEscaped()));
        label->setToolTip(set ? tr("a backup of set %1, picked from the inventory").arg(p.backupSet) : p.name);
        label->setBuddy(row.backup ? static_cast<QWidget *>(row.backup) : row.text);
        m_form->addRow(label, box);
        m_rows.append(row);
    }
    refresh();
    if (!m_rows.isEmpty())
        (m_rows.first().backup ? static_cast<QWidget *>(m_rows.first().backup) : m_rows.first().text)->setFocus();
}

QString ParametersPage::problem(const Row &row) const
{
    const RunbookStep::Placeholder &p = row.placeholder;
    if (row.backup) {
        if (row.backup->count() == 0)
            return tr("the set %1 has no backups").arg(p.backupSet);
        const auto v = Backup::Verification(row.backup->currentData(kVerificationRole).toInt());
        if (v != Backup::Verification::Ok && (!row.override->isChecked() || row.reason->text().trimmed().isEmpty()))
            return tr("this backup is not verified OK: verify it on the Backups tab, or tick Use it anyway and say why");
        return QString();
    }
    const QString t = row.text->text();
    if (t.isEmpty())
        return p.kind == RunbookStep::Placeholder::Kind::Variable ? tr("needed: the console's environment has no %1").arg(p.name)
                                                                  : tr("needed");
    if (p.kind == RunbookStep::Placeholder::Kind::Timestamp && !stampPattern(p.text).match(t).hasMatch())
        return tr("expected the shape %1").arg(p.text);
    if (looksLikeCommit(p.name) && !QRegularExpression(QStringLiteral("^[0-9a-fA-F]{7,40}$")).match(t).hasMatch())
        return tr("expected a commit hash: 7 to 40 hex digits");
    return QString();
}

void ParametersPage::refresh()
{
    for (const Row &row : std::as_const(m_rows)) {
        const QString why = problem(row);
        QString hint = why;
        if (why.isEmpty() && row.text && !row.fromProfile.isNull() && row.text->text() == row.fromProfile)
            hint = tr("from the profile");
        else if (why.isEmpty() && row.text && !row.fromEnvironment.isEmpty() && row.text->text() == row.fromEnvironment)
            hint = tr("from the console's environment");
        row.hint->setText(hint);
        row.hint->setStyleSheet(why.isEmpty() ? QStringLiteral("color:#2e7d32") : QStringLiteral("color:#c62828"));
        if (row.override) {
            const bool bad = Backup::Verification(row.backup->currentData(kVerificationRole).toInt()) != Backup::Verification::Ok;
            row.override->setVisible(bad);
            row.reason->setVisible(bad);
        }
    }
    emit completeChanged();
}

bool ParametersPage::isComplete() const
{
    return std::all_of(m_rows.cbegin(), m_rows.cend(), [this](const Row &r) { return problem(r).isEmpty(); });
}

bool ParametersPage::validatePage()
{
    RollbackSession *session = m_wizard->session();
    for (const Row &row : std::as_const(m_rows)) {
        if (row.backup) {
            const auto v = Backup::Verification(row.backup->currentData(kVerificationRole).toInt());
            const QString name = row.backup->currentText().section(QStringLiteral(" · "), 0, 0);
            const QString how = v == Backup::Verification::Ok
                                    ? tr("picked from the inventory: %1, verified OK").arg(name)
                                    : tr("picked from the inventory: %1, NOT verified OK (%2); overridden: %3")
                                          .arg(name, row.backup->currentText().section(QStringLiteral(" · "), -1),
                                               row.reason->text().trimmed());
            if (!session->setValue(row.placeholder.name, {row.backup->currentData(kPathRole).toString(), false}, how))
                return refuseWhileRunning();
        } else {
            const bool secret = row.secret && row.secret->isChecked();
            const QString how = !row.fromProfile.isNull() && row.text->text() == row.fromProfile ? tr("from the profile")
                                : !row.fromEnvironment.isEmpty() && row.text->text() == row.fromEnvironment ? tr("from the environment")
                                                                                                              : tr("typed");
            if (!session->setValue(row.placeholder.name, {row.text->text(), secret}, how))
                return refuseWhileRunning();
        }
    }
    return true;
}

bool ParametersPage::refuseWhileRunning()
{
    setSubTitle(tr("A step is still running: its values cannot change under it. Go to the Steps page and let it finish "
                   "(or cancel it) first."));
    return false;
}

QWidget *ParametersPage::field(const QString &name) const
{
    for (const Row &r : m_rows)
        if (r.placeholder.name == name)
            return r.backup ? static_cast<QWidget *>(r.backup) : r.text;
    return nullptr;
}

QCheckBox *ParametersPage::overrideBox(const QString &name) const
{
    for (const Row &r : m_rows)
        if (r.placeholder.name == name)
            return r.override;
    return nullptr;
}

QLineEdit *ParametersPage::overrideReason(const QString &name) const
{
    for (const Row &r : m_rows)
        if (r.placeholder.name == name)
            return r.reason;
    return nullptr;
}

} // namespace qd
