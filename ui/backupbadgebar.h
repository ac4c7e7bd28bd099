#pragma once

#include "backupsetstatus.h"

#include <QWidget>

class QGridLayout;

namespace qd {

// One badge per backup set on the dashboard: the set's state against its RPO
// in a colour and a few words. A click asks for the Backups tab.
class BackupBadgeBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupBadgeBar)
public:
    explicit BackupBadgeBar(QWidget *parent = nullptr);

    void setSets(const QList<BackupSetStatus> &sets);

signals:
    void openRequested(const QString &set);

private:
    QGridLayout *m_layout;
    static constexpr int kPerRow = 2;
    static constexpr int kMaxChars = 46;   // a badge's text, elided beyond
};

} // namespace qd
