#pragma once

#include <QByteArray>
#include <QString>

namespace horisont {

class Plan;

/// A plan's whole content — every item of every kind, not the ledger — as
/// bytes a version keeps: each table's columns by name and its rows, in
/// CBOR, compressed. Named columns let a later Horisont, whose tables have
/// more columns, still read a version frozen today.
namespace plancontent {

QByteArray encode(const Plan &plan);

/// Replaces `plan` with the encoded content. False with *error (naming the
/// table, row and column) when the bytes are not content this format can
/// hold: damaged, too large, of an unknown kind or column, a value Horisont
/// cannot have written, or items that do not hang together.
bool decode(const QByteArray &content, Plan &plan, QString *error);

/// The SHA-256 (hex) of the given parts: what makes a version's content
/// and its decision tamper-evident.
QString digest(const QList<QByteArray> &parts);

} // namespace plancontent
} // namespace horisont
