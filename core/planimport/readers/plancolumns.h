#pragma once

#include "ledger/import/textencoding.h"

#include <QChar>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace horisont {

/// What a column of a plan spreadsheet ("åtgärdsplan") can hold.
enum class PlanColumn { Phase, Intervention, Activity, Responsible, Start, End, Budget, Year, Funding, Notes };
inline constexpr int PlanColumnCount = 10;

/// How to read one plan spreadsheet, shaped like the ledger import's
/// profile (ImportProfile) so that a user who wrote one can write the other.
/// Every part is optional; what is not set is found out from the file:
/// {"sheet": "Plan" or 1, "headerRow": 3, "dateFormat": "d/M/yyyy", "decimalComma": true,
///  "separator": ";", "encoding": "windows-1252",
///  "columns": {"phase": "Fas", "intervention": "Åtgärd", "budget": "Kostnad (kr)", ...}}
struct PlanSheetProfile {
    QString sheetName; ///< the worksheet by its name; empty: by sheetIndex
    int sheetIndex = 0; ///< 0-based; the profile writes it 1-based, as a user counts sheets
    int headerRow = 0; ///< 1-based row (XLSX) or record (CSV) of the header; 0: found
    QString dateFormat; ///< a QDate format for text dates, tried before the usual shapes
    QChar decimal; ///< ',' or '.', null: judged from the amounts
    QChar separator; ///< CSV; null: sniffed
    std::optional<TextEncoding> encoding; ///< CSV; none: UTF-8 if it is, else Windows-1252
    std::array<QString, PlanColumnCount> columns; ///< header names by PlanColumn; empty: the usual names

    /// Parses a profile; nullopt with *error naming the key at fault (without a file name).
    static std::optional<PlanSheetProfile> fromJson(const QByteArray &json, QString *error);
};

/// The column index (or -1) of every field in a header row, and the columns
/// no field took.
struct PlanColumnMap {
    std::array<int, PlanColumnCount> index;
    QStringList unknown; ///< header names of the columns left unread
    PlanColumnMap() { index.fill(-1); }
    int operator[](PlanColumn c) const { return index[size_t(c)]; }
    bool has(PlanColumn c) const { return index[size_t(c)] >= 0; }
    /// How many fields the header names.
    int found() const;

    /// Maps a header row: the profile's names first, then the common Swedish
    /// and English ones, matched ignoring case, accents, spaces, dots,
    /// underscores and hyphens ("Ansvarig förvaltning", "Start date").
    static PlanColumnMap map(const QStringList &header, const PlanSheetProfile &profile);
    /// Empty when the columns a plan needs are there; else what is missing
    /// (a phase, an intervention, a start or a year), and a profile's column
    /// that the header lacks.
    QString missing(const PlanSheetProfile &profile) const;
};

namespace plancolumns {
QString key(PlanColumn c); ///< the profile's key: "phase", "intervention", ...
QString label(PlanColumn c); ///< "Fas/Phase", for messages
} // namespace plancolumns

} // namespace horisont
