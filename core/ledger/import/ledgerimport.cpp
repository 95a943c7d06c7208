#include "ledger/import/ledgerimport.h"

#include "document/plandocument.h"
#include "ledger/import/chunkqueue.h"
#include "ledger/import/ledgerfile.h"
#include "ledger/import/shownvalue.h"
#include "ledger/ledger.h"
#include "ledger/ledgerdays.h"
#include "ledger/ledgermagnitude.h"
#include "ledger/ledgerwriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlQuery>

#include <exception>
#include <thread>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::LedgerImport)
};

constexpr qint64 ProgressStep = 1024;

/// Chunks read but not yet taken by the writer: enough that neither thread
/// waits for the other in an ordinary file, few enough to stay small.
constexpr size_t ChunksInFlight = 16;

using Chunks = std::vector<std::shared_ptr<ReadRowChunk>>;

/// Physical line ends in `bytes`: an upper bound on the rows, for progress
/// before the reader has seen them all.
qint64 countLineEnds(const QByteArray &bytes)
{
    return bytes.count('\n') + 1;
}

QString cancelledMessage()
{
    return Tr::tr("The import was cancelled; nothing was imported.");
}

/// Why nothing was imported when rows were rejected and none may be skipped.
QString rejectedMessage(const QList<ImportRowError> &rejected)
{
    const qsizetype more = rejected.size() - 1;
    return more > 0 ? Tr::tr("%1 (and %n more row(s)); nothing was imported", nullptr, int(more))
                          .arg(rejected.constFirst().message)
                    : Tr::tr("%1; nothing was imported").arg(rejected.constFirst().message);
}

/// What the writer did with a row while the file was still being read.
enum class Written : quint8 { No, Inserted, AlreadyPresent };

/// A row whose amount would take the ledger past LedgerMagnitude::LimitOre.
QString beyondMagnitudeMessage(qint64 line)
{
    return Tr::tr("line %1: %2").arg(line).arg(LedgerMagnitude::limitMessage());
}

/// The valid rows of a file with their final amounts, in file order.
template<class Visit>
void forEachValidRow(const Chunks &chunks, const RowVerdicts &verdicts, const Visit &visit)
{
    size_t i = 0;
    for (const auto &chunk : chunks) {
        for (const ReadRow &row : *chunk) {
            if (verdicts.valid[i])
                visit(row, *verdicts.amounts[i], i);
            ++i;
        }
    }
}
} // namespace

QList<qint64> ImportResult::rejectedLines() const
{
    QList<qint64> lines;
    for (const ImportRowError &e : rejected)
        lines << e.line;
    return lines;
}

bool LedgerImport::parse(const QByteArray &bytes, const ImportProfile &profile, const QString &currency,
                         ParsedLedger *parsed, QString *error, const ImportProgress &progress)
{
    *parsed = {};
    const qint64 rowsAtMost = countLineEnds(bytes);
    LedgerRowReader reader(profile, currency);
    Chunks chunks;
    qint64 rows = 0;
    const bool read = reader.read(
        bytes,
        [&](std::shared_ptr<ReadRowChunk> chunk) {
            rows += qint64(chunk->size());
            chunks.push_back(std::move(chunk));
            return !progress || progress(rows, std::max(rowsAtMost, rows));
        },
        error);
    parsed->format = reader.format();
    if (!read) {
        parsed->cancelled = reader.cancelled();
        return false;
    }
    parsed->rowsRead = reader.rowsRead();
    RowVerdicts verdicts = reader.verdicts(chunks);
    parsed->errors = std::move(verdicts.errors);
    forEachValidRow(chunks, verdicts, [&](const ReadRow &row, Money amount, size_t) {
        parsed->transactions.push_back(row.transaction);
        parsed->transactions.back().amount = amount;
        parsed->lines.push_back(row.line);
    });
    return true;
}

namespace {
/// Reads the export on a second thread while this one writes its rows: a
/// row goes to the ledger as soon as it is read without a problem. What
/// only the whole file shows (its decimal mark, a voucher and line that
/// repeat, a bad row when nothing may be skipped) is settled at the end,
/// and in the rare file where it overturns what was written the writing is
/// rolled back and done again from the rows in memory.
class PipelinedImport
{
public:
    PipelinedImport(PlanDocument &document, const QString &name, const ImportOptions &options,
                    const ImportProgress &progress)
        : m_document(document), m_name(name), m_options(options), m_progress(progress),
          m_codes(document.plan())
    {
    }

