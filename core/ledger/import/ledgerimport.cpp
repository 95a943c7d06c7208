#include "ledger/import/ledgerimport.h"

#include "document/plandocument.h"
#include "ledger/import/ledgercells.h"
#include "ledger/ledger.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::LedgerImport)
};

constexpr qint64 ProgressStep = 1024;

QString cell(const CsvRecord &record, const ColumnMapping &mapping, LedgerField field)
{
    const int i = mapping[field];
    return i >= 0 && i < record.fields.size() ? record.fields.at(i).trimmed() : QString();
}

bool isUnassigned(const Transaction &t)
{
    return (t.organisationId == NoId && !t.organisationCode.isEmpty())
           || (t.interventionId == NoId && !t.interventionCode.isEmpty())
           || (t.sourceId == NoId && !t.sourceCode.isEmpty())
           || (t.organisationId == NoId && t.interventionId == NoId && t.sourceId == NoId);
}

QString withLine(qint64 line, const QString &message)
{
    return line > 0 ? Tr::tr("line %1: %2").arg(line).arg(message) : message;
}
} // namespace

QList<qint64> ImportResult::rejectedLines() const
{
    QList<qint64> lines;
    for (const ImportRowError &e : rejected)
        lines << e.line;
    return lines;
}

namespace {
QByteArray rowHash(const QStringList &fields)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &f : fields) {
        hash.addData(f.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1)); // unit separator: "a;bc" and "ab;c" differ
    }
    return hash.result().toHex();
}
} // namespace

QString LedgerImport::rowIdentity(const QStringList &fields, int occurrence)
{
    return QStringLiteral("R:%1#%2").arg(QString::fromLatin1(rowHash(fields))).arg(occurrence);
}

bool LedgerImport::parse(const QByteArray &bytes, const ImportProfile &profile, const QString &currency,
                         ParsedLedger *parsed, QString *error, const ImportProgress &progress)
{
    *parsed = {};
    std::vector<CsvRecord> records;
    CsvError csvError;
    const bool read = CsvReader::read(bytes, CsvOptions{profile.separator, profile.encoding},
                                      [&](const CsvRecord &r) { records.push_back(r); return true; },
                                      &parsed->format, &csvError);
    if (!read) {
        *error = withLine(csvError.line, csvError.message);
        return false;
    }
    if (records.empty()) {
        *error = Tr::tr("the file is empty");
        return false;
    }
    const CsvRecord &header = records.front();
    if (records.size() == 1) {
        *error = withLine(header.line, Tr::tr("the file has a header but no rows"));
        return false;
    }
    ColumnMapping mapping;
    QString mappingError;
    if (!ColumnMapping::map(header.fields, profile, &mapping, &mappingError)) {
        *error = withLine(header.line, mappingError);
        return false;
    }
    QChar decimal = profile.decimal;
    if (decimal.isNull()) {
        QStringList amounts;
        amounts.reserve(qsizetype(records.size()));
        for (size_t i = 1; i < records.size(); ++i)
            amounts << cell(records[i], mapping, LedgerField::Amount);
        decimal = ledgercells::decimalEvidence(amounts);
    }

    const qint64 rows = qint64(records.size()) - 1;
    parsed->rowsRead = rows;
    parsed->transactions.reserve(size_t(rows));
    parsed->lines.reserve(size_t(rows));
    QHash<QByteArray, int> occurrences;
    QHash<QString, qint64> voucherLines; // identity → the line it first appeared on
    const qsizetype columns = header.fields.size();
    for (qint64 r = 1; r <= rows; ++r) {
        if (progress && (r % ProgressStep) == 0 && !progress(r, 2 * rows)) {
            parsed->cancelled = true;
            *error = Tr::tr("The import was cancelled; nothing was imported.");
            return false;
        }
        const CsvRecord record = std::move(records[size_t(r)]); // freed as the rows are converted
        QStringList problems;
        for (qsizetype i = columns; i < record.fields.size(); ++i) {
            if (!record.fields.at(i).trimmed().isEmpty()) {
                problems << Tr::tr("%1 fields, but the header has %2").arg(record.fields.size()).arg(columns);
                break;
            }
        }
        Transaction t;
        const QString dateText = cell(record, mapping, LedgerField::Date);
        if (const auto date = ledgercells::parseDate(dateText, profile.dateFormat))
            t.date = *date;
        else if (dateText.isEmpty())
            problems << Tr::tr("the date is empty");
        else
            problems << Tr::tr("date \"%1\" is not a date").arg(dateText);
        const QString amountText = cell(record, mapping, LedgerField::Amount);
        if (const auto amount = ledgercells::parseAmount(amountText, decimal))
            t.amount = *amount;
        else if (amountText.isEmpty())
            problems << Tr::tr("the amount is empty");
        else
            problems << Tr::tr("amount \"%1\" is not an amount").arg(amountText);
        const QString rowCurrency = cell(record, mapping, LedgerField::Currency);
        if (!rowCurrency.isEmpty() && !currency.isEmpty() && rowCurrency.compare(currency, Qt::CaseInsensitive) != 0)
            problems << Tr::tr("currency %1 is not the plan's currency %2").arg(rowCurrency, currency);
        t.voucher = cell(record, mapping, LedgerField::Voucher);
        t.line = cell(record, mapping, LedgerField::Line);
        t.account = cell(record, mapping, LedgerField::Account);
        t.organisationCode = cell(record, mapping, LedgerField::Organisation);
        t.interventionCode = cell(record, mapping, LedgerField::Intervention);
        t.sourceCode = cell(record, mapping, LedgerField::Fund);
        t.text = cell(record, mapping, LedgerField::Text);

        if (!t.voucher.isEmpty() && !t.line.isEmpty()) {
            t.identity = QStringLiteral("V:") + t.voucher + QLatin1Char('/') + t.line;
            const auto earlier = voucherLines.constFind(t.identity);
            if (earlier != voucherLines.cend())
                problems << Tr::tr("voucher %1 line %2 is already on line %3").arg(t.voucher, t.line).arg(*earlier);
            else
                voucherLines.insert(t.identity, record.line);
        } else {
            QStringList all = record.fields.mid(0, std::max(columns, qsizetype(0)));
            while (all.size() < columns)
                all << QString();
            for (QString &f : all)
                f = f.trimmed();
            const QByteArray hash = rowHash(all);
            const int occurrence = ++occurrences[hash];
            t.identity = QStringLiteral("R:%1#%2").arg(QString::fromLatin1(hash)).arg(occurrence);
        }
        if (!problems.isEmpty()) {
            parsed->errors << ImportRowError{record.line, withLine(record.line, problems.join(QLatin1String("; ")))};
            continue;
        }
        parsed->transactions.push_back(std::move(t));
        parsed->lines.push_back(record.line);
    }
    return true;
}

