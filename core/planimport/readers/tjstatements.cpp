#include "planimport/readers/tjstatements.h"

#include <QHash>

namespace horisont::tjstatements {

QString family(const QString &keyword)
{
    static const QHash<QString, QString> families{
        {QStringLiteral("depends"), QStringLiteral("dependencies")}, {QStringLiteral("precedes"), QStringLiteral("dependencies")},
        {QStringLiteral("leaves"), QStringLiteral("vacations")}, {QStringLiteral("vacation"), QStringLiteral("vacations")},
        {QStringLiteral("shifts"), QStringLiteral("shifts")}, {QStringLiteral("shift"), QStringLiteral("shifts")},
        {QStringLiteral("booking"), QStringLiteral("bookings")}, {QStringLiteral("rate"), QStringLiteral("rates")},
        {QStringLiteral("flags"), QStringLiteral("flags")}, {QStringLiteral("scenario"), QStringLiteral("scenarios")},
        {QStringLiteral("effort"), QStringLiteral("effort")}, {QStringLiteral("journalentry"), QStringLiteral("journal entries")},
        {QStringLiteral("workinghours"), QStringLiteral("working hours")}, {QStringLiteral("limits"), QStringLiteral("limits")},
    };
    if (keyword.endsWith(u"report") || keyword == u"export" || keyword == u"navigator")
        return QStringLiteral("reports");
    return families.value(keyword, keyword);
}

bool atPunct(TjLexer &lex, QStringView p)
{
    return lex.peek().kind == TjToken::Punct && lex.peek().text == p;
}

void skipBlock(TjLexer &lex)
{
    int depth = 0;
    do {
        const TjToken t = lex.next();
        if (t.kind == TjToken::End)
            return;
        if (t.kind == TjToken::Punct && t.text == u"{")
            ++depth;
        else if (t.kind == TjToken::Punct && t.text == u"}")
            --depth;
    } while (depth > 0);
}

void skipRest(TjLexer &lex)
{
    bool continued = false;
    for (;;) {
        const TjToken &t = lex.peek();
        if (t.kind == TjToken::End || (t.kind == TjToken::Punct && t.text == u"}"))
            return;
        if (t.kind == TjToken::Punct && t.text == u"{") {
            skipBlock(lex);
            return;
        }
        if (t.lineStart && !continued)
            return;
        continued = t.kind == TjToken::Punct && t.text == u",";
        lex.next();
    }
}

std::pair<QString, QString> idAndName(TjLexer &lex)
{
    QString id;
    // An id may be glued from macros ("${content}${major}"): all up to the name.
    while ((lex.peek().kind == TjToken::Word || lex.peek().kind == TjToken::Number) && !lex.peek().lineStart)
        id += lex.next().text;
    QString name;
    if (lex.peek().kind == TjToken::String && !lex.peek().lineStart)
        name = lex.next().text;
    return {id, name};
}

QList<QString> references(TjLexer &lex)
{
    QList<QString> refs;
    while (!lex.failed()) {
        const TjToken &t = lex.peek();
        if (t.kind != TjToken::Word || (t.lineStart && !refs.isEmpty()))
            break;
        refs << lex.next().text;
        if (atPunct(lex, u"{"))
            skipBlock(lex);
        if (!atPunct(lex, u","))
            break;
        lex.next();
    }
    skipRest(lex);
    return refs;
}

} // namespace horisont::tjstatements
