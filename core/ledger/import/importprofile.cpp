#include "ledger/import/importprofile.h"

#include "ledger/import/shownvalue.h"

#include "ledger/import/importlimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::LedgerImport)
};

const char *const kKeys[LedgerFieldCount] = {"voucher", "line", "date", "amount", "account",
                                             "organisation", "intervention", "fund", "text", "currency"};

/// The usual header names per field, most specific first.
const std::array<QStringList, LedgerFieldCount> &aliases()
{
    static const std::array<QStringList, LedgerFieldCount> all{
        QStringList{QStringLiteral("Ver.nr"), QStringLiteral("Verifikation"), QStringLiteral("Verifikationsnummer"),
                    QStringLiteral("Verifikationsnr"), QStringLiteral("Bilagsnr"), QStringLiteral("Bilagsnummer"),
                    QStringLiteral("Voucher"), QStringLiteral("Voucher no")},
        QStringList{QStringLiteral("Rad"), QStringLiteral("Radnr"), QStringLiteral("Line"), QStringLiteral("Line no")},
        QStringList{QStringLiteral("Bokf.datum"), QStringLiteral("Bokföringsdatum"), QStringLiteral("Bokf.dat"),
                    QStringLiteral("Datum"), QStringLiteral("Date"), QStringLiteral("Booking date")},
        QStringList{QStringLiteral("Belopp"), QStringLiteral("Nettobelopp"), QStringLiteral("Amount")},
        QStringList{QStringLiteral("Konto"), QStringLiteral("Kontonr"), QStringLiteral("Account")},
        QStringList{QStringLiteral("Ansvar"), QStringLiteral("Ansvarskod"), QStringLiteral("Organisation")},
        QStringList{QStringLiteral("Projekt"), QStringLiteral("Project")},
        QStringList{QStringLiteral("Finansiering"), QStringLiteral("Aktivitet"), QStringLiteral("Fund")},
        QStringList{QStringLiteral("Text"), QStringLiteral("Beskrivning"), QStringLiteral("Description"),
                    QStringLiteral("Leverantör"), QStringLiteral("Supplier")},
        QStringList{QStringLiteral("Valuta"), QStringLiteral("Currency")},
    };
    return all;
}

/// A profile's value that must be text when present: false with *error otherwise.
bool textValue(const QJsonObject &object, const QString &key, QString *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString()) {
        *error = Tr::tr("the profile's \"%1\" is not text").arg(shownValue(key));
        return false;
    }
    *out = value.toString();
    return true;
}

int findColumn(const QStringList &normalisedHeader, const QString &name)
{
    const QString wanted = ledgerfields::normalisedHeader(name);
    return wanted.isEmpty() ? -1 : int(normalisedHeader.indexOf(wanted));
}
} // namespace

namespace ledgerfields {
QString key(LedgerField field)
{
    return QLatin1String(kKeys[size_t(field)]);
}

std::optional<QJsonObject> profileObject(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? Tr::tr("not a JSON profile: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset)
                     : Tr::tr("not a JSON profile: expected an object");
        return std::nullopt;
    }
    return doc.object();
}

QString normalisedHeader(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.isSpace() || c == u'.' || c == u'_' || c == u'-'
            || c == u'\uFEFF')
            continue;
        out += c.toCaseFolded();
    }
    return out;
}
} // namespace ledgerfields