ImportResult LedgerImport::import(PlanDocument &document, const QString &file, const ImportOptions &options,
                                  const ImportProgress &progress)
{
    ImportResult result;
    const QString name = QFileInfo(file).fileName();
    auto fail = [&](const QString &message) {
        result.ok = false;
        result.error = name + QLatin1String(": ") + message;
        result.imported = 0;
        result.alreadyPresent = 0;
        result.total = Money();
        return result;
    };
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(Tr::tr("cannot open the file: %1").arg(in.errorString()));
    const QByteArray bytes = in.readAll();
    in.close();
    if (!options.dryRun && document.isReadOnly())
        return fail(Tr::tr("the plan %1 is read-only: %2").arg(QFileInfo(document.path()).fileName(), document.readOnlyReason()));

    ParsedLedger parsed;
    QString error;
    const bool ok = parse(bytes, options.profile, document.plan().programme().currency, &parsed, &error, progress);
    result.format = parsed.format;
    result.rowsRead = parsed.rowsRead;
    result.rejected = parsed.errors;
    if (!ok) {
        result.cancelled = parsed.cancelled;
        return fail(error);
    }
    if (!parsed.errors.isEmpty() && !options.skipInvalid) {
        const qsizetype more = parsed.errors.size() - 1;
        return fail(more > 0 ? Tr::tr("%1 (and %n more row(s)); nothing was imported", nullptr, int(more))
                                   .arg(parsed.errors.constFirst().message)
                             : Tr::tr("%1; nothing was imported").arg(parsed.errors.constFirst().message));
    }
    if (parsed.transactions.empty())
        return fail(Tr::tr("no row can be imported"));

    Ledger::matchCodes(document.plan(), parsed.transactions);
    for (const Transaction &t : parsed.transactions)
        result.unassigned += isUnassigned(t) ? 1 : 0;

    if (options.dryRun) {
        // One read transaction: one shared lock instead of one per row.
        QSqlDatabase db = document.store().database();
        const bool reading = db.transaction();
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT 1 FROM ledger_transaction WHERE identity = ?"));
        for (const Transaction &t : parsed.transactions) {
            q.bindValue(0, t.identity);
            if (q.exec() && q.next()) {
                ++result.alreadyPresent;
            } else {
                ++result.imported;
                result.total += t.amount;
            }
            q.finish();
        }
        if (reading)
            db.rollback();
        result.ok = true;
        return result;
    }

    QString problem;
    if (!document.waitForVerification(&problem))
        return fail(problem);
    bool cancelled = false;
    const auto onInsert = [&](qint64 done) {
        if (progress && !progress(parsed.rowsRead + done, 2 * parsed.rowsRead)) {
            cancelled = true;
            return false;
        }
        return true;
    };
    Ledger::InsertResult inserted;
    if (!Ledger(document.store()).insert(parsed.transactions, name, document.userName(), &inserted, &error, onInsert)) {
        result.cancelled = cancelled;
        return fail(error);
    }
    result.imported = inserted.inserted;
    result.alreadyPresent = inserted.alreadyPresent;
    result.total = inserted.insertedTotal;
    result.ok = true;
    document.ledgerChanged();
    return result;
}

} // namespace horisont
