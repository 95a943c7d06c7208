#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace horisont {

/// One token of a TaskJuggler file.
struct TjToken {
    enum Kind { End, Word, String, Number, Punct };
    Kind kind = End;
    QString text;
    QString where; ///< "file, line N" (a macro's tokens: where it was used)
    bool lineStart = false; ///< the first token on its line (statements end at a line's end)
};

/// The tokens of a TaskJuggler project file with its `include`d files and
/// its macros expanded, bounded: includes resolve relative to the including
/// file and must stay inside the project file's directory (no absolute path
/// outside it, no cycle, at most planreadlimits::MaxDepth deep); macros
/// expand at most a bounded number of times and characters, so a macro that
/// uses itself ends in a refusal, not a hang. Comments (#, //, /* */) are
/// skipped; strings are "..." or '...' or -8<- ... ->8-.
class TjLexer
{
public:
    TjLexer(const QByteArray &content, const QString &path);

    TjToken next();
    const TjToken &peek();
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &where, const QString &message);
    /// Sets a predefined macro (${projectstart}, ${now}).
    void define(const QString &name, const QString &value) { m_macros.insert(name, value); }
    /// Missing includes and unknown macros: read on without them.
    QStringList warnings;
    /// Macro definitions are read by the lexer; the parser never sees them.
    int macros = 0;

private:
    struct Source {
        QString text;
        qsizetype pos = 0;
        QString file; ///< the file's path ("" for a macro's text)
        QString where; ///< for a macro: where it was used
        int line = 1;
    };
    TjToken lex();
    bool skipSpace(Source &s, bool *newline);
    QString here(const Source &s) const;
    QString expandInString(QString text, const QString &where);
    void readMacroDefinition(Source &s, const QString &where);
    void expandMacro(Source &s, const QString &where);
    void include(const QString &name, const QString &where);

    QList<Source> m_stack;
    QHash<QString, QString> m_macros;
    QString m_fileName; ///< the project file's name, which every refusal names
    QString m_root; ///< the project file's directory, includes stay inside
    QStringList m_including; ///< canonical paths of the files being read, for cycles
    QString m_error;
    TjToken m_peeked;
    bool m_hasPeeked = false;
    bool m_atLineStart = true;
    qint64 m_expandedChars = 0;
    int m_expansions = 0;
    qint64 m_readBytes = 0;
};

} // namespace horisont
