#include "backupbadgebar.h"

#include "backuptreemodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace qd {

BackupBadgeBar::BackupBadgeBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("backupBadges"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
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
    m_layout->addWidget(title);
    for (const BackupSetStatus &s : sets) {
        const int severity = BackupTreeModel::setSeverity(s);
        const bool rpoBad = !s.folderError.isEmpty() || !s.newestGood()
                || (s.rpo.count() >= 0 && s.analysis.newestGoodAge > s.rpo);
        // Red only for what threatens a restore; amber for other findings.
        const char *colour = rpoBad ? "#c62828" : severity > 0 ? "#b36b00" : "#1a7f37";
        auto *badge = new QToolButton(this);
        badge->setObjectName(QStringLiteral("backupBadge-") + s.spec.name);
        badge->setText(s.spec.name + QStringLiteral(" · ") + BackupTreeModel::rpoText(s));
        badge->setAutoRaise(true);
        badge->setCursor(Qt::PointingHandCursor);
        badge->setStyleSheet(QStringLiteral("QToolButton { color: white; background: %1; border-radius: 4px; padding: 2px 8px; font-weight: 600; }")
                                 .arg(QLatin1String(colour)));
        QStringList tip;
        for (const BackupFinding &f : s.analysis.findings)
            tip.append(QStringLiteral("• ") + f.text);
        badge->setToolTip(tip.isEmpty() ? tr("No findings. Click for the Backups tab.") : tip.join(u'\n'));
        connect(badge, &QToolButton::clicked, this, [this, name = s.spec.name] { emit openRequested(name); });
        m_layout->addWidget(badge);
    }
    m_layout->addStretch(1);
}

} // namespace qd
