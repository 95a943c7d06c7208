#include "planimport/readers/xlsxsheet.h"

#include "planimport/planreader.h"
#include "planimport/readers/xmlguard.h"
#include "planimport/readers/zipmember.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PlanSpreadsheet)
};

constexpr int MaxColumns = 16384; // XFD, the last column Excel has

/// What the workbook says about the sheet to read and where its parts are.
struct Workbook {
    QString sheet; ///< the worksheet's part, "xl/worksheets/sheet1.xml"
    QString strings; ///< the shared strings' part, empty when there is none
    QString styles;
    bool date1904 = false;
};

/// A relationship's target as a member path: relative to xl/ unless absolute.
QString memberOf(const QString &target)
{
    const QString path = target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
    return QDir::cleanPath(path);
}

/// The XML of a member, read through readZipMember's bounds.
std::optional<QByteArray> part(const QByteArray &zip, const QString &member, const QString &path, QString *error)
{
    return readZipMember(zip, member, path, error);
}

/// The guard's refusal with the member it was in ("plan.xlsx, line 3: … (xl/styles.xml)").
bool failed(const XmlGuard &xml, const QString &member, QString *error)
{
    if (!xml.failed())
        return false;
    *error = Tr::tr("%1 (in %2)").arg(xml.error(), member);
    return true;
}

/// An attribute by its local name, whatever prefix the file gives its namespace ("r:id").
QString localAttribute(const XmlGuard &xml, QStringView name)
{
    for (const QXmlStreamAttribute &a : xml.xml().attributes()) {
        if (a.name() == name)
            return a.value().toString();
    }
    return QString();
}

/// The text of a string item (<si>, <is>): its <t>, or its runs' <t>s,
/// without the phonetic guides (<rPh>) Japanese workbooks carry.
QString richText(XmlGuard &xml)
{
    const int depth = xml.depth();
    QString text;
    while (xml.next() && xml.depth() >= depth) {
        if (xml.isStart(u"rPh"))
            xml.skipElement();
        else if (xml.isStart(u"t"))
            text += xml.readText();
        if (text.size() > planreadlimits::MaxTextChars)
            xml.fail(Tr::tr("a text is longer than %1 characters.").arg(planreadlimits::MaxTextChars));
    }
    return text;
}

