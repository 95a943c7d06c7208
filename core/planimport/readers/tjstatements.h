#pragma once

// The shape of TaskJuggler statements, apart from what they mean: where a
// statement ends, its { } block, an `id "Name"` head, a list of references,
// and the family an unmapped keyword is counted under. The reader
// (taskjugglerreader.cpp) decides what each statement does; these only walk
// the tokens, so the same rules hold for tasks, resources, accounts and charges.

#include "planimport/readers/tjplexer.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

namespace horisont::tjstatements {

/// What an unmapped statement is counted as: its keyword, or its family
/// ("depends" and "precedes" are both "dependencies"; every report is "reports").
QString family(const QString &keyword);

/// Whether the next token is the punctuation `p` ("{", ",", "%").
bool atPunct(TjLexer &lex, QStringView p);

/// Skips a balanced { } block, the next token being its "{".
void skipBlock(TjLexer &lex);

/// Skips the rest of a statement: the tokens up to the end of its line (a
/// line ending in a comma goes on), and its { } block.
void skipRest(TjLexer &lex);

/// An optional id and a name: `task id "Name"`, `task "Name"`.
std::pair<QString, QString> idAndName(TjLexer &lex);

/// A comma-separated list of ids, each perhaps with a { } block of options,
/// and the rest of the statement.
QList<QString> references(TjLexer &lex);

} // namespace horisont::tjstatements
