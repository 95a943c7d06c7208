#include "planimport/readers/tjplexer.h"

#include "planimport/planreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::TaskJugglerReader)
};

// A macro body is text the file wrote; a million expansions or 64 M
// characters of them is no plan but a macro that calls itself.
constexpr int MaxExpansions = 1000000;
constexpr qint64 MaxExpandedChars = 64LL * 1024 * 1024;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'!' || c == u':';
}
} // namespace

TjLexer::TjLexer(const QByteArray &content, const QString &path)
{
    const QFileInfo info(path);
    m_fileName = info.fileName();
    m_root = info.absoluteDir().canonicalPath();
    if (content.size() > planreadlimits::MaxFileBytes) {
        m_error = Tr::tr("%1: the file is larger than %2 MB, more than any plan holds; it was not read.")
                      .arg(info.fileName())
                      .arg(planreadlimits::MaxFileBytes / (1024 * 1024));
        return;
    }
    m_readBytes = content.size();
    m_stack << Source{QString::fromUtf8(content), 0, path, QString(), 1};
    m_including << info.canonicalFilePath();
}

void TjLexer::fail(const QString &where, const QString &message)
{
    // A refusal names the project file, and the included file when it is another.
    const QString &file = m_fileName;
    if (m_error.isEmpty())
        m_error = where.startsWith(file) ? Tr::tr("%1: %2").arg(where, message)
                                         : Tr::tr("%1: %2: %3").arg(file, where, message);
    m_stack.clear();
}

QString TjLexer::here(const Source &s) const
{
    if (!s.where.isEmpty())
        return s.where;
    return Tr::tr("%1, line %2").arg(QFileInfo(s.file).fileName()).arg(s.line);
}

const TjToken &TjLexer::peek()
{
    if (!m_hasPeeked) {
        m_peeked = lex();
        m_hasPeeked = true;
    }
    return m_peeked;
}

TjToken TjLexer::next()
{
    if (m_hasPeeked) {
        m_hasPeeked = false;
        return m_peeked;
    }
    return lex();
}

bool TjLexer::skipSpace(Source &s, bool *newline)
{
    const QString &t = s.text;
    while (s.pos < t.size()) {
        const QChar c = t.at(s.pos);
        if (c == u'\n') {
            *newline = true;
            ++s.line;
            ++s.pos;
        } else if (c.isSpace()) {
            ++s.pos;
        } else if (c == u'#' || (c == u'/' && s.pos + 1 < t.size() && t.at(s.pos + 1) == u'/')) {
            while (s.pos < t.size() && t.at(s.pos) != u'\n')
                ++s.pos;
        } else if (c == u'/' && s.pos + 1 < t.size() && t.at(s.pos + 1) == u'*') {
            const qsizetype close = t.indexOf(QStringLiteral("*/"), s.pos + 2);
            const qsizetype stop = close < 0 ? t.size() : close + 2;
            s.line += int(QStringView(t).mid(s.pos, stop - s.pos).count(u'\n'));
            s.pos = stop;
        } else {
            return true;
        }
    }
    return false;
}

