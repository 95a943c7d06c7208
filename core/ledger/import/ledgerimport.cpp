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

#include <algorithm>
#include <map>

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

namespace {
/// Physical line ends in `bytes`: an upper bound on the rows, for progress
/// before the reader has seen them all.
qint64 countLineEnds(const QByteArray &bytes)
{
    return bytes.count('\n') + 1;
}

/// The rows whose voucher and line another row before them already has:
/// row → the row it repeats. Found by sorting hashes of the identities once
/// rather than by a hash table of a million strings; equal hashes are
/// compared as strings.
std::map<size_t, size_t> repeatedVoucherLines(const std::vector<Transaction> &rows,
                                              std::vector<std::pair<size_t, size_t>> &hashes)
{
    std::sort(hashes.begin(), hashes.end());
    std::map<size_t, size_t> repeats;
    for (size_t start = 0; start < hashes.size();) {
        size_t end = start + 1;
        while (end < hashes.size() && hashes[end].first == hashes[start].first)
            ++end;
        for (size_t i = start + 1; i < end; ++i) { // in row order within a hash
            for (size_t j = start; j < i; ++j) {
                const size_t first = hashes[j].second;
                if (rows[first].identity == rows[hashes[i].second].identity) { // the earliest row with it
                    repeats.emplace(hashes[i].second, first);
                    break;
                }
            }
        }
        start = end;
    }
    return repeats;
}

/// The problems of a row found while reading it; the amount's is added once
/// the decimal mark is known, between them, in the order messages list them.
struct RowProblems {
    QStringList beforeAmount;
    QStringList afterAmount;
};
} // namespace

bool LedgerImport::parse(const QByteArray &bytes, const ImportProfile &profile, const QString &currency,
                         ParsedLedger *parsed, QString *error, const ImportProgress &progress)
{
    *parsed = {};
    // Rows become transactions as the reader delivers them, so a
    // million-row export is never held as records. Amounts are parsed at the
    // end, when every amount cell has shown which decimal mark the file uses.
    const qint64 rowsAtMost = countLineEnds(bytes);
    bool haveHeader = false;
    qint64 headerLine = 0;
    qsizetype columns = 0;
    ColumnMapping mapping;
    QString mappingError;
    ledgercells::DecimalEvidence evidence;
    std::vector<QString> amountTexts;
    std::map<size_t, RowProblems> problemRows;
    QHash<QByteArray, int> occurrences;
    std::vector<std::pair<size_t, size_t>> voucherHashes; // (hash of "V:voucher/line", row)
    qint64 rows = 0;
    bool cancelled = false;

    auto readRow = [&](const CsvRecord &record) {
        ++rows;
        if (progress && (rows % ProgressStep) == 0 && !progress(rows, 2 * std::max(rowsAtMost, rows))) {
            cancelled = true;
            return false;
        }
        if (!mappingError.isEmpty())
            return true; // read on: an unreadable file is reported before a header that does not map
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
        const qsizetype amountAt = problems.size();
        QString amountText = cell(record, mapping, LedgerField::Amount);
        if (profile.decimal.isNull())
            evidence.add(amountText);
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
            voucherHashes.emplace_back(qHash(t.identity, size_t(0x5eed)), parsed->transactions.size());
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
        if (!problems.isEmpty())
            problemRows[parsed->transactions.size()] = RowProblems{problems.mid(0, amountAt), problems.mid(amountAt)};
        parsed->transactions.push_back(std::move(t));
        parsed->lines.push_back(record.line);
        amountTexts.push_back(std::move(amountText));
        return true;
    };

    CsvError csvError;
    const bool read = CsvReader::read(
        bytes, CsvOptions{profile.separator, profile.encoding},
        [&](const CsvRecord &record) {
            if (haveHeader)
                return readRow(record);
            haveHeader = true;
            headerLine = record.line;
            columns = record.fields.size();
            if (!ColumnMapping::map(record.fields, profile, &mapping, &mappingError) && mappingError.isEmpty())
                mappingError = Tr::tr("the header cannot be read");
            if (mappingError.isEmpty()) {
                parsed->transactions.reserve(size_t(rowsAtMost));
                parsed->lines.reserve(size_t(rowsAtMost));
                amountTexts.reserve(size_t(rowsAtMost));
                voucherHashes.reserve(size_t(rowsAtMost));
            }
            return true;
        },
        &parsed->format, &csvError);
    auto failWith = [&](const QString &message) {
        parsed->transactions.clear();
        parsed->lines.clear();
        *error = message;
        return false;
    };
    if (cancelled) {
        parsed->cancelled = true;
        return failWith(Tr::tr("The import was cancelled; nothing was imported."));
    }
    if (!read)
        return failWith(withLine(csvError.line, csvError.message));
    if (!haveHeader)
        return failWith(Tr::tr("the file is empty"));
    if (rows == 0)
        return failWith(withLine(headerLine, Tr::tr("the file has a header but no rows")));
    if (!mappingError.isEmpty())
        return failWith(withLine(headerLine, mappingError));
    parsed->rowsRead = rows;

    // A voucher and line that an earlier row has: the last of a row's problems.
    for (const auto &[row, first] : repeatedVoucherLines(parsed->transactions, voucherHashes)) {
        const Transaction &t = parsed->transactions[row];
        problemRows[row].afterAmount
            << Tr::tr("voucher %1 line %2 is already on line %3").arg(t.voucher, t.line).arg(parsed->lines[first]);
    }
    // The amounts, now that the decimal mark is known; rows with a problem
    // leave the transactions (kept in order, so errors come by line).
    const QChar decimal = profile.decimal.isNull() ? evidence.decimal() : profile.decimal;
    auto nextProblem = problemRows.cbegin();
    size_t kept = 0;
    for (size_t i = 0; i < parsed->transactions.size(); ++i) {
        Transaction &t = parsed->transactions[i];
        const QString &amountText = amountTexts[i];
        QString amountProblem;
        if (const auto amount = ledgercells::parseAmount(amountText, decimal))
            t.amount = *amount;
        else if (amountText.isEmpty())
            amountProblem = Tr::tr("the amount is empty");
        else
            amountProblem = Tr::tr("amount \"%1\" is not an amount").arg(amountText);
        const bool listed = nextProblem != problemRows.cend() && nextProblem->first == i;
        if (listed || !amountProblem.isEmpty()) {
            QStringList problems;
            if (listed)
                problems << nextProblem->second.beforeAmount;
            if (!amountProblem.isEmpty())
                problems << amountProblem;
            if (listed)
                problems << (nextProblem++)->second.afterAmount;
            const qint64 line = parsed->lines[i];
            parsed->errors << ImportRowError{line, withLine(line, problems.join(QLatin1String("; ")))};
            continue;
        }
        if (kept != i) {
            parsed->transactions[kept] = std::move(t);
            parsed->lines[kept] = parsed->lines[i];
        }
        ++kept;
    }
    parsed->transactions.resize(kept);
    parsed->lines.resize(kept);
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
