#include "environmentbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace qd {

EnvironmentBanner::EnvironmentBanner(QWidget *parent)
    : QFrame(parent)
    , m_name(new QLabel(this))
    , m_badge(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_errors(new QLabel(this))
{
    setObjectName(QStringLiteral("environmentBanner"));
    m_name->setObjectName(QStringLiteral("environmentName"));
    m_badge->setObjectName(QStringLiteral("environmentBadge"));
    m_errors->setObjectName(QStringLiteral("profileErrors"));
    m_summary->setObjectName(QStringLiteral("stateSummary"));
    setAutoFillBackground(true);

    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    QFont badgeFont = m_badge->font();
    badgeFont.setBold(true);
    m_badge->setFont(badgeFont);
    m_badge->setContentsMargins(8, 2, 8, 2);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Names and descriptions come from the profile: shown as text, never as HTML.
    m_name->setTextFormat(Qt::PlainText);
    m_detail->setTextFormat(Qt::PlainText);
    // A long description or path is cut, never allowed to widen the window
    // past the screen (the full text is in the tooltip).
    m_detail->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.15);
    m_summary->setFont(summaryFont);
    m_summary->setTextFormat(Qt::RichText);

    m_errors->setWordWrap(true);
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors->setVisible(false);
    m_errors->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #7a3e00; border: 1px solid #e0a040;"
                                           " border-radius: 4px; padding: 6px; }"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_name);
    top->addWidget(m_badge);
    top->addSpacing(12);
    top->addWidget(m_detail, 1);
    top->addWidget(m_summary);

    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(12, 8, 12, 8);
    v->addLayout(top);
    v->addWidget(m_errors);
}

void EnvironmentBanner::setEnvironment(const EnvironmentInfo &env, const QString &profilePath)
{
    m_name->setText(env.name);
    QStringList parts;
    for (const QString &p : {env.description, profilePath})
        if (!p.isEmpty())
            parts << p;
    const QString detail = parts.join(QStringLiteral("  ·  "));
    m_detail->setText(detail);
    m_detail->setToolTip(detail);
    if (env.production) {
        m_badge->setText(tr("PRODUCTION"));
        m_badge->setToolTip(tr("Commands run from this console act on live systems."));
        setStyleSheet(QStringLiteral("#environmentBanner { background: #b71c1c; }"
                                     "#environmentBanner > QLabel { color: white; }"
                                     "#environmentBanner > QLabel#environmentBadge { background: white; color: #b71c1c; border-radius: 3px; }"));
    } else {
        m_badge->setText(tr("not production"));
        m_badge->setToolTip(QString());
        setStyleSheet(QStringLiteral("#environmentBanner { background: #1f3b5c; }"
                                     "#environmentBanner > QLabel { color: white; }"
                                     "#environmentBanner > QLabel#environmentBadge { background: #2e5984; color: #dbe7f3; border-radius: 3px; }"));
    }
    m_badge->setVisible(!profilePath.isEmpty());   // no profile: nothing to vouch for
}

void EnvironmentBanner::setErrors(const QList<ProfileError> &errors, bool keptPrevious)
{
    if (errors.isEmpty()) {
        m_errors->clear();
        m_errors->setVisible(false);
        return;
    }
    QStringList lines;
    for (const ProfileError &e : errors.mid(0, 6))
        lines << e.toString().toHtmlEscaped();
    if (errors.size() > 6)
        lines << tr("… and %n more", nullptr, int(errors.size() - 6));
    const QString head = keptPrevious ? tr("The profile on disk has %n error(s); the console keeps running the last good version.", nullptr, int(errors.size()))
                                      : tr("The profile has %n error(s) and could not be loaded.", nullptr, int(errors.size()));
    m_errors->setText(QStringLiteral("<b>") + head.toHtmlEscaped() + QStringLiteral("</b><br><tt>")
                      + lines.join(QStringLiteral("<br>")) + QStringLiteral("</tt>"));
    m_errors->setVisible(true);
}

void EnvironmentBanner::setSummary(const QString &summary)
{
    m_summary->setText(summary);
}

} // namespace qd