TjToken TjLexer::lex()
{
    bool newline = false;
    while (!m_stack.isEmpty()) {
        Source &s = m_stack.last();
        const bool more = skipSpace(s, &newline);
        if (newline)
            m_atLineStart = true;
        if (!more) {
            if (!s.file.isEmpty())
                m_including.removeLast();
            m_stack.removeLast();
            continue;
        }
        const QString &t = s.text;
        const QChar c = t.at(s.pos);
        const QChar c1 = s.pos + 1 < t.size() ? t.at(s.pos + 1) : QChar();
        TjToken token;
        token.where = here(s);
        token.lineStart = m_atLineStart;
        if (c == u'$' && c1 == u'{') {
            expandMacro(s, token.where);
            continue;
        }
        if (c == u'"' || c == u'\'') {
            QString text;
            qsizetype i = s.pos + 1;
            for (; i < t.size() && t.at(i) != c; ++i) {
                if (t.at(i) == u'\\' && i + 1 < t.size())
                    ++i;
                if (t.at(i) == u'\n')
                    ++s.line;
                text += t.at(i);
            }
            if (i >= t.size()) {
                fail(token.where, Tr::tr("a string is not closed."));
                break;
            }
            s.pos = i + 1;
            token.kind = TjToken::String;
            token.text = expandInString(text, token.where);
        } else if (QStringView(t).mid(s.pos, 4) == u"-8<-") {
            const qsizetype close = t.indexOf(QStringLiteral("->8-"), s.pos + 4);
            if (close < 0) {
                fail(token.where, Tr::tr("a -8<- string is not closed with ->8-."));
                break;
            }
            token.kind = TjToken::String;
            token.text = t.mid(s.pos + 4, close - s.pos - 4).trimmed();
            s.line += int(token.text.count(u'\n'));
            s.pos = close + 4;
        } else if (c.isDigit()) {
            qsizetype i = s.pos;
            while (i < t.size() && (t.at(i).isLetterOrNumber() || QStringView(u".:-+%").contains(t.at(i))))
                ++i;
            token.kind = TjToken::Number;
            token.text = t.mid(s.pos, i - s.pos);
            s.pos = i;
        } else if (isWordChar(c)) {
            qsizetype i = s.pos;
            while (i < t.size() && isWordChar(t.at(i)))
                ++i;
            token.kind = TjToken::Word;
            token.text = t.mid(s.pos, i - s.pos);
            s.pos = i;
            if (token.text == u"macro") {
                readMacroDefinition(s, token.where);
                continue;
            }
            if (token.text == u"include") {
                const TjToken name = lex();
                if (name.kind != TjToken::String) {
                    fail(token.where, Tr::tr("include names no file."));
                    break;
                }
                include(name.text, token.where);
                m_atLineStart = true;
                continue;
            }
        } else if (c == u'%' && c1 == u'{') {
            const qsizetype close = t.indexOf(u'}', s.pos);
            const qsizetype stop = close < 0 ? t.size() : close + 1;
            token.kind = TjToken::Word;
            token.text = t.mid(s.pos, stop - s.pos);
            s.pos = stop;
        } else {
            token.kind = TjToken::Punct;
            token.text = c;
            ++s.pos;
        }
        if (token.text.size() > planreadlimits::MaxTextChars) {
            fail(token.where, Tr::tr("a text is longer than %1 characters.").arg(planreadlimits::MaxTextChars));
            break;
        }
        m_atLineStart = false;
        return token;
    }
    return TjToken{TjToken::End, QString(), QString(), true};
}

QString TjLexer::expandInString(QString text, const QString &where)
{
    // "${content_title}" in a name: TaskJuggler expands macros in strings too.
    for (int round = 0; round < 8 && text.contains(QStringLiteral("${")); ++round) {
        QString out;
        qsizetype from = 0;
        for (qsizetype open = text.indexOf(QStringLiteral("${")); open >= 0; open = text.indexOf(QStringLiteral("${"), from)) {
            const qsizetype close = text.indexOf(u'}', open);
            if (close < 0)
                break;
            out += QStringView(text).mid(from, open - from);
            const QString name = text.mid(open + 2, close - open - 2).trimmed();
            if (m_macros.contains(name))
                out += m_macros.value(name);
            else
                out += QStringView(text).mid(open, close + 1 - open);
            from = close + 1;
        }
        out += QStringView(text).mid(from);
        if (out == text)
            break;
        m_expandedChars += out.size();
        if (out.size() > planreadlimits::MaxTextChars || m_expandedChars > MaxExpandedChars) {
            fail(where, Tr::tr("a string's macros expand to more than any plan holds."));
            return QString();
        }
        text = out;
    }
    return text;
}

