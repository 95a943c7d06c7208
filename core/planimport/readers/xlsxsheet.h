#pragma once

#include "planimport/readers/sheetrows.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace horisont {

/// Reads one worksheet of an XLSX workbook (`zip`, the file's bytes): the
/// sheet named `sheetName`, else the `sheetIndex`th (0-based) in the
/// workbook's order. The zip is opened by libzip (readZipMember, which
/// refuses zip bombs and odd member paths) and every part is read with
/// QXmlStreamReader under XmlGuard's bounds. Shared and inline strings give
/// text; a number in a date style (built-in formats 14–22, or a custom
/// format that shows days or years) becomes a date. Nothing, with *error
/// naming `path` (and the part and line), for a damaged workbook.
std::optional<SheetRows> readXlsxSheet(const QByteArray &zip, const QString &path, const QString &sheetName,
                                       int sheetIndex, QString *error);

} // namespace horisont
