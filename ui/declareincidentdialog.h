#pragma once

#include "incident.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace qd {

// Ctrl+I: what it takes to declare — a title and a severity; the rest later.
class DeclareIncidentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeclareIncidentDialog)
public:
    // `environment`: the profile's, prefilled; `drill`: ticked in the sandbox.
    DeclareIncidentDialog(const QString &environment, bool drill, QWidget *parent = nullptr);

    Incident draft() const;

private:
    QLineEdit *m_title;
    QComboBox *m_severity;
    QLineEdit *m_environment;
    QCheckBox *m_drill;
    QPushButton *m_declare;
};

} // namespace qd
