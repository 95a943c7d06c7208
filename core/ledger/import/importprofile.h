#pragma once

#include "ledger/import/textencoding.h"

#include <QChar>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace horisont {

/// The fields of a transaction that a ledger column can hold.
enum class LedgerField {
    Voucher, Line, Date, Amount, Account, Organisation, Intervention, Fund, Text, Currency,
};
inline constexpr int LedgerFieldCount = 10;

/// How to read one finance system's export. Every part is optional; what is
/// not set is found out from the file. Saved as JSON:
/// {"separator": ";", "encoding": "utf-8", "decimal": ",", "dateFormat": "yyyyMMdd",
///  "columns": {"voucher": "Bilagsnr", "amount": "Belopp", ...}}
struct ImportProfile {
    QChar separator;
    std::optional<TextEncoding> encoding;
    QChar decimal;
    QString dateFormat;
    std::array<QString, LedgerFieldCount> columns; ///< header names by LedgerField; empty: by the usual names

    /// Parses a profile; returns nullopt with *error (without a file name) on bad JSON or values.
    static std::optional<ImportProfile> fromJson(const QByteArray &json, QString *error);
    /// Reads and parses a profile file of at most importlimits::ProfileBytes;
    /// nullopt with *error (without the file name) otherwise.
    static std::optional<ImportProfile> fromFile(const QString &path, QString *error);
    QByteArray toJson() const;
};

/// The column index (or -1) of every field in a header.
struct ColumnMapping {
    std::array<int, LedgerFieldCount> index;
    ColumnMapping() { index.fill(-1); }
    int operator[](LedgerField field) const { return index[size_t(field)]; }
    bool has(LedgerField field) const { return index[size_t(field)] >= 0; }

    /// Maps a header: the profile's names first, then the common Swedish and
    /// English names, matched ignoring case, accents, spaces, dots,
    /// underscores and hyphens. Returns false with *error when a column the
    /// profile names is missing or when there is no date or amount column.
    static bool map(const QStringList &header, const ImportProfile &profile, ColumnMapping *mapping, QString *error);
};

namespace ledgerfields {
/// The JSON object a profile file holds (the ledger's, a plan spreadsheet's);
/// nullopt with *error (without a file name) when it holds none.
std::optional<QJsonObject> profileObject(const QByteArray &json, QString *error);
QString key(LedgerField field); ///< "voucher", "amount", … (profile keys)
/// "Bokföringsdatum" → "bokforingsdatum", "konto_nr" → "kontonr".
QString normalisedHeader(const QString &name);
} // namespace ledgerfields

} // namespace horisont
