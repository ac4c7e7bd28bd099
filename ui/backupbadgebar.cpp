#include "backupbadgebar.h"

#include "backuptreemodel.h"

#include <QGridLayout>
#include <QLabel>
#include <QToolButton>

namespace qd {

BackupBadgeBar::BackupBadgeBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
{
    setObjectName(QStringLiteral("backupBadges"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setHorizontalSpacing(6);
    m_layout->setVerticalSpacing(4);
    hide();
}

void BackupBadgeBar::setSets(const QList<BackupSetStatus> &sets)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    setVisible(!sets.isEmpty());
    if (sets.isEmpty())
        return;
    auto *title = new QLabel(tr("Backups:"), this);
    m_layout->addWidget(title, 0, 0, Qt::AlignTop);
    // A few badges a row: a profile with many sets grows downwards, never
    // wider than the window.
    int n = 0;
    for (const BackupSetStatus &s : sets) {
        // The same colours and words as the set's row in the Backups tab.
        const int severity = BackupTreeModel::setSeverity(s);
        const char *colour = severity == 2 ? "#c62828" : severity == 1 ? "#b36b00" : "#1a7f37";
        auto *badge = new QToolButton(this);
        badge->setObjectName(QStringLiteral("backupBadge-") + s.spec.name);
        // Long reasons (a missing folder's path) go to the tooltip: a badge
        // never widens the window.
        const QString text = s.spec.name + QStringLiteral(" · ") + BackupTreeModel::setSummary(s);
        badge->setText(badge->fontMetrics().elidedText(text, Qt::ElideRight, badge->fontMetrics().averageCharWidth() * kMaxChars));
        badge->setAutoRaise(true);
        badge->setCursor(Qt::PointingHandCursor);
        badge->setStyleSheet(QStringLiteral("QToolButton { color: white; background: %1; border-radius: 4px; padding: 2px 8px; font-weight: 600; }")
                                 .arg(QLatin1String(colour)));
        QStringList tip;
        for (const BackupFinding &f : s.analysis.findings)
            tip.append(QStringLiteral("• ") + f.text);
        badge->setToolTip(tip.isEmpty() ? tr("No findings. Click for the Backups tab.") : text + u'\n' + tip.join(u'\n'));
        connect(badge, &QToolButton::clicked, this, [this, name = s.spec.name] { emit openRequested(name); });
        m_layout->addWidget(badge, n / kPerRow, 1 + n % kPerRow, Qt::AlignLeft);
        ++n;
    }
    m_layout->setColumnStretch(kPerRow + 1, 1);
}

} // namespace qd