    /// Fills `result` (counts, rejected rows); false with *error when nothing was written.
    bool run(const QByteArray &bytes, ImportResult *result, QString *error)
    {
        const qint64 rowsAtMost = countLineEnds(bytes);
        LedgerRowReader reader(m_options.profile, m_document.plan().programme().currency, &m_codes);
        ChunkQueue<std::shared_ptr<ReadRowChunk>> queue(ChunksInFlight);
        bool read = false;
        QString readError;
        std::optional<LedgerWriter> writer;
        writer.emplace(m_document.store(), m_name, m_document.userName(), m_document.ledgerMirror());
        QString writeError;
        bool writing = writer->begin(&writeError);
        // Read inside the writer's transaction, so that it is the ledger the rows are added to.
        const std::optional<LedgerMagnitude> initial =
            writing ? LedgerMagnitude::of(m_document.store(), &writeError) : std::nullopt;
        writing = writing && initial;
        std::optional<LedgerMagnitude> magnitude = initial;
        // Once a row would pass the bound nothing more is written: whether
        // that is the verdict depends on the whole file (the row's final
        // amount, the rows that turn out invalid), so it is settled by
        // writing again after the verdicts.
        bool beyond = false;
        Chunks chunks;
        std::vector<Written> written;
        bool cancelled = false;
        std::exception_ptr readFailure; // e.g. bad_alloc: rethrown here, never lost with the thread
        {
            const std::jthread readingThread([&] {
                try {
                    read = reader.read(
                        bytes, [&](std::shared_ptr<ReadRowChunk> c) { return queue.push(std::move(c)); }, &readError);
                } catch (...) {
                    readFailure = std::current_exception();
                }
                queue.close();
            });
            // Should this thread throw, the reader stops at its next chunk
            // instead of reading the rest of the file while it is joined.
            const auto stopReader = qScopeGuard([&] { queue.cancel(); });
            while (auto chunk = queue.pop()) {
                for (const ReadRow &row : **chunk) {
                    written.push_back(writing && !beyond ? write(*writer, row, &writing, &writeError) : Written::No);
                    beyond = beyond
                             || (written.back() == Written::Inserted && !magnitude->add(row.transaction.amount));
                    if (m_progress && qint64(written.size()) % ProgressStep == 0
                        && !m_progress(qint64(written.size()), std::max(rowsAtMost, qint64(written.size())))) {
                        cancelled = true;
                        break;
                    }
                }
                chunks.push_back(std::move(*chunk));
                if (cancelled || !writing)
                    queue.cancel(); // the reader stops at its next chunk
            }
        }
        if (readFailure)
            std::rethrow_exception(readFailure);
        result->format = reader.format();
        result->rowsRead = reader.rowsRead();
        if (cancelled) {
            result->cancelled = true;
            *error = cancelledMessage();
            return false;
        }
        if (!writing) {
            *error = writeError;
            return false;
        }
        if (!read) {
            *error = readError;
            return false;
        }
        RowVerdicts verdicts = reader.verdicts(chunks);
        result->rejected = std::move(verdicts.errors);
        if (!result->rejected.isEmpty() && !m_options.skipInvalid) {
            *error = rejectedMessage(result->rejected);
            return false;
        }
        qint64 valid = 0;
        qint64 alreadyPresent = 0;
        bool overturned = beyond;
        size_t i = 0;
        for (const auto &chunk : chunks) {
            for (const ReadRow &row : *chunk) {
                const bool ok = verdicts.valid[i];
                // A row written must be a valid row with the amount it has
                // now; a valid row must have been offered. Rows the ledger
                // already held were left as they were and change nothing.
                if ((written[i] == Written::Inserted && (!ok || row.transaction.amount != *verdicts.amounts[i]))
                    || (ok && written[i] == Written::No))
                    overturned = true;
                if (ok) {
                    ++valid;
                    result->unassigned += isUnassigned(row.transaction) ? 1 : 0;
                    alreadyPresent += written[i] == Written::AlreadyPresent ? 1 : 0;
                }
                ++i;
            }
        }
        if (valid == 0) {
            *error = Tr::tr("no row can be imported");
            return false;
        }
        if (overturned) {
            writer.reset(); // rolls back
            writer.emplace(m_document.store(), m_name, m_document.userName(), m_document.ledgerMirror());
            if (!writer->begin(error))
                return false;
            magnitude = initial;
            if (!writeAgain(*writer, chunks, verdicts, valid, &*magnitude, error)) {
                result->cancelled = *error == cancelledMessage();
                return false;
            }
            alreadyPresent = writer->alreadyPresent();
        }
        if (!writer->commit(valid, error, m_progress)) {
            if (error->isEmpty()) { // the copy to the server was cancelled
                *error = cancelledMessage();
                result->cancelled = true;
            }
            return false;
        }
        result->imported = writer->inserted();
        result->alreadyPresent = alreadyPresent;
        result->total = writer->insertedTotal();
        return true;
    }

private:
    static Written write(LedgerWriter &writer, const ReadRow &row, bool *writing, QString *error)
    {
        if (!row.insertable())
            return Written::No;
        const auto added = writer.add(row.transaction, error);
        if (!added) {
            *writing = false;
            return Written::No;
        }
        return *added == LedgerWriter::Added::Inserted ? Written::Inserted : Written::AlreadyPresent;
    }

