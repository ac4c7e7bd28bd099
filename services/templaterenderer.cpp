#include "templaterenderer.h"

#include "duration.h"
#include "incidentfield.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

#include <kainjow/mustache.hpp>

namespace qd {

namespace {

namespace mstch = kainjow::mustache;

mstch::data toData(const QJsonValue &v)
{
    if (v.isObject()) {
        mstch::data d{mstch::data::type::object};
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            d.set(it.key().toStdString(), toData(it.value()));
        return d;
    }
    if (v.isArray()) {
        mstch::data d{mstch::data::type::list};
        for (const QJsonValue &e : v.toArray())
            d.push_back(toData(e));
        return d;
    }
    if (v.isBool())
        return v.toBool() ? mstch::data{mstch::data::type::bool_true} : mstch::data{mstch::data::type::bool_false};
    if (v.isDouble())
        return mstch::data{QString::number(v.toDouble()).toStdString()};
    return mstch::data{v.toString().toStdString()};
}

QJsonValue lookup(const QJsonObject &context, const QString &path)
{
    QJsonValue v = context;
    for (const QString &part : path.split(u'.')) {
        if (!v.isObject())
            return QJsonValue::Undefined;
        v = v.toObject().value(part);
    }
    return v;
}

// Sets `path` in `o` (creating objects on the way).
void assign(QJsonObject &o, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        o.insert(path.first(), value);
        return;
    }
    QJsonObject inner = o.value(path.first()).toObject();
    assign(inner, path.mid(1), value);
    o.insert(path.first(), inner);
}

QString local(const QDateTime &t)
{
    return t.isValid() ? QStringLiteral("%1 (%2 UTC)")
                             .arg(t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                  t.toUTC().toString(QStringLiteral("HH:mm")))
                       : QString();
}

} // namespace