std::optional<ImportProfile> ImportProfile::fromJson(const QByteArray &json, QString *error)
{
    const std::optional<QJsonObject> object = ledgerfields::profileObject(json, error);
    if (!object)
        return std::nullopt;
    const QJsonObject &o = *object;
    ImportProfile p;
    QString separator, encoding, decimal;
    if (!textValue(o, QStringLiteral("separator"), &separator, error)
        || !textValue(o, QStringLiteral("encoding"), &encoding, error)
        || !textValue(o, QStringLiteral("decimal"), &decimal, error)
        || !textValue(o, QStringLiteral("dateFormat"), &p.dateFormat, error))
        return std::nullopt;
    const QJsonValue columnsValue = o.value(QLatin1String("columns"));
    if (!columnsValue.isUndefined() && !columnsValue.isNull() && !columnsValue.isObject()) {
        *error = Tr::tr("the profile's \"columns\" is not an object of column names");
        return std::nullopt;
    }
    if (!separator.isEmpty()) {
        const QString s = separator == QLatin1String("\\t") || separator.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0
                              ? QStringLiteral("\t")
                              : separator;
        if (s.size() != 1 || s.at(0).unicode() > 0x7F || s.at(0) == u'"') {
            *error = Tr::tr("the profile's separator \"%1\" is not one ASCII character").arg(shownValue(separator));
            return std::nullopt;
        }
        p.separator = s.at(0);
    }
    if (!encoding.isEmpty()) {
        TextEncoding e;
        if (!textencoding::encodingForName(encoding, &e)) {
            *error = Tr::tr("the profile's encoding \"%1\" is not utf-8 or windows-1252").arg(shownValue(encoding));
            return std::nullopt;
        }
        p.encoding = e;
    }
    if (!decimal.isEmpty()) {
        if (decimal != QLatin1String(",") && decimal != QLatin1String(".")) {
            *error = Tr::tr("the profile's decimal separator \"%1\" is not \",\" or \".\"").arg(shownValue(decimal));
            return std::nullopt;
        }
        p.decimal = decimal.at(0);
    }
    const QJsonObject columns = columnsValue.toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        bool known = false;
        for (int f = 0; f < LedgerFieldCount; ++f) {
            if (it.key() == QLatin1String(kKeys[f])) {
                if (!textValue(columns, it.key(), &p.columns[size_t(f)], error))
                    return std::nullopt;
                known = true;
            }
        }
        if (!known) {
            QStringList keys;
            for (const char *k : kKeys)
                keys << QLatin1String(k);
            *error = Tr::tr("the profile names an unknown field \"%1\" (known: %2)")
                         .arg(shownValue(it.key()), keys.join(QLatin1String(", ")));
            return std::nullopt;
        }
    }
    return p;
}

std::optional<ImportProfile> ImportProfile::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot open the profile: %1").arg(file.errorString());
        return std::nullopt;
    }
    // One byte more than a profile may have, and no more, whatever the path names.
    const QByteArray json = file.read(importlimits::ProfileBytes + 1);
    if (json.size() > importlimits::ProfileBytes) {
        *error = Tr::tr("the profile is larger than %1; a profile is a few lines of JSON")
                     .arg(importlimits::size(importlimits::ProfileBytes));
        return std::nullopt;
    }
    return fromJson(json, error);
}

QByteArray ImportProfile::toJson() const
{
    QJsonObject o;
    if (!separator.isNull())
        o.insert(QLatin1String("separator"), QString(separator));
    if (encoding)
        o.insert(QLatin1String("encoding"), textencoding::encodingName(*encoding).toLower());
    if (!decimal.isNull())
        o.insert(QLatin1String("decimal"), QString(decimal));
    if (!dateFormat.isEmpty())
        o.insert(QLatin1String("dateFormat"), dateFormat);
    QJsonObject c;
    for (int f = 0; f < LedgerFieldCount; ++f) {
        if (!columns[size_t(f)].isEmpty())
            c.insert(QLatin1String(kKeys[f]), columns[size_t(f)]);
    }
    if (!c.isEmpty())
        o.insert(QLatin1String("columns"), c);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool ColumnMapping::map(const QStringList &header, const ImportProfile &profile, ColumnMapping *mapping, QString *error)
{
    *mapping = {};
    QStringList normalised;
    normalised.reserve(header.size());
    for (const QString &h : header)
        normalised << ledgerfields::normalisedHeader(h);
    QList<bool> taken(header.size(), false);
    const QString found = shownList(header);
    // The profile's names first: they win over the usual names.
    for (int f = 0; f < LedgerFieldCount; ++f) {
        const QString &name = profile.columns[size_t(f)];
        if (name.isEmpty())
            continue;
        const int i = findColumn(normalised, name);
        if (i < 0) {
            *error = Tr::tr("the profile's %1 column \"%2\" is not in the header (found: %3)")
                         .arg(QLatin1String(kKeys[f]), shownValue(name), found);
            return false;
        }
        mapping->index[size_t(f)] = i;
        taken[i] = true;
    }
    for (int f = 0; f < LedgerFieldCount; ++f) {
        if (mapping->index[size_t(f)] >= 0 || !profile.columns[size_t(f)].isEmpty())
            continue;
        for (const QString &alias : aliases()[size_t(f)]) {
            const int i = findColumn(normalised, alias);
            if (i >= 0 && !taken[i]) {
                mapping->index[size_t(f)] = i;
                taken[i] = true;
                break;
            }
        }
    }
    if (!mapping->has(LedgerField::Date) || !mapping->has(LedgerField::Amount)) {
        *error = Tr::tr("no %1 column: the header has %2; name the column in a profile (\"columns\": {\"%1\": …})")
                     .arg(mapping->has(LedgerField::Date) ? QStringLiteral("amount") : QStringLiteral("date"), found);
        return false;
    }
    return true;
}

} // namespace horisont