bool readWorkbook(const QByteArray &zip, const QString &path, const QString &sheetName, int sheetIndex, Workbook *book,
                  QString *error)
{
    const QString bookMember = QStringLiteral("xl/workbook.xml");
    const auto bookXml = part(zip, bookMember, path, error);
    if (!bookXml)
        return false;
    QList<QPair<QString, QString>> sheets; // name, relationship id
    XmlGuard xml(*bookXml, path);
    while (xml.next()) {
        if (xml.isStart(u"workbookPr")) {
            const QString v = xml.attribute(u"date1904");
            book->date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (xml.isStart(u"sheet")) {
            sheets.append({xml.attribute(u"name"), localAttribute(xml, u"id")});
        }
    }
    if (failed(xml, bookMember, error))
        return false;
    QString wanted;
    if (!sheetName.isEmpty()) {
        for (const auto &s : std::as_const(sheets)) {
            if (s.first.compare(sheetName, Qt::CaseInsensitive) == 0)
                wanted = s.second;
        }
        if (wanted.isEmpty()) {
            QStringList names;
            for (const auto &s : std::as_const(sheets))
                names << s.first;
            *error = Tr::tr("%1: the workbook has no sheet \"%2\" (it has: %3)")
                         .arg(QFileInfo(path).fileName(), sheetName, names.join(QLatin1String(", ")));
            return false;
        }
    } else if (sheetIndex < sheets.size()) {
        wanted = sheets[sheetIndex].second;
    } else {
        *error = Tr::tr("%1: the workbook has %n sheet(s), not a sheet %2", nullptr, int(sheets.size()))
                     .arg(QFileInfo(path).fileName())
                     .arg(sheetIndex + 1);
        return false;
    }
    const QString relsMember = QStringLiteral("xl/_rels/workbook.xml.rels");
    const auto relsXml = part(zip, relsMember, path, error);
    if (!relsXml)
        return false;
    XmlGuard rels(*relsXml, path);
    while (rels.next()) {
        if (!rels.isStart(u"Relationship"))
            continue;
        const QString type = rels.attribute(u"Type");
        const QString target = memberOf(rels.attribute(u"Target"));
        if (rels.attribute(u"Id") == wanted)
            book->sheet = target;
        else if (type.endsWith(QLatin1String("/sharedStrings")))
            book->strings = target;
        else if (type.endsWith(QLatin1String("/styles")))
            book->styles = target;
    }
    if (failed(rels, relsMember, error))
        return false;
    if (book->sheet.isEmpty()) {
        *error = Tr::tr("%1: the workbook names a sheet that it does not hold (%2)").arg(QFileInfo(path).fileName(), relsMember);
        return false;
    }
    return true;
}

/// Whether a custom number format shows a date: it has days or years
/// outside quoted text, escapes and [colour]/[$-locale] brackets. A month
/// alone ("mm") cannot tell a date from minutes and is not taken for one.
bool isDateFormat(const QString &code)
{
    bool quoted = false, bracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\\' || c == u'_' || c == u'*')
            ++i; // the next character is shown as it is, or is padding
        else if (c == u'[')
            bracket = true;
        else if (c == u']')
            bracket = false;
        else if (!bracket && (c == u'd' || c == u'D' || c == u'y' || c == u'Y'))
            return true;
    }
    return false;
}

/// Per cell style (xf index): whether it shows numbers as dates.
bool readStyles(const QByteArray &zip, const QString &path, const QString &member, QList<bool> *dates, QString *error)
{
    const auto bytes = part(zip, member, path, error);
    if (!bytes)
        return false;
    QHash<int, bool> custom;
    XmlGuard xml(*bytes, path);
    bool inCellXfs = false;
    while (xml.next()) {
        if (xml.isStart(u"numFmt")) {
            custom.insert(xml.attribute(u"numFmtId").toInt(), isDateFormat(xml.attribute(u"formatCode")));
        } else if (xml.isStart(u"cellXfs")) {
            inCellXfs = true;
        } else if (xml.isEnd(u"cellXfs")) {
            inCellXfs = false;
        } else if (inCellXfs && xml.isStart(u"xf")) {
            const int id = xml.attribute(u"numFmtId").toInt();
            // Built-in 14–22: dates, times and date-times in the reader's own locale.
            dates->append(custom.contains(id) ? custom.value(id) : (id >= 14 && id <= 22));
        }
    }
    return !failed(xml, member, error);
}

bool readStrings(const QByteArray &zip, const QString &path, const QString &member, QStringList *strings, QString *error)
{
    const auto bytes = part(zip, member, path, error);
    if (!bytes)
        return false;
    XmlGuard xml(*bytes, path);
    while (xml.next()) {
        if (xml.isStart(u"si"))
            strings->append(richText(xml));
    }
    return !failed(xml, member, error);
}

/// "AB12" → column 27 (0-based), or -1.
int columnOf(QStringView ref)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref.at(i).isLetter() && ref.at(i).unicode() < 0x80; ++i) {
        column = column * 26 + (ref.at(i).toUpper().unicode() - u'A' + 1);
        if (column > MaxColumns)
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}