QList<TemplateRenderer::Template> TemplateRenderer::bundled()
{
    QList<Template> out;
    const QDir dir(QStringLiteral(":/templates/updates"));
    for (const QString &name : dir.entryList({QStringLiteral("*.mustache")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out.append(fromText(name.chopped(int(QStringLiteral(".mustache").size())), QString::fromUtf8(f.readAll()),
                                tr("bundled")));
    }
    return out;
}

TemplateRenderer::Template TemplateRenderer::fromText(const QString &id, const QString &text, const QString &source)
{
    Template t;
    t.id = id;
    t.text = text;
    t.source = source;
    t.title = id;
    static const QRegularExpression comment(QStringLiteral("^\\{\\{!(.*?)\\}\\}\\n?"), QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = comment.match(text);
    if (m.hasMatch()) {
        for (const QString &part : m.captured(1).split(u'|')) {
            const QString key = part.section(u':', 0, 0).trimmed();
            const QString value = part.section(u':', 1).trimmed();
            if (key == u"title")
                t.title = value;
            else if (key == u"audience")
                for (const QString &a : value.split(u','))
                    t.audiences.append(a.trimmed());
            else if (key == u"from")
                t.source = value;
        }
        t.text = text.mid(m.capturedLength());
    }
    return t;
}

QJsonObject TemplateRenderer::context(const Incident &incident, int updateNumber, const QDateTime &now, const QDateTime &nextUpdate,
                                      const QHash<QString, QString> &updateFields)
{
    const QDateTime started = incident.time(QStringLiteral("time.started")).isValid()    ? incident.time(QStringLiteral("time.started"))
                              : incident.time(QStringLiteral("time.detected")).isValid() ? incident.time(QStringLiteral("time.detected"))
                                                                                         : incident.declaredAt;
    const QDateTime end = incident.resolvedAt.isValid() ? incident.resolvedAt : now;
    QJsonObject impact;
    for (const char *key : {"users", "transactions", "financial", "dataLost"}) {
        const QString v = incident.field(QStringLiteral("impact.") + QLatin1String(key));
        if (!v.isEmpty())
            impact.insert(QLatin1String(key), v);
    }
    QJsonObject inc{{QStringLiteral("title"), incident.title},
                    {QStringLiteral("id"), incident.id.toString(QUuid::WithoutBraces).left(8)},
                    {QStringLiteral("severity"), Incident::severityName(incident.severity)},
                    {QStringLiteral("severityWord"), Incident::severityWord(incident.severity)},
                    {QStringLiteral("status"), Incident::statusName(incident.status)},
                    {QStringLiteral("declared"), local(incident.declaredAt)},
                    {QStringLiteral("started"), local(started)},
                    {QStringLiteral("duration"), started.isValid() ? formatDuration(Millis(started.msecsTo(end))) : QString()},
                    {QStringLiteral("impact"), impact}};
    // Only what is known: an empty value would be a silent blank.
    const auto put = [&inc](const QString &key, const QString &value) {
        if (!value.isEmpty())
            inc.insert(key, value);
    };
    put(QStringLiteral("environment"), incident.environment);
    put(QStringLiteral("commander"), incident.field(QStringLiteral("role.commander")));
    put(QStringLiteral("detected"), local(incident.time(QStringLiteral("time.detected"))));
    put(QStringLiteral("resolved"), local(incident.resolvedAt));
    put(QStringLiteral("summary"), incident.field(QStringLiteral("summary")));
    put(QStringLiteral("rootCause"), incident.field(QStringLiteral("rootCause")));
    QJsonObject update{{QStringLiteral("number"), QString::number(updateNumber)}, {QStringLiteral("time"), local(now)}};
    for (auto it = updateFields.cbegin(); it != updateFields.cend(); ++it)
        if (!it.value().trimmed().isEmpty())
            update.insert(it.key().startsWith(QStringLiteral("update.")) ? it.key().mid(7) : it.key(), it.value());
    QJsonObject out{{QStringLiteral("incident"), inc}, {QStringLiteral("update"), update}};
    if (nextUpdate.isValid())
        out.insert(QStringLiteral("next_update_at"), local(nextUpdate));
    return out;
}

QStringList TemplateRenderer::fields(const QString &templateText)
{
    // {{name}}, {{{name}}}, {{& name}} outside any section: the fields to
    // fill. Inside {{#list}}…{{/list}} names belong to the list's items;
    // comments and partials are no fields.
    static const QRegularExpression tag(QStringLiteral("\\{\\{(\\{?)\\s*([#^/!>&]?)\\s*([A-Za-z_][A-Za-z0-9_.]*)[^}]*\\}?\\}\\}"));
    QStringList out;
    int depth = 0;
    for (auto it = tag.globalMatch(templateText); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString kind = m.captured(2);
        if (kind == u"#" || kind == u"^") {
            ++depth;
            continue;
        }
        if (kind == u"/") {
            depth = qMax(0, depth - 1);
            continue;
        }
        if (kind == u"!" || kind == u">" || depth > 0)
            continue;
        const QString name = m.captured(3);
        if (!out.contains(name))
            out.append(name);
    }
    return out;
}

TemplateRenderer::Rendered TemplateRenderer::render(const QString &templateText, const QJsonObject &context)
{
    Rendered out;
    QJsonObject filled = context;
    for (const QString &field : fields(templateText)) {
        const QJsonValue v = lookup(context, field);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())) {
            out.missing.append(field);
            assign(filled, field.split(u'.'), marker(field));
        }
    }
    mstch::mustache tmpl{templateText.toStdString()};
    if (!tmpl.is_valid()) {
        out.error = QString::fromStdString(tmpl.error_message());
        return out;
    }
    // Plain text and Markdown, not HTML: nothing to escape.
    tmpl.set_custom_escape([](const std::string &s) { return s; });
    out.text = QString::fromStdString(tmpl.render(toData(filled)));
    return out;
}

} // namespace qd
