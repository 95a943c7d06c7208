#include "planimport/readers/plancolumns.h"

#include "ledger/import/importprofile.h"
#include "ledger/import/shownvalue.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PlanSpreadsheet)
};

const char *const kKeys[PlanColumnCount] = {"phase", "intervention", "activity", "responsible", "start",
                                            "end", "budget", "year", "funding", "notes"};

/// The usual header names per field, in the forms municipalities' action
/// plans and English planning sheets use; compared normalised, so "Slut
/// datum", "SLUTDATUM" and "Slut-datum" are one name.
const std::array<QStringList, PlanColumnCount> &aliases()
{
    static const std::array<QStringList, PlanColumnCount> all{
        QStringList{QStringLiteral("Fas"), QStringLiteral("Etapp"), QStringLiteral("Phase"), QStringLiteral("Stage")},
        QStringList{QStringLiteral("Insats"), QStringLiteral("Insatser"), QStringLiteral("Åtgärd"), QStringLiteral("Intervention"),
                    QStringLiteral("Measure")},
        QStringList{QStringLiteral("Aktivitet"), QStringLiteral("Delaktivitet"), QStringLiteral("Activity"), QStringLiteral("Task")},
        QStringList{QStringLiteral("Ansvarig"), QStringLiteral("Ansvariga"), QStringLiteral("Ansvarig förvaltning"),
                    QStringLiteral("Ansvarig organisation"), QStringLiteral("Förvaltning"), QStringLiteral("Responsible"),
                    QStringLiteral("Owner"), QStringLiteral("Organisation"), QStringLiteral("Organization")},
        QStringList{QStringLiteral("Start"), QStringLiteral("Startdatum"), QStringLiteral("Från"), QStringLiteral("Start date"),
                    QStringLiteral("Begin"), QStringLiteral("From")},
        QStringList{QStringLiteral("Slut"), QStringLiteral("Slutdatum"), QStringLiteral("Till"), QStringLiteral("End"),
                    QStringLiteral("End date"), QStringLiteral("Finish"), QStringLiteral("To")},
        QStringList{QStringLiteral("Budget"), QStringLiteral("Kostnad"), QStringLiteral("Belopp"), QStringLiteral("Cost"),
                    QStringLiteral("Amount")},
        QStringList{QStringLiteral("År"), QStringLiteral("Budgetår"), QStringLiteral("Year"), QStringLiteral("Budget year")},
        QStringList{QStringLiteral("Finansiering"), QStringLiteral("Finansieringskälla"), QStringLiteral("Funding"),
                    QStringLiteral("Funding source"), QStringLiteral("Fund")},
        QStringList{QStringLiteral("Beskrivning"), QStringLiteral("Kommentar"), QStringLiteral("Anteckning"),
                    QStringLiteral("Description"), QStringLiteral("Notes"), QStringLiteral("Comment")},
    };
    return all;
}

/// A header as compared: normalised, and without a unit in parentheses
/// ("Budget (kr)", "Kostnad (tkr)" name the budget column all the same).
QString comparable(const QString &header)
{
    QString h = header;
    const qsizetype open = h.indexOf(u'(');
    if (open > 0 && h.trimmed().endsWith(u')'))
        h.truncate(open);
    return ledgerfields::normalisedHeader(h);
}

bool refuse(QString *error, const QString &message)
{
    *error = message;
    return false;
}

/// A key that must hold text when present.
bool text(const QJsonObject &o, const char *key, QString *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return refuse(error, Tr::tr("the profile's \"%1\" is not text").arg(QLatin1String(key)));
    *out = v.toString();
    return true;
}

/// The profile's "sheet" (a name, or a 1-based number) and "headerRow".
bool sheetAndRow(const QJsonObject &o, PlanSheetProfile *p, QString *error)
{
    const QJsonValue sheet = o.value(QLatin1String("sheet"));
    if (sheet.isString() && !sheet.toString().trimmed().isEmpty()) {
        p->sheetName = sheet.toString().trimmed();
    } else if (sheet.isDouble()) {
        const double n = sheet.toDouble();
        if (n < 1 || n > 1000 || n != double(int(n)))
            return refuse(error, Tr::tr("the profile's \"sheet\" is not a sheet's number from 1 or its name"));
        p->sheetIndex = int(n) - 1;
    } else if (!sheet.isUndefined() && !sheet.isNull()) {
        return refuse(error, Tr::tr("the profile's \"sheet\" is not a sheet's number from 1 or its name"));
    }
    const QJsonValue row = o.value(QLatin1String("headerRow"));
    if (!row.isUndefined() && !row.isNull()) {
        const double n = row.toDouble(-1);
        if (!row.isDouble() || n < 1 || n > 1000 || n != double(int(n)))
            return refuse(error, Tr::tr("the profile's \"headerRow\" is not a row's number from 1 to 1000"));
        p->headerRow = int(n);
    }
    return true;
}

} // namespace

namespace plancolumns {
QString key(PlanColumn c)
{
    return QLatin1String(kKeys[size_t(c)]);
}

QString label(PlanColumn c)
{
    // The header names a user recognises, Swedish first; not translated.
    static const char *const shown[PlanColumnCount] = {"Fas/Phase", "Insats/Intervention", "Aktivitet/Activity",
                                                       "Ansvarig/Responsible", "Start", "Slut/End", "Budget",
                                                       "År/Year", "Finansiering/Funding", "Beskrivning/Notes"};
    return QString::fromUtf8(shown[size_t(c)]);
}
} // namespace plancolumns

