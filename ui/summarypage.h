#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QWizardPage>

class QLabel;

namespace qd {

class RollbackWizard;

// Page 6: how it went. Outcome, steps run, skipped, failed and done by
// hand, and the recovery time from detection (or declaration) to verified
// recovery against the component's RTO. Finishing records it, as a key
// event for the post-mortem.
class SummaryPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryPage)
public:
    explicit SummaryPage(RollbackWizard *wizard);

    void initializePage() override;
    bool validatePage() override;

    QString text() const;

private:
    RollbackWizard *m_wizard;
    QLabel *m_text;
    QString m_plain;
    QJsonObject m_data;
};

} // namespace qd
