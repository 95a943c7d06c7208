#include "model/commandtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace horisont {
namespace {

/// %1 … %99 replaced by the arguments in one pass, so that an argument that
/// itself holds "%2" (a name can) is never filled in again.
QString substituted(const QString &text, const QStringList &args)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('%') && i + 1 < text.size() && text[i + 1].isDigit()) {
            qsizetype end = i + 1;
            int number = 0;
            while (end < text.size() && text[end].isDigit() && end < i + 3)
                number = number * 10 + text[end++].digitValue();
            if (number >= 1 && number <= args.size()) {
                result += args.at(number - 1);
                i = end - 1;
                continue;
            }
        }
        result += text[i];
    }
    return result;
}

} // namespace

CommandText::CommandText(const char *context, const char *source, int n)
    : m_context(context), m_text(QString::fromUtf8(source)), m_n(n)
{
}

CommandText CommandText::verbatim(const QString &text)
{
    CommandText t;
    t.m_text = text;
    return t;
}

CommandText CommandText::arg(const CommandText &argument) const
{
    CommandText t = *this;
    t.m_args.push_back(argument);
    return t;
}

CommandText CommandText::arg(const QString &verbatimArgument) const
{
    return arg(verbatim(verbatimArgument));
}

CommandText CommandText::lowercased() const
{
    CommandText t = *this;
    t.m_lower = true;
    return t;
}

QString CommandText::toString() const
{
    QString text = isTranslatable()
                       ? QCoreApplication::translate(m_context.constData(), m_text.toUtf8().constData(), nullptr, m_n)
                       : m_text;
    if (!m_args.empty()) {
        QStringList args;
        for (const CommandText &a : m_args)
            args << a.toString();
        text = substituted(text, args);
    }
    return m_lower ? text.toLower() : text;
}

QJsonValue CommandText::toJson() const
{
    if (!isTranslatable() && m_args.empty() && !m_lower)
        return m_text;
    QJsonObject object{{QStringLiteral("tr"), QString::fromUtf8(m_context)}, {QStringLiteral("text"), m_text}};
    if (m_n >= 0)
        object.insert(QStringLiteral("n"), m_n);
    if (m_lower)
        object.insert(QStringLiteral("lower"), true);
    if (!m_args.empty()) {
        QJsonArray args;
        for (const CommandText &a : m_args)
            args.append(a.toJson());
        object.insert(QStringLiteral("args"), args);
    }
    return object;
}

std::optional<CommandText> CommandText::fromJson(const QJsonValue &json)
{
    if (json.isString())
        return verbatim(json.toString());
    const QJsonObject object = json.toObject();
    const QJsonValue context = object.value(QLatin1String("tr"));
    const QJsonValue text = object.value(QLatin1String("text"));
    if (!context.isString() || !text.isString())
        return std::nullopt;
    CommandText t;
    t.m_context = context.toString().toUtf8();
    t.m_text = text.toString();
    t.m_n = object.value(QLatin1String("n")).toInt(-1);
    t.m_lower = object.value(QLatin1String("lower")).toBool();
    for (const QJsonValue &a : object.value(QLatin1String("args")).toArray()) {
        std::optional<CommandText> argument = fromJson(a);
        if (!argument)
            return std::nullopt;
        t.m_args.push_back(*argument);
    }
    return t;
}

QString CommandText::toStored() const
{
    const QJsonValue json = toJson();
    if (json.isString())
        return json.toString();
    return QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
}

CommandText CommandText::fromStored(const QString &stored)
{
    // Only a JSON object that holds both keys is a stored translatable text;
    // a name or an earlier Horisont's translated words never are one.
    if (stored.startsWith(QLatin1Char('{')) && stored.endsWith(QLatin1Char('}'))) {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(stored.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && json.isObject()) {
            if (std::optional<CommandText> text = fromJson(json.object()))
                return *text;
        }
    }
    return verbatim(stored);
}

} // namespace horisont