void TjLexer::readMacroDefinition(Source &s, const QString &where)
{
    bool newline = false;
    skipSpace(s, &newline);
    const QString &t = s.text;
    qsizetype i = s.pos;
    while (i < t.size() && isWordChar(t.at(i)))
        ++i;
    const QString name = t.mid(s.pos, i - s.pos);
    s.pos = i;
    skipSpace(s, &newline);
    if (name.isEmpty() || s.pos >= t.size() || t.at(s.pos) != u'[') {
        fail(where, Tr::tr("a macro definition needs a name and a body in [ ]."));
        return;
    }
    int depth = 0;
    const qsizetype open = s.pos;
    for (i = open; i < t.size(); ++i) {
        if (t.at(i) == u'[')
            ++depth;
        else if (t.at(i) == u']' && --depth == 0)
            break;
        else if (t.at(i) == u'\n')
            ++s.line;
    }
    if (i >= t.size()) {
        fail(where, Tr::tr("the macro %1 is not closed with ].").arg(name));
        return;
    }
    m_macros.insert(name, t.mid(open + 1, i - open - 1));
    ++macros;
    s.pos = i + 1;
}

void TjLexer::expandMacro(Source &s, const QString &where)
{
    const QString &t = s.text;
    const qsizetype close = t.indexOf(u'}', s.pos);
    if (close < 0) {
        fail(where, Tr::tr("a macro use ${ is not closed with }."));
        return;
    }
    const QString call = t.mid(s.pos + 2, close - s.pos - 2).trimmed();
    s.pos = close + 1;
    // ${name "argument" ...}: the arguments replace ${1}, ${2}, ... in the body.
    QStringList parts;
    QString name = call.section(u' ', 0, 0);
    const bool optional = name.startsWith(u'?');
    if (optional)
        name.remove(0, 1);
    const QStringList quoted = call.mid(call.section(u' ', 0, 0).size()).split(u'"', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < quoted.size(); ++i) {
        if (!quoted.at(i).trimmed().isEmpty())
            parts << quoted.at(i);
    }
    if (!m_macros.contains(name)) {
        if (!optional)
            warnings << Tr::tr("%1: the macro %2 is not defined; it was read as nothing.").arg(where, name);
        return;
    }
    QString body = m_macros.value(name);
    for (qsizetype i = 0; i < parts.size(); ++i)
        body.replace(QStringLiteral("${%1}").arg(i + 1), parts.at(i));
    m_expandedChars += body.size();
    if (++m_expansions > MaxExpansions || m_expandedChars > MaxExpandedChars || m_stack.size() > planreadlimits::MaxDepth) {
        fail(where, Tr::tr("the macro %1 expands without end (it uses itself, or expands to more than any plan holds).").arg(name));
        return;
    }
    m_stack << Source{body, 0, QString(), where, 1};
}

void TjLexer::include(const QString &name, const QString &where)
{
    QString base;
    for (qsizetype i = m_stack.size() - 1; i >= 0 && base.isEmpty(); --i)
        base = m_stack.at(i).file;
    const QString resolved = QFileInfo(name).isAbsolute() ? name : QFileInfo(base).absoluteDir().filePath(name);
    const QString canonical = QFileInfo(resolved).canonicalFilePath();
    if (canonical.isEmpty() || m_root.isEmpty()) {
        warnings << Tr::tr("%1: the included file %2 is not there; the plan is read without it.").arg(where, name);
        return;
    }
    // An include reaches only files beside the project file or below it.
    if (!canonical.startsWith(m_root + u'/')) {
        fail(where, Tr::tr("the include of %1 reaches outside the project's directory; the file was not read.").arg(name));
        return;
    }
    if (m_including.contains(canonical)) {
        fail(where, Tr::tr("the include of %1 includes itself again (a cycle).").arg(name));
        return;
    }
    if (m_including.size() >= planreadlimits::MaxDepth) {
        fail(where, Tr::tr("includes are nested more than %1 deep.").arg(planreadlimits::MaxDepth));
        return;
    }
    QFile file(canonical);
    if (!file.open(QIODevice::ReadOnly)) {
        warnings << Tr::tr("%1: the included file %2 cannot be read; the plan is read without it.").arg(where, name);
        return;
    }
    m_readBytes += file.size();
    if (m_readBytes > planreadlimits::MaxFileBytes) {
        fail(where, Tr::tr("the project and its includes are larger than %1 MB.").arg(planreadlimits::MaxFileBytes / (1024 * 1024)));
        return;
    }
    m_stack << Source{QString::fromUtf8(file.readAll()), 0, canonical, QString(), 1};
    m_including << canonical;
}

} // namespace horisont