/// Reads a <c> element (the guard at its start) into *cell; false when it holds nothing.
bool readCell(XmlGuard &xml, const QStringList &strings, const QList<bool> &dateStyles, bool date1904, SheetCell *cell)
{
    const QString type = xml.attribute(u"t");
    const int style = xml.attribute(u"s").toInt();
    const int depth = xml.depth();
    QString value;
    while (xml.next() && xml.depth() >= depth) {
        if (xml.isStart(u"v")) {
            value = xml.readText();
        } else if (xml.isStart(u"is")) {
            value = richText(xml);
        } else if (xml.isStart(u"f")) {
            xml.skipElement();
        }
    }
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int index = value.toInt(&ok);
        if (!ok || index < 0 || index >= strings.size()) {
            xml.fail(Tr::tr("a cell refers to shared string %1, which the workbook does not hold.").arg(value.left(20)));
            return false;
        }
        cell->text = strings[index];
    } else if (type.isEmpty() || type == QLatin1String("n")) {
        cell->text = value.trimmed();
        cell->kind = SheetCell::Kind::Number;
        if (style >= 0 && style < dateStyles.size() && dateStyles[style]) {
            if (const auto day = sheetrows::excelDate(cell->text, date1904)) {
                cell->kind = SheetCell::Kind::Date;
                cell->date = *day;
            }
        }
    } else if (type == QLatin1String("d")) {
        cell->text = value.trimmed();
        const QDate day = QDate::fromString(cell->text.left(10), Qt::ISODate);
        if (day.isValid()) {
            cell->kind = SheetCell::Kind::Date;
            cell->date = day;
        }
    } else {
        cell->text = value; // str (a formula's text), inlineStr, b, e ("#N/A"): as they show
    }
    return !cell->text.trimmed().isEmpty() || cell->kind == SheetCell::Kind::Date;
}

bool readSheet(const QByteArray &bytes, const QString &path, const QString &member, const QStringList &strings,
               const QList<bool> &dateStyles, bool date1904, SheetRows *out, QString *error)
{
    XmlGuard xml(bytes, path);
    int lastRow = 0;
    while (xml.next()) {
        if (!xml.isStart(u"row"))
            continue;
        SheetRow row;
        const int r = xml.attribute(u"r").toInt();
        row.number = r > lastRow ? r : lastRow + 1;
        lastRow = row.number;
        const int depth = xml.depth();
        int nextColumn = 0;
        while (xml.next() && xml.depth() >= depth) {
            if (!xml.isStart(u"c"))
                continue;
            const QString ref = xml.attribute(u"r");
            SheetCell cell;
            cell.column = ref.isEmpty() ? nextColumn : columnOf(ref);
            if (cell.column < nextColumn || cell.column >= MaxColumns) {
                xml.fail(Tr::tr("a cell's reference \"%1\" is not a column after the row's previous cell.").arg(ref.left(20)));
                break;
            }
            nextColumn = cell.column + 1;
            if (readCell(xml, strings, dateStyles, date1904, &cell))
                row.cells.append(cell);
        }
        if (xml.failed())
            break;
        if (row.cells.isEmpty())
            continue;
        if (out->rows.size() >= planreadlimits::MaxTasks) {
            xml.fail(Tr::tr("the sheet has more than %1 rows, more than any plan.").arg(planreadlimits::MaxTasks));
            break;
        }
        out->rows.append(row);
    }
    return !failed(xml, member, error);
}

} // namespace

std::optional<SheetRows> readXlsxSheet(const QByteArray &zip, const QString &path, const QString &sheetName, int sheetIndex,
                                       QString *error)
{
    Workbook book;
    if (!readWorkbook(zip, path, sheetName, sheetIndex, &book, error))
        return std::nullopt;
    QList<bool> dateStyles;
    QStringList strings;
    if ((!book.styles.isEmpty() && !readStyles(zip, path, book.styles, &dateStyles, error))
        || (!book.strings.isEmpty() && !readStrings(zip, path, book.strings, &strings, error)))
        return std::nullopt;
    const auto sheet = part(zip, book.sheet, path, error);
    if (!sheet)
        return std::nullopt;
    SheetRows rows;
    if (!readSheet(*sheet, path, book.sheet, strings, dateStyles, book.date1904, &rows, error))
        return std::nullopt;
    return rows;
}

} // namespace horisont
