#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

class QJsonValue;

namespace horisont {

/// A command's name as words in no particular language: a source text with
/// its translation context (and count, for "%n"), and the arguments for its
/// %1, %2 … — each a name from the plan, kept as it is, or a translatable
/// text itself ("Change %1 of «%2»" with the label "End" and a name). Shown
/// in the language of whoever reads it: Edit ▸ Undo, the change log, the
/// audit trail and the packs read the same line in Swedish or in English
/// whichever language it was done in.
///
/// The change log stores toStored(): a translatable text as compact JSON,
/// {"tr":context,"text":source,"n":count,"lower":true,"args":[…]} (the last
/// three only when set; keys in any order),
/// each argument a JSON string (kept as it is) or such an object; a text
/// kept as it is as itself. fromStored() reads both, and reads any other
/// text — a line written by an earlier Horisont — as a text kept as it is.
class CommandText
{
public:
    CommandText() = default;
    /// A text translated in `context` when shown. `source` must be marked
    /// for lupdate where it is written: QT_TRANSLATE_NOOP(context, …), or
    /// QT_TR_NOOP in a class whose tr() context is `context`.
    CommandText(const char *context, const char *source, int n = -1);
    /// Words that are the same in every language: a name, a year.
    static CommandText verbatim(const QString &text);
    /// A text in the tr() context of the QObject class `Class`, where
    /// `source` is marked with QT_TR_NOOP (so the class's catalogue entries
    /// serve the change log too).
    template<class Class>
    static CommandText of(const char *source, int n = -1)
    {
        return CommandText(Class::staticMetaObject.className(), source, n);
    }

    /// This text with its next argument (%1, then %2, …).
    CommandText arg(const CommandText &argument) const;
    CommandText arg(const QString &verbatimArgument) const;
    /// This text shown in lower case ("Change end …" from the label "End").
    CommandText lowercased() const;

    /// In the current language (the installed translators).
    QString toString() const;
    QString toStored() const;
    static CommandText fromStored(const QString &stored);

    bool isEmpty() const { return m_text.isEmpty(); }
    bool operator==(const CommandText &) const = default;

private:
    bool isTranslatable() const { return !m_context.isEmpty(); }
    QJsonValue toJson() const;
    static std::optional<CommandText> fromJson(const QJsonValue &json);

    QByteArray m_context; ///< empty: m_text is kept as it is
    QString m_text;
    int m_n = -1;
    bool m_lower = false;
    std::vector<CommandText> m_args;
};

} // namespace horisont