    /// Writes the valid rows again with their final amounts, counting the
    /// new ones into `magnitude`; cancellable like the first writing, with
    /// its own progress over the valid rows.
    bool writeAgain(LedgerWriter &writer, const Chunks &chunks, const RowVerdicts &verdicts, qint64 valid,
                    LedgerMagnitude *magnitude, QString *error) const
    {
        bool ok = true;
        qint64 done = 0;
        forEachValidRow(chunks, verdicts, [&](const ReadRow &row, Money amount, size_t) {
            if (!ok)
                return;
            Transaction t = row.transaction;
            t.amount = amount;
            const auto added = writer.add(t, error);
            ok = added.has_value();
            if (ok && *added == LedgerWriter::Added::Inserted && !magnitude->add(amount)) {
                *error = beyondMagnitudeMessage(row.line);
                ok = false;
            }
            if (ok && m_progress && ++done % ProgressStep == 0 && !m_progress(done, valid)) {
                *error = cancelledMessage();
                ok = false;
            }
        });
        return ok;
    }

    PlanDocument &m_document;
    QString m_name;
    const ImportOptions &m_options;
    const ImportProgress &m_progress;
    const LedgerCodes m_codes;
};

/// Counts what an import would add, writing nothing; progress runs from
/// `done` to `total` over the rows. False with *error when it would be refused or was cancelled.
bool dryRun(PlanDocument &document, const ParsedLedger &parsed, ImportResult *result, const ImportProgress &progress,
            qint64 done, qint64 total, QString *error)
{
    // One read transaction: one shared lock instead of one per row.
    QSqlDatabase db = document.store().database();
    const bool reading = db.transaction();
    const auto rollback = qScopeGuard([&] {
        if (reading)
            db.rollback();
    });
    std::optional<LedgerMagnitude> magnitude = LedgerMagnitude::of(document.store(), error);
    if (!magnitude)
        return false;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT 1 FROM ledger_transaction WHERE identity = ?"));
    for (size_t i = 0; i < parsed.transactions.size(); ++i) {
        const Transaction &t = parsed.transactions[i];
        q.bindValue(0, t.identity);
        if (q.exec() && q.next()) {
            ++result->alreadyPresent;
        } else if (magnitude->add(t.amount)) {
            ++result->imported;
            result->total += t.amount;
        } else {
            *error = beyondMagnitudeMessage(parsed.lines[i]);
            return false;
        }
        q.finish();
        if (progress && (++done % ProgressStep) == 0 && !progress(done, total)) {
            result->cancelled = true;
            *error = cancelledMessage();
            return false;
        }
    }
    return true;
}
} // namespace

ImportResult LedgerImport::import(PlanDocument &document, const QString &file, const ImportOptions &options,
                                  const ImportProgress &progress)
{
    ImportResult result;
    const QString name = QFileInfo(file).fileName();
    auto fail = [&](const QString &message) {
        result.ok = false;
        result.error = shownValue(name) + QLatin1String(": ") + message;
        result.imported = 0;
        result.alreadyPresent = 0;
        result.total = Money();
        return result;
    };
    QString error;
    QByteArray bytes;
    if (!readLedgerFile(file, &bytes, &error))
        return fail(error);
    if (document.workingScenario())
        return fail(Tr::tr("the ledger belongs to the plan and is shared by every scenario, and this window works in "
                           "scenario «%1»: import while working in the plan.")
                        .arg(document.workingScenario()->name));
    if (!options.dryRun && document.isReadOnly())
        return fail(Tr::tr("the plan %1 is read-only: %2").arg(QFileInfo(document.path()).fileName(), document.readOnlyReason()));

    if (!options.dryRun) {
        if (!document.waitForVerification(&error))
            return fail(error);
        if (!PipelinedImport(document, name, options, progress).run(bytes, &result, &error))
            return fail(error);
        result.ok = true;
        document.ledgerChanged();
        return result;
    }

    // A dry run reads the whole file first, then looks every row up.
    const qint64 rowsAtMost = countLineEnds(bytes);
    const qint64 total = 2 * rowsAtMost;
    ParsedLedger parsed;
    const bool ok = parse(bytes, options.profile, document.plan().programme().currency, &parsed, &error,
                          progress ? ImportProgress([&](qint64 done, qint64) { return progress(done, total); })
                                   : ImportProgress());
    result.format = parsed.format;
    result.rowsRead = parsed.rowsRead;
    result.rejected = parsed.errors;
    if (!ok) {
        result.cancelled = parsed.cancelled;
        return fail(error);
    }
    Ledger::matchCodes(document.plan(), parsed.transactions);
    const size_t shown = std::min(parsed.transactions.size(), size_t(std::max(options.previewRows, 0)));
    result.preview.assign(parsed.transactions.begin(), parsed.transactions.begin() + qsizetype(shown));
    result.previewLines.assign(parsed.lines.begin(), parsed.lines.begin() + qsizetype(shown));
    if (!parsed.errors.isEmpty() && !options.skipInvalid)
        return fail(rejectedMessage(parsed.errors));
    if (parsed.transactions.empty())
        return fail(Tr::tr("no row can be imported"));
    for (const Transaction &t : parsed.transactions)
        result.unassigned += isUnassigned(t) ? 1 : 0;
    if (!dryRun(document, parsed, &result, progress, rowsAtMost, total, &error))
        return fail(error);
    result.ok = true;
    return result;
}

} // namespace horisont
