#include "xlsxcells.h"

#include "processes.h"

#include <QStringList>
#include <QXmlStreamReader>

namespace horisont::test {
namespace {

/// One member of the workbook's zip, through `unzip -p`.
QByteArray member(const QString &path, const QString &name, QString *error)
{
    const ProcessResult r = runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), path, name});
    if (r.exitCode != 0 && error->isEmpty())
        *error = QStringLiteral("unzip -p %1 %2: %3").arg(path, name, r.err);
    return r.out.toUtf8();
}

/// The text of every <si> (a shared string may be split into runs).
QStringList sharedStrings(const QByteArray &xml)
{
    QStringList strings;
    QXmlStreamReader reader(xml);
    QString current;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("si"))
            current.clear();
        else if (reader.isStartElement() && reader.name() == QLatin1String("t"))
            current += reader.readElementText();
        else if (reader.isEndElement() && reader.name() == QLatin1String("si"))
            strings << current;
    }
    return strings;
}

QStringList sheetNames(const QByteArray &workbook)
{
    QStringList names;
    QXmlStreamReader reader(workbook);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == QLatin1String("sheet"))
            names << reader.attributes().value(QLatin1String("name")).toString();
    }
    return names;
}

QString cells(const QByteArray &sheet, const QStringList &strings)
{
    QString out;
    QXmlStreamReader reader(sheet);
    QString ref, type, value, formula;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("c")) {
            ref = reader.attributes().value(QLatin1String("r")).toString();
            type = reader.attributes().value(QLatin1String("t")).toString();
            value.clear();
            formula.clear();
        } else if (reader.isStartElement() && reader.name() == QLatin1String("v")) {
            value = reader.readElementText();
        } else if (reader.isStartElement() && reader.name() == QLatin1String("f")) {
            formula = reader.readElementText();
        } else if (reader.isStartElement() && reader.name() == QLatin1String("t")) {
            value += reader.readElementText(); // an inline string
        } else if (reader.isEndElement() && reader.name() == QLatin1String("c")) {
            if (type == QLatin1String("s"))
                value = strings.value(value.toInt());
            if (!formula.isEmpty())
                value = QLatin1Char('=') + formula + (value.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(value));
            if (!value.isEmpty())
                out += ref + QLatin1Char('\t') + value + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace

QString xlsxCells(const QString &path, QString *error)
{
    error->clear();
    const QStringList names = sheetNames(member(path, QStringLiteral("xl/workbook.xml"), error));
    const QStringList strings = sharedStrings(member(path, QStringLiteral("xl/sharedStrings.xml"), error));
    QString out;
    for (qsizetype i = 0; i < names.size(); ++i) {
        out += QLatin1Char('[') + names[i] + QStringLiteral("]\n");
        out += cells(member(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), error), strings);
    }
    return error->isEmpty() ? out : QString();
}

} // namespace horisont::test