std::optional<PlanSheetProfile> PlanSheetProfile::fromJson(const QByteArray &json, QString *error)
{
    const std::optional<QJsonObject> object = ledgerfields::profileObject(json, error);
    if (!object)
        return std::nullopt;
    const QJsonObject &o = *object;
    static const QStringList known{QStringLiteral("sheet"), QStringLiteral("headerRow"), QStringLiteral("columns"),
                                   QStringLiteral("dateFormat"), QStringLiteral("decimalComma"),
                                   QStringLiteral("separator"), QStringLiteral("encoding")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = Tr::tr("the profile has an unknown key \"%1\" (known: %2)").arg(shownValue(it.key()), known.join(QLatin1String(", ")));
            return std::nullopt;
        }
    }
    PlanSheetProfile p;
    QString separator, encoding;
    if (!sheetAndRow(o, &p, error) || !text(o, "dateFormat", &p.dateFormat, error)
        || !text(o, "separator", &separator, error) || !text(o, "encoding", &encoding, error))
        return std::nullopt;
    const QJsonValue comma = o.value(QLatin1String("decimalComma"));
    if (comma.isBool())
        p.decimal = comma.toBool() ? u',' : u'.';
    else if (!comma.isUndefined() && !comma.isNull()) {
        *error = Tr::tr("the profile's \"decimalComma\" is not true or false");
        return std::nullopt;
    }
    // The separator and encoding are read as the ledger profile reads them.
    ImportProfile ledger;
    QJsonObject csv;
    if (!separator.isEmpty())
        csv.insert(QLatin1String("separator"), separator);
    if (!encoding.isEmpty())
        csv.insert(QLatin1String("encoding"), encoding);
    if (const auto l = ImportProfile::fromJson(QJsonDocument(csv).toJson(), error)) {
        p.separator = l->separator;
        p.encoding = l->encoding;
    } else {
        return std::nullopt;
    }
    const QJsonValue columns = o.value(QLatin1String("columns"));
    if (!columns.isUndefined() && !columns.isNull() && !columns.isObject()) {
        *error = Tr::tr("the profile's \"columns\" is not an object of column names");
        return std::nullopt;
    }
    const QJsonObject c = columns.toObject();
    for (auto it = c.begin(); it != c.end(); ++it) {
        int field = -1;
        for (int f = 0; f < PlanColumnCount; ++f) {
            if (it.key() == QLatin1String(kKeys[f]))
                field = f;
        }
        if (field < 0) {
            QStringList keys;
            for (const char *k : kKeys)
                keys << QLatin1String(k);
            *error = Tr::tr("the profile's \"columns\" names an unknown field \"%1\" (known: %2)")
                         .arg(shownValue(it.key()), keys.join(QLatin1String(", ")));
            return std::nullopt;
        }
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty()) {
            *error = Tr::tr("the profile's column \"%1\" is not a header's name").arg(it.key());
            return std::nullopt;
        }
        p.columns[size_t(field)] = it.value().toString();
    }
    return p;
}

int PlanColumnMap::found() const
{
    return int(std::count_if(index.begin(), index.end(), [](int i) { return i >= 0; }));
}

PlanColumnMap PlanColumnMap::map(const QStringList &header, const PlanSheetProfile &profile)
{
    PlanColumnMap m;
    QStringList names;
    for (const QString &h : header)
        names << comparable(h);
    QList<bool> taken(header.size(), false);
    const auto take = [&](int field, const QString &name) {
        const qsizetype at = names.indexOf(comparable(name));
        if (at < 0 || taken[at] || m.index[size_t(field)] >= 0)
            return;
        m.index[size_t(field)] = int(at);
        taken[at] = true;
    };
    for (int f = 0; f < PlanColumnCount; ++f) {
        if (!profile.columns[size_t(f)].isEmpty())
            take(f, profile.columns[size_t(f)]);
    }
    for (int f = 0; f < PlanColumnCount; ++f) {
        if (profile.columns[size_t(f)].isEmpty()) {
            for (const QString &alias : aliases()[size_t(f)])
                take(f, alias);
        }
    }
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (!taken[i] && !names[i].isEmpty())
            m.unknown << header[i].trimmed();
    }
    return m;
}

QString PlanColumnMap::missing(const PlanSheetProfile &profile) const
{
    for (int f = 0; f < PlanColumnCount; ++f) {
        if (!profile.columns[size_t(f)].isEmpty() && index[size_t(f)] < 0)
            return Tr::tr("the profile's column \"%1\" (%2) is not in the header")
                .arg(shownValue(profile.columns[size_t(f)]), QLatin1String(kKeys[f]));
    }
    QStringList lacking;
    for (PlanColumn c : {PlanColumn::Phase, PlanColumn::Intervention}) {
        if (!has(c))
            lacking << plancolumns::label(c);
    }
    // A row needs days or a budget year to be placed in time.
    if (!has(PlanColumn::Start) && !has(PlanColumn::Year))
        lacking << Tr::tr("%1 or %2").arg(plancolumns::label(PlanColumn::Start), plancolumns::label(PlanColumn::Year));
    if (lacking.isEmpty())
        return QString();
    return Tr::tr("no column for %1").arg(lacking.join(QLatin1String(", ")));
}

} // namespace horisont
