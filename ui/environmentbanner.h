#pragma once

#include "environmentinfo.h"
#include "profileerror.h"

#include <QFrame>

class QLabel;

namespace qd {

// The strip across the top: which environment this is (red for production,
// so nobody mistakes it for staging at 3 a.m.) and, when the profile on disk
// is broken, what is wrong with it.
class EnvironmentBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentBanner)
public:
    explicit EnvironmentBanner(QWidget *parent = nullptr);

    void setEnvironment(const EnvironmentInfo &env, const QString &profilePath);
    void setErrors(const QList<ProfileError> &errors, bool keptPrevious);
    void setSummary(const QString &summary);

private:
    QLabel *m_name;
    QLabel *m_badge;
    QLabel *m_detail;
    QLabel *m_summary;
    QLabel *m_errors;
};

} // namespace qd
