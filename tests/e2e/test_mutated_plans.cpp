// Mutated plans (issue 13, "Never harm a plan"): well over a thousand damaged
// variants of the demo plan, made deterministically — bytes flipped in pages
// and header fields, truncations, zeroed, swapped and appended pages, stale
// journals and WAL files from other plans, and damage at the SQL level — and
// the six commands a user runs on a plan, each as its own process:
// check, info, export-pdf, export-xlsx, export-csv and import-actuals.
//
// For every variant and command: no crash, no hang (30 s each), exit 0, 1 or
// 2, and a refusal (2) names the file. The read-only commands leave the plan
// and everything beside it byte for byte as it was and create nothing beside
// it; a failed export leaves an earlier output file alone. `check` never says
// "no findings" on a file that is damaged by construction, or on one whose
// pages SQLite's own integrity_check finds wrong, and what `check` refuses the
// other commands do not accept. import-actuals runs on a copy: it never
// accepts a plan `check` refused, a failed import leaves the copy as it was,
// and an import never leaves a plan that `check` refuses when it accepted it
// before, nor one whose plan content (every entity table) differs from what
// the plan held before — a journal or WAL of another file must never be
// adopted into it.
//
// Every failure is one line starting with "MUTANT-FAIL [CATEGORY]" followed
// by the command, the variant and how to make it again.
//
// The variants are the parameters of one test, so GoogleTest's sharding
// (GTEST_TOTAL_SHARDS / GTEST_SHARD_INDEX, set per ctest entry in
// CMakeLists.txt) spreads them over several processes; within a variant the
// six commands run at the same time, each on its own copy.
#include "testsupport.h"

#include "model/schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <gtest/gtest.h>

#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <tuple>

using namespace horisont;

namespace {

constexpr int kCommandTimeoutMs = 30000;
const QStringList kSideSuffixes{QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")};

// ---------------------------------------------------------------------------
// Deterministic randomness (splitmix64: the same numbers on every platform).
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed * 0x9E3779B97F4A7C15ULL + 0x2545F4914F6CDD1DULL) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    qint64 below(qint64 n) { return n <= 0 ? 0 : qint64(next() % quint64(n)); }
    qint64 between(qint64 low, qint64 high) { return low + below(high - low + 1); }

private:
    quint64 m_state;
};

// ---------------------------------------------------------------------------
// Files.
QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        ADD_FAILURE() << "[SETUP] cannot write " << path.toStdString();
}

void copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        ADD_FAILURE() << "[SETUP] cannot copy " << from.toStdString() << " to " << to.toStdString();
    QFile(to).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
}

/// Copies a plan, and with `withSideFiles` its -journal, -wal and -shm, to `to`.
void copyPlan(const QString &from, const QString &to, bool withSideFiles)
{
    copyFile(from, to);
    for (const QString &suffix : kSideSuffixes) {
        QFile::remove(to + suffix);
        if (withSideFiles && QFile::exists(from + suffix))
            copyFile(from + suffix, to + suffix);
    }
}

/// Removes a plan and its side files.
void removePlan(const QString &path)
{
    QFile::remove(path);
    for (const QString &suffix : kSideSuffixes)
        QFile::remove(path + suffix);
}

/// Every file in a folder with the hash of its bytes.
std::map<QString, QByteArray> folderState(const QString &folder)
{
    std::map<QString, QByteArray> state;
    const QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        if (entry.isDir())
            state[entry.fileName() + QLatin1Char('/')] = "dir";
        else
            state[entry.fileName()] = QCryptographicHash::hash(readBytes(entry.filePath()), QCryptographicHash::Sha1);
    }
    return state;
}

QString folderDifference(const std::map<QString, QByteArray> &before, const std::map<QString, QByteArray> &after)
{
    QStringList lines;
    for (const auto &[name, hash] : before) {
        const auto it = after.find(name);
        if (it == after.end())
            lines << QStringLiteral("removed %1").arg(name);
        else if (it->second != hash)
            lines << QStringLiteral("changed %1").arg(name);
    }
    for (const auto &[name, hash] : after) {
        if (!before.count(name))
            lines << QStringLiteral("created %1").arg(name);
    }
    return lines.join(QStringLiteral(", "));
}

// ---------------------------------------------------------------------------
// SQLite through its C API (the same library the sqlite3 shell uses).
class Sqlite
{
public:
    explicit Sqlite(const QString &path, int flags = SQLITE_OPEN_READWRITE)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr) != SQLITE_OK)
            m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("cannot open");
        if (m_db)
            sqlite3_busy_timeout(m_db, 5000);
    }
    ~Sqlite() { sqlite3_close_v2(m_db); }
    Sqlite(const Sqlite &) = delete;
    Sqlite &operator=(const Sqlite &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    sqlite3 *handle() const { return m_db; }

    /// Runs SQL; returns the error text, or an empty string.
    QString exec(const QString &sql)
    {
        if (!ok())
            return m_error;
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString text = QString::fromUtf8(message ? message : "error");
            sqlite3_free(message);
            return text;
        }
        return {};
    }

    /// The rows of a query, each column as text, joined by '|', or the error.
    QStringList rows(const QString &sql, QString *error)
    {
        QStringList result;
        if (!ok()) {
            *error = m_error;
            return result;
        }
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return result;
        }
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            QStringList cells;
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
                cells << (text ? QString::fromUtf8(text) : QStringLiteral("NULL"));
            }
            result << cells.join(QLatin1Char('|'));
        }
        if (rc != SQLITE_DONE)
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(stmt);
        return result;
    }

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
};

/// What SQLite's own integrity_check says of the plan file alone (read in a
/// copy, so nothing beside the plan is replayed or created): "ok" or the problems.
QString integrityOf(const QString &planPath, const QString &scratchFolder)
{
    const QString copy = scratchFolder + QStringLiteral("/integrity.horisont");
    copyPlan(planPath, copy, false);
    QString error;
    QStringList lines;
    {
        Sqlite db(copy);
        lines = db.rows(QStringLiteral("PRAGMA integrity_check"), &error);
    }
    if (!error.isEmpty())
        return QStringLiteral("error: ") + error;
    return lines.join(QLatin1Char('\n'));
}

/// A digest of the plan's content — every entity table, row by row, value by
/// value with its type — as SQLite reads the file at `path` (with whatever
/// side files are beside it). Empty when it cannot be read.
QByteArray contentDigest(const QString &path)
{
    Sqlite db(path);
    if (!db.ok())
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (int k = 0; k < EntityKindCount; ++k) {
        const QString table = kindInfo(EntityKind(k)).table;
        sqlite3_stmt *stmt = nullptr;
        const QByteArray sql = QStringLiteral("SELECT * FROM \"%1\" ORDER BY id").arg(table).toUtf8();
        if (sqlite3_prepare_v2(db.handle(), sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
            return {};
        hash.addData(table.toUtf8());
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                const int type = sqlite3_column_type(stmt, c);
                const auto *data = static_cast<const char *>(sqlite3_column_blob(stmt, c));
                const int size = sqlite3_column_bytes(stmt, c);
                hash.addData(QByteArray::number(type) + ':' + QByteArray::number(size) + ':');
                if (data && size > 0)
                    hash.addData(QByteArrayView(data, size));
            }
            hash.addData("\n");
        }
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            return {};
    }
    return hash.result().toHex();
}

// ---------------------------------------------------------------------------
// The variants.

enum class Expect {
    Damaged,  ///< damaged by construction: check must exit 1 or 2, never 0
    Finding,  ///< a whole plan with a problem the plan checks name: check exits 1
    SideFile, ///< the plan is whole, a foreign side file lies beside it: check refuses, finds, or says so on stderr
    Any,      ///< legal, if extreme, or damage only SQLite can judge (see integrity_check)
};

enum class Side {
    None,    ///< no side files
    Own,     ///< the plan's own journal or WAL: what they hold is the plan
    Foreign, ///< another file's journal or WAL: the plan is the file as last saved
};

struct Base; // the files every variant is made from

struct Variant {
    QString label;       ///< short, for the test name
    QString description; ///< what was done, so that it can be made again
    Expect expect = Expect::Any;
    Side side = Side::None;
    bool sumsStayPositive = false; ///< every amount added is positive: no total may come out negative
    /// export-pdf writes the full pack (every section) for content damage; for damage to
    /// bytes and side files, which is about opening the file, the default steering pack.
    bool fullPack = false;
    std::function<void(const Base &, const QString &path, const QString &scratch)> make;
};

struct Base {
    QString folder;
    QString demo;      ///< the Umeå demo: the plan every variant damages
    QString sibling;   ///< a copy of the demo with other names and amounts (a second plan of the same kind)
    QString generated; ///< a generated plan (another layout)
    QString empty;     ///< a new, empty plan
    QString ledger;    ///< a small ledger export in the demo's codes
    QByteArray demoBytes;
    int pageSize = 4096;
};

void makeFromBytes(const QString &path, const QByteArray &bytes)
{
    writeBytes(path, bytes);
}

/// Runs SQL on the file with foreign keys off; `mustChange` asks that it changed rows.
void mutate(const QString &path, const QString &sql, bool mustChange)
{
    Sqlite db(path);
    QString error = db.exec(QStringLiteral("PRAGMA foreign_keys=OFF; PRAGMA journal_mode=DELETE;"));
    const int changesBefore = db.ok() ? sqlite3_total_changes(db.handle()) : 0;
    if (error.isEmpty())
        error = db.exec(QStringLiteral("BEGIN; ") + sql + QStringLiteral("; COMMIT;"));
    if (!error.isEmpty()) {
        ADD_FAILURE() << "MUTANT-FAIL [SETUP] the mutation failed: " << error.toStdString() << "\n  SQL: "
                      << sql.toStdString();
        return;
    }
    if (mustChange && sqlite3_total_changes(db.handle()) == changesBefore)
        ADD_FAILURE() << "MUTANT-FAIL [SETUP] the mutation changed no row: " << sql.toStdString();
}

/// The rollback journal another connection leaves mid-transaction: `sql` run
/// in a copy of `plan` with synchronous=OFF (so the journal's record count
/// says "read to the end") and a one-page cache, copied before the rollback.
QByteArray journalOf(const QString &plan, const QString &sql, const QString &scratch)
{
    const QString copy = scratch + QStringLiteral("/journal-source.horisont");
    copyPlan(plan, copy, false);
    QByteArray journal;
    {
        Sqlite db(copy);
        const QString error = db.exec(QStringLiteral("PRAGMA journal_mode=DELETE; PRAGMA synchronous=OFF; "
                                                     "PRAGMA cache_size=1; PRAGMA foreign_keys=OFF; BEGIN; ")
                                      + sql + QLatin1Char(';'));
        if (!error.isEmpty())
            ADD_FAILURE() << "MUTANT-FAIL [SETUP] journal: " << error.toStdString() << " (" << sql.toStdString() << ')';
        journal = readBytes(copy + QStringLiteral("-journal"));
        db.exec(QStringLiteral("ROLLBACK"));
    }
    if (journal.isEmpty())
        ADD_FAILURE() << "MUTANT-FAIL [SETUP] no journal was written for: " << sql.toStdString();
    QFile::remove(copy);
    return journal;
}

/// A plan switched to WAL mode with `sql` committed to its WAL and not
/// checkpointed: the main file and the WAL as they are while it is open.
std::pair<QByteArray, QByteArray> walOf(const QString &plan, const QString &sql, const QString &scratch)
{
    const QString copy = scratch + QStringLiteral("/wal-source.horisont");
    copyPlan(plan, copy, false);
    std::pair<QByteArray, QByteArray> result;
    {
        Sqlite db(copy);
        QString error = db.exec(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; "
                                               "PRAGMA foreign_keys=OFF;"));
        if (error.isEmpty() && !sql.isEmpty())
            error = db.exec(QStringLiteral("BEGIN; ") + sql + QStringLiteral("; COMMIT;"));
        if (!error.isEmpty())
            ADD_FAILURE() << "MUTANT-FAIL [SETUP] WAL: " << error.toStdString() << " (" << sql.toStdString() << ')';
        result = {readBytes(copy), readBytes(copy + QStringLiteral("-wal"))};
    }
    if (!sql.isEmpty() && result.second.isEmpty())
        ADD_FAILURE() << "MUTANT-FAIL [SETUP] no WAL was written for: " << sql.toStdString();
    removePlan(copy);
    return result;
}

QString hexList(const QList<std::pair<qint64, int>> &edits)
{
    QStringList parts;
    for (const auto &[offset, mask] : edits)
        parts << QStringLiteral("%1^0x%2").arg(offset).arg(mask, 2, 16, QLatin1Char('0'));
    return parts.join(QStringLiteral(", "));
}

QByteArray randomBytes(Rng &rng, qsizetype n)
{
    QByteArray bytes(n, '\0');
    for (char &c : bytes)
        c = char(rng.below(256));
    return bytes;
}

/// The demo's size in pages and its page size, known before the demo exists
/// (byte-level variants are described up front; offsets beyond the file are
/// taken modulo its size when the variant is made).
constexpr int kPageSize = 4096;
constexpr int kDemoPages = 90;

// ---- byte level ------------------------------------------------------------

void addByteVariants(std::vector<Variant> &out)
{
    // Bytes flipped in random pages, page 1 (the header and the schema) every fifth time.
    for (int i = 0; i < 170; ++i) {
        Rng rng(1000 + i);
        const int page = i % 5 == 0 ? 1 : int(rng.between(1, kDemoPages));
        const int count = int(rng.between(1, 16));
        QList<std::pair<qint64, int>> edits;
        for (int n = 0; n < count; ++n)
            edits.append({qint64(page - 1) * kPageSize + rng.below(kPageSize), int(rng.between(1, 255))});
        Variant v;
        v.label = QStringLiteral("flip_%1_bytes_page_%2").arg(count).arg(page);
        v.description = QStringLiteral("demo plan with bytes xor-ed at offsets %1 (page %2 of %3 bytes)")
                            .arg(hexList(edits))
                            .arg(page)
                            .arg(kPageSize);
        v.make = [edits](const Base &base, const QString &path, const QString &) {
            QByteArray bytes = base.demoBytes;
            for (const auto &[offset, mask] : edits)
                bytes[offset % bytes.size()] = char(bytes[offset % bytes.size()] ^ mask);
            makeFromBytes(path, bytes);
        };
        out.push_back(v);
    }

    // The header's fields, each set to zeros, to ones and to random bytes.
    struct HeaderField {
        int offset;
        int size;
        const char *name;
        bool horisontOwns; ///< a field whose change Horisont must notice whatever SQLite says
    };
    const HeaderField fields[] = {
        {0, 16, "magic", true},           {16, 2, "page_size", false},      {18, 1, "write_version", false},
        {19, 1, "read_version", false},   {20, 1, "reserved_space", false}, {21, 1, "max_payload", false},
        {22, 1, "min_payload", false},    {23, 1, "leaf_payload", false},   {24, 4, "change_counter", false},
        {28, 4, "page_count", false},     {32, 4, "freelist_trunk", false}, {36, 4, "freelist_count", false},
        {40, 4, "schema_cookie", false},  {44, 4, "schema_format", false},  {48, 4, "cache_size", false},
        {52, 4, "autovacuum_root", false}, {56, 4, "text_encoding", false}, {60, 4, "user_version", true},
        {64, 4, "incremental_vacuum", false}, {68, 4, "application_id", true}, {72, 20, "reserved", false},
        {92, 4, "version_valid_for", false}, {96, 4, "sqlite_version", false},
    };
    int seed = 0;
    for (const HeaderField &field : fields) {
        for (const char *how : {"zeros", "ones", "random"}) {
            Rng rng(5000 + seed++);
            QByteArray value(field.size, '\0');
            if (QByteArray(how) == "ones")
                value.fill('\xff');
            else if (QByteArray(how) == "random")
                value = randomBytes(rng, field.size);
            Variant v;
            v.label = QStringLiteral("header_%1_%2").arg(QLatin1String(field.name), QLatin1String(how));
            v.description = QStringLiteral("demo plan with header bytes %1..%2 (%3) set to %4 (xor 0x01 on the last "
                                           "byte if that was the value already)")
                                .arg(field.offset)
                                .arg(field.offset + field.size - 1)
                                .arg(QLatin1String(field.name), QString::fromLatin1(value.toHex()));
            v.expect = field.horisontOwns ? Expect::Damaged : Expect::Any;
            v.make = [field, value](const Base &base, const QString &path, const QString &) {
                QByteArray bytes = base.demoBytes;
                QByteArray v2 = value;
                if (bytes.mid(field.offset, field.size) == v2)
                    v2[field.size - 1] = char(v2[field.size - 1] ^ 1);
                bytes.replace(field.offset, field.size, v2);
                makeFromBytes(path, bytes);
            };
            out.push_back(v);
        }
    }
    // The journal-mode bytes 18/19 set to WAL (2, 2): a plan that says it is in WAL mode.
    {
        Variant v;
        v.label = QStringLiteral("header_wal_bytes_2_2");
        v.description = QStringLiteral("demo plan with header bytes 18 and 19 set to 2 (WAL mode) and no -wal file");
        v.make = [](const Base &base, const QString &path, const QString &) {
            QByteArray bytes = base.demoBytes;
            bytes[18] = 2;
            bytes[19] = 2;
            makeFromBytes(path, bytes);
        };
        out.push_back(v);
    }

    // Truncations: page-aligned and not, and the small sizes around the header.
    for (int i = 0; i < 40; ++i) {
        Rng rng(7000 + i);
        const bool aligned = i % 2 == 0;
        qint64 length = aligned ? rng.between(1, kDemoPages - 1) * kPageSize : rng.between(1, kDemoPages * kPageSize - 1);
        if (i < 6)
            length = QList<qint64>{0, 1, 99, 100, 101, 4095}[i];
        Variant v;
        v.label = QStringLiteral("truncate_%1").arg(length);
        v.description = QStringLiteral("demo plan cut to its first %1 bytes").arg(length);
        v.make = [length](const Base &base, const QString &path, const QString &) {
            makeFromBytes(path, base.demoBytes.left(length));
        };
        out.push_back(v);
    }

    // Zeroed pages: one page or a run of up to five.
    for (int i = 0; i < 40; ++i) {
        Rng rng(8000 + i);
        const int first = i % 10 == 0 ? 1 : int(rng.between(1, kDemoPages));
        const int count = i % 3 == 0 ? int(rng.between(2, 5)) : 1;
        Variant v;
        v.label = QStringLiteral("zero_pages_%1_to_%2").arg(first).arg(first + count - 1);
        v.description = QStringLiteral("demo plan with pages %1…%2 (1-based, %3 bytes each) overwritten with zero bytes")
                            .arg(first)
                            .arg(first + count - 1)
                            .arg(kPageSize);
        v.make = [first, count](const Base &base, const QString &path, const QString &) {
            QByteArray bytes = base.demoBytes;
            const qint64 from = qint64(first - 1) * base.pageSize;
            const qint64 to = qMin<qint64>(bytes.size(), qint64(first - 1 + count) * base.pageSize);
            for (qint64 o = from; o < to; ++o)
                bytes[o] = '\0';
            makeFromBytes(path, bytes);
        };
        out.push_back(v);
    }

    // Swapped pages.
    for (int i = 0; i < 40; ++i) {
        Rng rng(9000 + i);
        const int a = i % 10 == 0 ? 1 : int(rng.between(2, kDemoPages));
        int b = int(rng.between(2, kDemoPages));
        if (b == a)
            b = a == kDemoPages ? 2 : a + 1;
        Variant v;
        v.label = QStringLiteral("swap_pages_%1_%2").arg(a).arg(b);
        v.description = QStringLiteral("demo plan with pages %1 and %2 (1-based, %3 bytes each) swapped").arg(a).arg(b).arg(kPageSize);
        v.make = [a, b](const Base &base, const QString &path, const QString &) {
            QByteArray bytes = base.demoBytes;
            const int ps = base.pageSize;
            const QByteArray pa = bytes.mid(qint64(a - 1) * ps, ps);
            const QByteArray pb = bytes.mid(qint64(b - 1) * ps, ps);
            bytes.replace(qint64(a - 1) * ps, ps, pb);
            bytes.replace(qint64(b - 1) * ps, ps, pa);
            makeFromBytes(path, bytes);
        };
        out.push_back(v);
    }

    // A page overwritten with noise, and part of a page.
    for (int i = 0; i < 20; ++i) {
        Rng rng(9500 + i);
        const int page = int(rng.between(1, kDemoPages));
        const int from = i % 2 ? 0 : int(rng.below(kPageSize / 2));
        const int length = i % 2 ? kPageSize : int(rng.between(8, kPageSize / 2));
        const quint64 noiseSeed = rng.next();
        Variant v;
        v.label = QStringLiteral("noise_page_%1_%2_bytes").arg(page).arg(length);
        v.description = QStringLiteral("demo plan with %1 bytes from offset %2 of page %3 replaced by noise "
                                       "(splitmix64 seed %4)")
                            .arg(length)
                            .arg(from)
                            .arg(page)
                            .arg(noiseSeed);
        v.make = [page, from, length, noiseSeed](const Base &base, const QString &path, const QString &) {
            QByteArray bytes = base.demoBytes;
            Rng noise(noiseSeed);
            bytes.replace(qint64(page - 1) * base.pageSize + from, length, randomBytes(noise, length));
            makeFromBytes(path, bytes.left(base.demoBytes.size()));
        };
        out.push_back(v);
    }

    // Garbage appended: noise, zero pages, a copy of the first page.
    for (int i = 0; i < 15; ++i) {
        Rng rng(9800 + i);
        const int kind = i % 3;
        const qint64 length = kind == 0 ? rng.between(1, 10000) : kPageSize * rng.between(1, 3);
        const quint64 noiseSeed = rng.next();
        Variant v;
        v.label = QStringLiteral("append_%1_%2").arg(kind == 0 ? QStringLiteral("noise") : kind == 1 ? QStringLiteral("zeros") : QStringLiteral("page1")).arg(length);
        v.description = kind == 0   ? QStringLiteral("demo plan with %1 bytes of noise appended (seed %2)").arg(length).arg(noiseSeed)
                        : kind == 1 ? QStringLiteral("demo plan with %1 zero bytes appended").arg(length)
                                    : QStringLiteral("demo plan with its first page appended %1 times").arg(length / kPageSize);
        v.make = [kind, length, noiseSeed](const Base &base, const QString &path, const QString &) {
            QByteArray bytes = base.demoBytes;
            Rng noise(noiseSeed);
            if (kind == 0)
                bytes += randomBytes(noise, length);
            else if (kind == 1)
                bytes += QByteArray(length, '\0');
            else
                for (qint64 n = 0; n < length / base.pageSize; ++n)
                    bytes += base.demoBytes.left(base.pageSize);
            makeFromBytes(path, bytes);
        };
        out.push_back(v);
    }
}

// ---- side files --------------------------------------------------------------

void addSideFileVariants(std::vector<Variant> &out)
{
    const QString edits[] = {
        QStringLiteral("UPDATE activity SET name = name || 'x'"),
        QStringLiteral("UPDATE organisation SET code = code || '9'"),
        QStringLiteral("UPDATE allocation SET amount = amount + 100"),
        QStringLiteral("DELETE FROM allocation"),
        QStringLiteral("UPDATE programme SET name = 'Annan plan'"),
        QStringLiteral("INSERT INTO risk (name, likelihood, impact) SELECT name || ' kopia', likelihood, impact FROM risk"),
        QStringLiteral("UPDATE ledger_transaction SET text = text || ' (x)'"),
        QStringLiteral("DELETE FROM responsibility"),
    };
    // A stale journal from another plan of the same kind, from a generated plan and from an empty plan.
    const std::pair<const char *, QString Base::*> sources[] = {
        {"sibling", &Base::sibling}, {"generated", &Base::generated}, {"empty", &Base::empty}};
    for (const auto &[name, plan] : sources) {
        const int count = QByteArray(name) == "sibling" ? 8 : 4;
        for (int e = 0; e < count; ++e) {
            QString sql = edits[e];
            if (QByteArray(name) == "empty") // it has a programme and little else
                sql = QStringLiteral("UPDATE programme SET name = name || '%1'").arg(e);
            Variant v;
            v.label = QStringLiteral("foreign_journal_%1_%2").arg(QLatin1String(name)).arg(e);
            v.description = QStringLiteral("demo plan with a -journal beside it taken from the %1 plan in the middle of "
                                           "\"PRAGMA synchronous=OFF; PRAGMA cache_size=1; BEGIN; %2;\" (before ROLLBACK)")
                                .arg(QLatin1String(name), sql);
            v.expect = Expect::SideFile;
            v.side = Side::Foreign;
            const auto member = plan;
            v.make = [member, sql](const Base &base, const QString &path, const QString &scratch) {
                makeFromBytes(path, base.demoBytes);
                writeBytes(path + QStringLiteral("-journal"), journalOf(base.*member, sql, scratch));
            };
            out.push_back(v);
        }
    }
    // A foreign journal with bytes flipped, and cut short.
    for (int i = 0; i < 8; ++i) {
        Rng rng(11000 + i);
        const QString sql = edits[i % 4];
        const int flips = int(rng.between(1, 8));
        QList<std::pair<qint64, int>> editsAt;
        for (int f = 0; f < flips; ++f)
            editsAt.append({rng.below(4096 * 3), int(rng.between(1, 255))});
        Variant v;
        v.label = QStringLiteral("foreign_journal_flipped_%1").arg(i);
        v.description = QStringLiteral("demo plan with the sibling plan's -journal of \"%1\" beside it, its bytes xor-ed "
                                       "at offsets %2 (modulo its size)")
                            .arg(sql, hexList(editsAt));
        v.expect = Expect::SideFile;
        v.side = Side::Foreign;
        v.make = [sql, editsAt](const Base &base, const QString &path, const QString &scratch) {
            makeFromBytes(path, base.demoBytes);
            QByteArray journal = journalOf(base.sibling, sql, scratch);
            for (const auto &[offset, mask] : editsAt)
                journal[offset % journal.size()] = char(journal[offset % journal.size()] ^ mask);
            writeBytes(path + QStringLiteral("-journal"), journal);
        };
        out.push_back(v);
    }

    // The plan's own journal: an edit interrupted by a crash (a legitimate
    // hot journal), whole, with bytes flipped, and cut short.
    for (int e = 0; e < 8; ++e) {
        const QString sql = edits[e];
        Variant v;
        v.label = QStringLiteral("own_journal_%1").arg(e);
        v.description = QStringLiteral("demo plan with its own -journal from the middle of \"PRAGMA synchronous=OFF; "
                                       "PRAGMA cache_size=1; BEGIN; %1;\" (an interrupted edit)")
                            .arg(sql);
        v.side = Side::Own;
        v.make = [sql](const Base &base, const QString &path, const QString &scratch) {
            makeFromBytes(path, base.demoBytes);
            writeBytes(path + QStringLiteral("-journal"), journalOf(base.demo, sql, scratch));
        };
        out.push_back(v);
    }
    for (int i = 0; i < 10; ++i) {
        Rng rng(12000 + i);
        const QString sql = edits[i % 8];
        const bool truncate = i % 3 == 2;
        const qint64 cut = rng.between(1, 3 * 4096);
        QList<std::pair<qint64, int>> editsAt;
        for (int f = 0, flips = int(rng.between(1, 8)); f < flips; ++f)
            editsAt.append({rng.below(4096 * 3), int(rng.between(1, 255))});
        Variant v;
        v.label = QStringLiteral("own_journal_%1_%2").arg(truncate ? QStringLiteral("cut") : QStringLiteral("flipped")).arg(i);
        v.description = truncate ? QStringLiteral("demo plan with its own -journal of \"%1\" cut to %2 bytes").arg(sql).arg(cut)
                                 : QStringLiteral("demo plan with its own -journal of \"%1\", bytes xor-ed at offsets %2 "
                                                  "(modulo its size)")
                                       .arg(sql, hexList(editsAt));
        // A damaged journal of the plan's own: what it would restore is the
        // plan (the edit never committed), so replaying it must not damage it.
        v.side = Side::Foreign;
        v.make = [sql, truncate, cut, editsAt](const Base &base, const QString &path, const QString &scratch) {
            makeFromBytes(path, base.demoBytes);
            QByteArray journal = journalOf(base.demo, sql, scratch);
            if (truncate) {
                journal = journal.left(cut);
            } else {
                for (const auto &[offset, mask] : editsAt)
                    journal[offset % journal.size()] = char(journal[offset % journal.size()] ^ mask);
            }
            writeBytes(path + QStringLiteral("-journal"), journal);
        };
        out.push_back(v);
    }
    // Empty and noise journals.
    for (int i = 0; i < 3; ++i) {
        Variant v;
        v.label = QStringLiteral("journal_%1").arg(i == 0 ? QStringLiteral("empty") : QStringLiteral("noise_%1").arg(i));
        v.description = i == 0 ? QStringLiteral("demo plan with an empty -journal beside it")
                               : QStringLiteral("demo plan with a -journal of %1 bytes of noise (seed %2)").arg(i * 5000).arg(13000 + i);
        v.side = Side::Foreign;
        v.expect = i == 0 ? Expect::Any : Expect::SideFile;
        v.make = [i](const Base &base, const QString &path, const QString &) {
            makeFromBytes(path, base.demoBytes);
            Rng rng(13000 + i);
            writeBytes(path + QStringLiteral("-journal"), randomBytes(rng, i * 5000));
        };
        out.push_back(v);
    }

    // WAL: the plan switched to WAL mode; with its own WAL not yet
    // checkpointed; with its own WAL damaged; and another plan's WAL beside it.
    {
        Variant v;
        v.label = QStringLiteral("wal_mode");
        v.description = QStringLiteral("demo plan switched to WAL mode (PRAGMA journal_mode=WAL), closed cleanly");
        v.make = [](const Base &base, const QString &path, const QString &scratch) {
            makeFromBytes(path, walOf(base.demo, QString(), scratch).first);
        };
        out.push_back(v);
    }
    for (int e = 0; e < 8; ++e) {
        const QString sql = edits[e];
        const bool damaged = e >= 4;
        Rng rng(14000 + e);
        QList<std::pair<qint64, int>> editsAt;
        for (int f = 0, flips = int(rng.between(1, 6)); f < flips; ++f)
            editsAt.append({rng.below(4096 * 2), int(rng.between(1, 255))});
        Variant v;
        v.label = QStringLiteral("own_wal_%1%2").arg(e).arg(damaged ? QStringLiteral("_flipped") : QString());
        v.description = QStringLiteral("demo plan in WAL mode with its own uncheckpointed -wal holding the committed \"%1\"%2")
                            .arg(sql, damaged ? QStringLiteral(", the -wal's bytes xor-ed at %1").arg(hexList(editsAt)) : QString());
        v.side = damaged ? Side::Foreign : Side::Own;
        v.make = [sql, damaged, editsAt](const Base &base, const QString &path, const QString &scratch) {
            auto [main, wal] = walOf(base.demo, sql, scratch);
            if (damaged) {
                for (const auto &[offset, mask] : editsAt)
                    wal[offset % wal.size()] = char(wal[offset % wal.size()] ^ mask);
            }
            makeFromBytes(path, main);
            writeBytes(path + QStringLiteral("-wal"), wal);
        };
        out.push_back(v);
    }
    for (int e = 0; e < 8; ++e) {
        const QString sql = edits[e % 4];
        const bool victimInWal = e >= 4;
        Variant v;
        v.label = QStringLiteral("foreign_wal_%1%2").arg(e).arg(victimInWal ? QStringLiteral("_into_wal_mode") : QString());
        v.description = QStringLiteral("demo plan%1 with the -wal of the sibling plan (WAL mode, \"%2\" committed, not "
                                       "checkpointed) beside it")
                            .arg(victimInWal ? QStringLiteral(" switched to WAL mode") : QString(), sql);
        v.expect = Expect::SideFile;
        v.side = Side::Foreign;
        v.make = [sql, victimInWal](const Base &base, const QString &path, const QString &scratch) {
            const QByteArray main = victimInWal ? walOf(base.demo, QString(), scratch).first : base.demoBytes;
            makeFromBytes(path, main);
            writeBytes(path + QStringLiteral("-wal"), walOf(base.sibling, sql, scratch).second);
        };
        out.push_back(v);
    }
    for (int i = 0; i < 3; ++i) {
        Variant v;
        static const char *const labels[] = {"empty_wal", "noise_shm_wal_mode", "noise_shm_rollback_mode"};
        v.label = QString::fromLatin1(labels[i]);
        v.description = i == 0 ? QStringLiteral("demo plan with an empty -wal beside it")
                        : i == 1 ? QStringLiteral("demo plan in WAL mode with a -shm of 32768 bytes of noise (seed 15001)")
                                 : QStringLiteral("demo plan (rollback mode) with a -shm of 32768 bytes of noise (seed 15002)");
        v.side = Side::Foreign;
        v.make = [i](const Base &base, const QString &path, const QString &scratch) {
            Rng rng(15000 + i);
            if (i == 0) {
                makeFromBytes(path, base.demoBytes);
                writeBytes(path + QStringLiteral("-wal"), QByteArray());
            } else {
                makeFromBytes(path, i == 1 ? walOf(base.demo, QString(), scratch).first : base.demoBytes);
                writeBytes(path + QStringLiteral("-shm"), randomBytes(rng, 32768));
            }
        };
        out.push_back(v);
    }
}

// ---- SQL level ---------------------------------------------------------------

QString quoted(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

/// A row of `table` chosen by `n`: for a column, rows where it holds a value come first.
QString rowOf(const QString &table, quint64 n, const QString &column = QString())
{
    if (column.isEmpty())
        return QStringLiteral("(SELECT id FROM %1 ORDER BY id LIMIT 1 OFFSET (SELECT %2 % max(1, count(*)) FROM %1))")
            .arg(quoted(table))
            .arg(n % 1000);
    return QStringLiteral("(SELECT id FROM %1 ORDER BY (%2 IS NULL), id LIMIT 1 OFFSET (SELECT %3 % max(1, count(%2)) "
                          "FROM %1))")
        .arg(quoted(table), quoted(column))
        .arg(n % 1000);
}

QString setOne(const QString &table, const QString &column, const QString &value, quint64 n, bool preferSet = false)
{
    return QStringLiteral("UPDATE %1 SET %2 = %3 WHERE id = %4")
        .arg(quoted(table), quoted(column), value, rowOf(table, n, preferSet ? column : QString()));
}

struct SqlVariantList {
    std::vector<Variant> &out;
    void add(const QString &label, const QString &sql, Expect expect, bool mustChange = true, bool positiveSums = false)
    {
        Variant v;
        v.label = label;
        v.description = QStringLiteral("sqlite3 demo.horisont \"PRAGMA foreign_keys=OFF; BEGIN; %1; COMMIT;\"").arg(sql);
        v.expect = expect;
        v.sumsStayPositive = positiveSums;
        v.fullPack = true;
        v.make = [sql, mustChange](const Base &base, const QString &path, const QString &) {
            makeFromBytes(path, base.demoBytes);
            mutate(path, sql, mustChange);
        };
        out.push_back(v);
    }
};

QString sqlLabel(const QString &text)
{
    QString label;
    for (const QChar c : text)
        label += c.isLetterOrNumber() && c.unicode() < 128 ? c : QLatin1Char('_');
    return label;
}

void addSqlVariants(std::vector<Variant> &out)
{
    SqlVariantList list{out};
    const QString notText = QStringLiteral("'abc'");
    const QString blob = QStringLiteral("X'00FF10'");
    const QStringList badDates{QStringLiteral("'2023-02-30'"), QStringLiteral("'9999-01-01'"), QStringLiteral("'0001-01-01'"),
                               QStringLiteral("'2023-01-05T12:00'"), QStringLiteral("''")};
    quint64 n = 7;
    int textFields = 0;
    for (int k = 0; k < EntityKindCount; ++k) {
        const KindInfo &info = kindInfo(EntityKind(k));
        const QString &t = info.table;
        for (const FieldMeta &f : info.fields) {
            const QString c = f.name;
            const QString base = t + QLatin1Char('_') + c;
            ++n;
            switch (f.type) {
            case FieldType::Reference: {
                const QString target = kindInfo(f.references).table;
                list.add(QStringLiteral("dangling_%1").arg(base), setOne(t, c, QStringLiteral("999999"), n, true), Expect::Damaged);
                // (Where the demo leaves the column empty everywhere, one row is first pointed at the target.)
                list.add(QStringLiteral("deleted_target_%1").arg(base),
                         QStringLiteral("UPDATE %3 SET %2 = (SELECT max(id) FROM %1) WHERE id = %5 AND %2 IS NULL; "
                                        "DELETE FROM %1 WHERE id = (SELECT %2 FROM %3 WHERE %2 IS NOT NULL ORDER BY id LIMIT 1 "
                                        "OFFSET (SELECT %4 % max(1, count(%2)) FROM %3))")
                             .arg(quoted(target), quoted(c), quoted(t))
                             .arg(n % 1000)
                             .arg(rowOf(t, n, c)),
                         Expect::Damaged);
                // One wrong value per reference column, taking turns.
                const QStringList wrong{notText, blob, QStringLiteral("0"), QStringLiteral("-3"), QStringLiteral("2.5")};
                const QString value = wrong[n % wrong.size()];
                list.add(QStringLiteral("ref_%1_%2").arg(base, sqlLabel(value)), setOne(t, c, value, n, true), Expect::Damaged);
                break;
            }
            case FieldType::Enum:
                for (const QString &value : {QStringLiteral("99"), QStringLiteral("-5"), QList<QString>{notText, blob, QStringLiteral("1.5")}[n % 3]})
                    list.add(QStringLiteral("enum_%1_%2").arg(base, sqlLabel(value)), setOne(t, c, value, n), Expect::Damaged);
                break;
            case FieldType::Boolean:
                for (const QString &value : {QStringLiteral("2"), QStringLiteral("-1"), notText})
                    list.add(QStringLiteral("bool_%1_%2").arg(base, sqlLabel(value)), setOne(t, c, value, n), Expect::Damaged);
                break;
            case FieldType::Integer: {
                const QStringList wrong{notText, blob, QStringLiteral("1.5"), QStringLiteral("4294967296")};
                for (int w = 0; w < 2; ++w) {
                    const QString value = wrong[(n + w * 2) % wrong.size()];
                    list.add(QStringLiteral("int_%1_%2").arg(base, sqlLabel(value)), setOne(t, c, value, n), Expect::Damaged);
                }
                break;
            }
            case FieldType::Money:
                for (const QString &value : {QStringLiteral("4611686018427387904"), QStringLiteral("-9223372036854775808"),
                                             QStringLiteral("1000000000000000"), QStringLiteral("-1000000000000000"), notText, blob})
                    list.add(QStringLiteral("money_%1_%2").arg(base, sqlLabel(value)), setOne(t, c, value, n), Expect::Damaged);
                break;
            case FieldType::Date:
                for (const QString &value : badDates)
                    list.add(QStringLiteral("date_%1_%2").arg(base, sqlLabel(value)), setOne(t, c, value, n), Expect::Damaged);
                list.add(QStringLiteral("date_%1_%2").arg(base, n % 2 ? QStringLiteral("int") : QStringLiteral("blob")),
                         setOne(t, c, n % 2 ? QStringLiteral("20230101") : blob, n), Expect::Damaged);
                break;
            case FieldType::Real:
                for (const QString &value : {notText, blob, QStringLiteral("9e999"), QStringLiteral("-9e999"), QStringLiteral("1e300")})
                    list.add(QStringLiteral("real_%1_%2").arg(base, sqlLabel(value)), setOne(t, c, value, n), Expect::Damaged);
                break;
            case FieldType::Text:
                if (textFields++ % 2 == 0)
                    list.add(QStringLiteral("text_%1_blob").arg(base), setOne(t, c, blob, n), Expect::Damaged);
                break;
            }
        }
        // Ids that no row can have.
        list.add(QStringLiteral("id_negative_%1").arg(t), QStringLiteral("UPDATE %1 SET id = -7 WHERE id = %2").arg(quoted(t), rowOf(t, n)),
                 Expect::Damaged);
        if (k % 3 == 0)
            list.add(QStringLiteral("id_zero_%1").arg(t), QStringLiteral("UPDATE %1 SET id = 0 WHERE id = %2").arg(quoted(t), rowOf(t, n + 1)),
                     Expect::Damaged);
    }

    // The ledger's tables, which the entity descriptors do not describe.
    const struct {
        const char *table;
        const char *column;
        const char *target;
        bool foreignKey;
    } ledgerRefs[] = {
        {"ledger_transaction", "import_id", "import_batch", true},
        {"ledger_transaction", "organisation_id", "organisation", false},
        {"ledger_transaction", "intervention_id", "intervention", false},
        {"ledger_transaction", "source_id", "funding_source", false},
        {"ledger_day", "import_id", "import_batch", true},
        {"ledger_day", "source_id", "funding_source", true},
        {"ledger_day", "organisation_id", "organisation", true},
        {"ledger_day", "intervention_id", "intervention", true},
    };
    for (const auto &r : ledgerRefs) {
        const QString t = QLatin1String(r.table), c = QLatin1String(r.column);
        list.add(QStringLiteral("dangling_%1_%2").arg(t, c), setOne(t, c, QStringLiteral("999999"), ++n, true), Expect::Damaged);
        list.add(QStringLiteral("ref_%1_%2_text").arg(t, c), setOne(t, c, notText, ++n, true), Expect::Damaged);
    }
    for (const char *column : {"amount", "row_count", "first_id", "unassigned"}) {
        for (const QString &value : {notText, QStringLiteral("-5"), QStringLiteral("4611686018427387904")})
            list.add(QStringLiteral("ledger_day_%1_%2").arg(QLatin1String(column), sqlLabel(value)),
                     setOne(QStringLiteral("ledger_day"), QLatin1String(column), value, ++n), Expect::Damaged);
    }
    for (const char *column : {"amount"}) {
        for (const QString &value : {QStringLiteral("4611686018427387904"), QStringLiteral("-9223372036854775808"),
                                     QStringLiteral("1000000000000000"), notText, blob, QStringLiteral("12.5")})
            list.add(QStringLiteral("ledger_transaction_%1_%2").arg(QLatin1String(column), sqlLabel(value)),
                     setOne(QStringLiteral("ledger_transaction"), QLatin1String(column), value, ++n), Expect::Damaged);
    }
    for (const auto &[table, column] : std::initializer_list<std::pair<const char *, const char *>>{
             {"ledger_transaction", "date"}, {"ledger_day", "date"}}) {
        for (const QString &value : badDates + QStringList{blob})
            list.add(QStringLiteral("date_%1_%2_%3").arg(QLatin1String(table), QLatin1String(column), sqlLabel(value)),
                     setOne(QLatin1String(table), QLatin1String(column), value, ++n), Expect::Damaged);
    }
    for (const auto &[table, column] : std::initializer_list<std::pair<const char *, const char *>>{
             {"import_batch", "at"}, {"change_log", "at"}}) {
        for (const QString &value : {QStringLiteral("''"), QStringLiteral("'not a time'"), QStringLiteral("'9999-99-99T99:99:99'"), blob})
            list.add(QStringLiteral("time_%1_%2_%3").arg(QLatin1String(table), QLatin1String(column), sqlLabel(value)),
                     setOne(QLatin1String(table), QLatin1String(column), value, ++n), Expect::Damaged);
    }
    for (const QString &value : {QStringLiteral("4611686018427387904"), notText, QStringLiteral("-1")})
        list.add(QStringLiteral("import_batch_total_ore_%1").arg(sqlLabel(value)),
                 setOne(QStringLiteral("import_batch"), QStringLiteral("total_ore"), value, ++n), Expect::Damaged);
    // (A change-log line may name an entity deleted since: only ids no row can have are damage.)
    for (const QString &value : {blob, QStringLiteral("-1")})
        list.add(QStringLiteral("change_log_entity_id_%1").arg(sqlLabel(value)),
                 setOne(QStringLiteral("change_log"), QStringLiteral("entity_id"), value, ++n), Expect::Damaged);

    // Transactions and day sums that disagree.
    const QString aTransaction = rowOf(QStringLiteral("ledger_transaction"), 17);
    const QString aDay = rowOf(QStringLiteral("ledger_day"), 23);
    const QString otherDay = rowOf(QStringLiteral("ledger_day"), 57);
    list.add(QStringLiteral("disagree_day_amount"), QStringLiteral("UPDATE ledger_day SET amount = amount + 1 WHERE id = %1").arg(aDay), Expect::Damaged);
    list.add(QStringLiteral("disagree_day_row_count"), QStringLiteral("UPDATE ledger_day SET row_count = row_count + 1 WHERE id = %1").arg(aDay), Expect::Damaged);
    list.add(QStringLiteral("disagree_day_moved_between_days"),
             QStringLiteral("UPDATE ledger_day SET amount = amount + 5000 WHERE id = %1; UPDATE ledger_day SET amount = amount - 5000 WHERE id = %2")
                 .arg(aDay, otherDay),
             Expect::Damaged);
    list.add(QStringLiteral("disagree_day_date"), QStringLiteral("UPDATE ledger_day SET date = '2019-06-30' WHERE id = %1").arg(aDay), Expect::Damaged);
    list.add(QStringLiteral("disagree_day_deleted"), QStringLiteral("DELETE FROM ledger_day WHERE id = %1").arg(aDay), Expect::Damaged);
    list.add(QStringLiteral("disagree_day_extra"),
             QStringLiteral("INSERT INTO ledger_day (import_id, source_id, organisation_id, intervention_id, date, unassigned, row_count, "
                            "amount, first_id, first_voucher) SELECT import_id, source_id, organisation_id, intervention_id, "
                            "'2019-01-02', unassigned, 1, 100, first_id, first_voucher FROM ledger_day WHERE id = %1")
                 .arg(aDay),
             Expect::Damaged);
    list.add(QStringLiteral("disagree_day_source_moved"),
             QStringLiteral("UPDATE ledger_day SET source_id = (SELECT id FROM funding_source WHERE id IS NOT ledger_day.source_id "
                            "ORDER BY id LIMIT 1) WHERE id = %1")
                 .arg(aDay),
             Expect::Damaged);
    list.add(QStringLiteral("disagree_day_organisation_moved"),
             QStringLiteral("UPDATE ledger_day SET organisation_id = (SELECT id FROM organisation WHERE id IS NOT "
                            "ledger_day.organisation_id ORDER BY id DESC LIMIT 1) WHERE id = %1")
                 .arg(aDay),
             Expect::Damaged);
    list.add(QStringLiteral("disagree_transaction_amount"),
             QStringLiteral("UPDATE ledger_transaction SET amount = amount + 100 WHERE id = %1").arg(aTransaction), Expect::Damaged);
    list.add(QStringLiteral("disagree_transaction_deleted"), QStringLiteral("DELETE FROM ledger_transaction WHERE id = %1").arg(aTransaction),
             Expect::Damaged);
    list.add(QStringLiteral("disagree_transaction_extra"),
             QStringLiteral("INSERT INTO ledger_transaction (import_id, voucher, line, date, amount, account, organisation_code, "
                            "intervention_code, source_code, \"text\", organisation_id, intervention_id, source_id, identity) "
                            "SELECT import_id, voucher, '99', date, amount, account, organisation_code, intervention_code, source_code, "
                            "\"text\", organisation_id, intervention_id, source_id, identity || '-extra' FROM ledger_transaction WHERE id = %1")
                 .arg(aTransaction),
             Expect::Damaged);
    list.add(QStringLiteral("disagree_transaction_date"),
             QStringLiteral("UPDATE ledger_transaction SET date = '2019-07-01' WHERE id = %1").arg(aTransaction), Expect::Damaged);
    list.add(QStringLiteral("disagree_transaction_source"),
             QStringLiteral("UPDATE ledger_transaction SET source_id = (SELECT id FROM funding_source WHERE id IS NOT "
                            "ledger_transaction.source_id ORDER BY id LIMIT 1) WHERE id = %1")
                 .arg(aTransaction),
             Expect::Damaged);
    list.add(QStringLiteral("disagree_transaction_organisation"),
             QStringLiteral("UPDATE ledger_transaction SET organisation_id = (SELECT id FROM organisation WHERE id IS NOT "
                            "ledger_transaction.organisation_id ORDER BY id DESC LIMIT 1) WHERE id = %1")
                 .arg(aTransaction),
             Expect::Damaged);
    list.add(QStringLiteral("disagree_transactions_swapped_amounts"),
             QStringLiteral("UPDATE ledger_transaction SET amount = CASE id WHEN (SELECT min(id) FROM ledger_transaction) THEN "
                            "(SELECT amount FROM ledger_transaction ORDER BY id DESC LIMIT 1) ELSE (SELECT amount FROM "
                            "ledger_transaction ORDER BY id LIMIT 1) END WHERE id IN ((SELECT min(id) FROM ledger_transaction), "
                            "(SELECT max(id) FROM ledger_transaction))"),
             Expect::Damaged);
    list.add(QStringLiteral("ledger_import_batch_deleted"), QStringLiteral("DELETE FROM import_batch"), Expect::Damaged);
    list.add(QStringLiteral("ledger_transaction_identity_null_like"),
             QStringLiteral("UPDATE ledger_transaction SET identity = '' WHERE id = %1").arg(aTransaction), Expect::Damaged);

    // Sums past what 64 bits hold: each amount within bounds (just under
    // 10^13 kr), ten thousand of them, all positive.
    list.add(QStringLiteral("sum_overflow_allocations"),
             QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
                            "INSERT INTO allocation (source_id, intervention_id, activity_id, organisation_id, year, amount, status, "
                            "decision_id, note) SELECT a.source_id, a.intervention_id, a.activity_id, a.organisation_id, a.year, "
                            "999999999999999, a.status, a.decision_id, 'huge ' || i FROM n, (SELECT * FROM allocation ORDER BY id "
                            "LIMIT 1) a"),
             Expect::Damaged, true, true);
    list.add(QStringLiteral("sum_overflow_ledger"),
             QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 9999) "
                            "INSERT INTO ledger_transaction (import_id, voucher, line, date, amount, account, organisation_code, "
                            "intervention_code, source_code, \"text\", organisation_id, intervention_id, source_id, identity) "
                            "SELECT t.import_id, 'H' || i, '1', printf('2024-02-%02d', 1 + i / 1000), 999999999999999, t.account, "
                            "t.organisation_code, t.intervention_code, t.source_code, 'huge', t.organisation_id, t.intervention_id, "
                            "t.source_id, 'huge-' || i FROM n, (SELECT * FROM ledger_transaction WHERE organisation_id IS NOT NULL "
                            "AND intervention_id IS NOT NULL AND source_id IS NOT NULL ORDER BY id LIMIT 1) t; "
                            "INSERT INTO ledger_day (import_id, source_id, organisation_id, intervention_id, date, unassigned, "
                            "row_count, amount, first_id, first_voucher) SELECT import_id, source_id, organisation_id, "
                            "intervention_id, date, 0, count(*), sum(amount), min(id), min(voucher) FROM ledger_transaction "
                            "WHERE \"text\" = 'huge' GROUP BY date"),
             Expect::Damaged, true, true);
    list.add(QStringLiteral("sum_overflow_forecasts"),
             QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
                            "INSERT INTO forecast (source_id, intervention_id, organisation_id, year, amount, note) "
                            "SELECT f.source_id, f.intervention_id, f.organisation_id, f.year, 999999999999999, 'huge ' || i "
                            "FROM n, (SELECT * FROM forecast ORDER BY id LIMIT 1) f"),
             Expect::Damaged, true, true);
    list.add(QStringLiteral("sum_overflow_ceilings"),
             QStringLiteral("UPDATE funding_source SET ceiling = 999999999999999; "
                            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
                            "INSERT INTO funding_source (name, code, ceiling, valid_from, valid_until, grantor, earmark) "
                            "SELECT 'Källa ' || i, 'K' || i, 999999999999999, '2018-01-01', '2032-12-31', 'x', '' FROM n"),
             Expect::Damaged, true, true);

    // Duplicate codes: findings, not damage.
    for (const char *table : {"organisation", "intervention", "funding_source"}) {
        const QString t = QLatin1String(table);
        for (int pair = 0; pair < 2; ++pair)
            list.add(QStringLiteral("duplicate_code_%1_%2").arg(t).arg(pair),
                     QStringLiteral("UPDATE %1 SET code = (SELECT code FROM %1 WHERE code <> '' ORDER BY id LIMIT 1 OFFSET %2) "
                                    "WHERE id = (SELECT id FROM %1 WHERE code <> '' ORDER BY id LIMIT 1 OFFSET %3)")
                         .arg(t)
                         .arg(pair)
                         .arg(pair + 1),
                     Expect::Finding);
    }

    // Indexes dropped, and redefined behind SQLite's back.
    for (const char *index : {"period_decision_id", "organisation_parent_id", "cause_parent_cause_id", "goal_parent_goal_id",
                              "intervention_phase_id", "activity_intervention_id", "responsibility_organisation_id",
                              "allocation_source_id", "allocation_intervention_id", "measurement_indicator_id",
                              "change_log_entity", "problem_area_area_id", "forecast_source_id", "ledger_day_import_id",
                              "ledger_day_source_id", "ledger_day_organisation_id", "ledger_day_intervention_id"})
        list.add(QStringLiteral("dropped_index_%1").arg(QLatin1String(index)), QStringLiteral("DROP INDEX %1").arg(QLatin1String(index)),
                 Expect::Damaged, false);
    const std::pair<const char *, const char *> altered[] = {
        {"activity_intervention_id", "CREATE INDEX activity_intervention_id ON activity(name)"},
        {"allocation_source_id", "CREATE INDEX allocation_source_id ON allocation(amount)"},
        {"ledger_day_source_id", "CREATE INDEX ledger_day_source_id ON ledger_day(organisation_id)"},
        {"responsibility_organisation_id", "CREATE INDEX responsibility_organisation_id ON responsibility(role)"},
        {"organisation_parent_id", "CREATE INDEX organisation_parent_id ON organisation(code)"},
        {"change_log_entity", "CREATE INDEX change_log_entity ON change_log(entity_id, entity)"},
        {"ledger_day_import_id", "CREATE UNIQUE INDEX ledger_day_import_id ON ledger_day(import_id)"},
    };
    for (const auto &[index, sql] : altered)
        list.add(QStringLiteral("altered_index_%1").arg(QLatin1String(index)),
                 QStringLiteral("PRAGMA writable_schema=ON; UPDATE sqlite_master SET sql = '%1' WHERE name = '%2'; "
                                "PRAGMA writable_schema=OFF")
                     .arg(QLatin1String(sql), QLatin1String(index)),
                 Expect::Damaged);
    list.add(QStringLiteral("altered_table_allocation_amount_text"),
             QStringLiteral("PRAGMA writable_schema=ON; UPDATE sqlite_master SET sql = replace(sql, 'amount INTEGER NOT NULL DEFAULT 0', "
                            "'amount TEXT') WHERE name = 'allocation' AND sql LIKE '%amount INTEGER NOT NULL DEFAULT 0%'; PRAGMA writable_schema=OFF"),
             Expect::Damaged);
    list.add(QStringLiteral("altered_table_ledger_identity_not_unique"),
             QStringLiteral("PRAGMA writable_schema=ON; UPDATE sqlite_master SET sql = replace(sql, 'identity TEXT NOT NULL UNIQUE', "
                            "'identity TEXT NOT NULL') WHERE name = 'ledger_transaction' AND sql LIKE '%identity TEXT NOT NULL UNIQUE%'; PRAGMA writable_schema=OFF"),
             Expect::Damaged);
    // Triggers Horisont never writes, lying in wait for the next import.
    list.add(QStringLiteral("trigger_deletes_allocations_on_import"),
             QStringLiteral("CREATE TRIGGER mutant AFTER INSERT ON ledger_transaction BEGIN DELETE FROM allocation; END"),
             Expect::Damaged, false);
    list.add(QStringLiteral("trigger_renames_programme_on_import"),
             QStringLiteral("CREATE TRIGGER mutant AFTER INSERT ON import_batch BEGIN UPDATE programme SET name = 'Hijacked'; END"),
             Expect::Damaged, false);
    list.add(QStringLiteral("trigger_aborts_day_sums"),
             QStringLiteral("CREATE TRIGGER mutant BEFORE INSERT ON ledger_day BEGIN SELECT RAISE(ABORT, 'mutant trigger'); END"),
             Expect::Damaged, false);
    list.add(QStringLiteral("trigger_doubles_amounts"),
             QStringLiteral("CREATE TRIGGER mutant AFTER INSERT ON ledger_day BEGIN UPDATE ledger_day SET amount = amount * 2 "
                            "WHERE id = new.id; END"),
             Expect::Damaged, false);

    // The programme and the format.
    list.add(QStringLiteral("second_programme"),
             QStringLiteral("INSERT INTO programme (id, name, start, horizon_end, currency, fiscal_year_start_month) "
                            "SELECT 2, 'Andra programmet', start, horizon_end, currency, fiscal_year_start_month FROM programme"),
             Expect::Damaged);
    list.add(QStringLiteral("no_programme"), QStringLiteral("DELETE FROM programme"), Expect::Damaged);
    for (const char *version : {"0", "1", "2", "-1", "9999"})
        list.add(QStringLiteral("user_version_%1").arg(sqlLabel(QLatin1String(version))),
                 QStringLiteral("PRAGMA user_version = %1").arg(QLatin1String(version)), Expect::Damaged, false);
    for (const char *id : {"0", "12345"})
        list.add(QStringLiteral("application_id_%1").arg(QLatin1String(id)), QStringLiteral("PRAGMA application_id = %1").arg(QLatin1String(id)),
                 Expect::Damaged, false);
    list.add(QStringLiteral("table_dropped_forecast"), QStringLiteral("DROP TABLE forecast"), Expect::Damaged, false);
    list.add(QStringLiteral("table_dropped_ledger_day"), QStringLiteral("DROP TABLE ledger_day"), Expect::Damaged, false);

    // Parent chains that lead round in a circle.
    list.add(QStringLiteral("cycle_organisation_self"),
             QStringLiteral("UPDATE organisation SET parent_id = id WHERE id = %1").arg(rowOf(QStringLiteral("organisation"), 3)), Expect::Damaged);
    list.add(QStringLiteral("cycle_organisation_two"),
             QStringLiteral("UPDATE organisation SET parent_id = CASE id WHEN (SELECT min(id) FROM organisation) THEN (SELECT max(id) "
                            "FROM organisation) ELSE (SELECT min(id) FROM organisation) END WHERE id IN ((SELECT min(id) FROM "
                            "organisation), (SELECT max(id) FROM organisation))"),
             Expect::Damaged);
    list.add(QStringLiteral("cycle_organisation_three"),
             QStringLiteral("UPDATE organisation SET parent_id = CASE id WHEN 1 THEN 2 WHEN 2 THEN 3 ELSE 1 END WHERE id IN (1, 2, 3)"),
             Expect::Damaged);
    list.add(QStringLiteral("cycle_goal_self"),
             QStringLiteral("UPDATE goal SET parent_goal_id = id WHERE id = %1").arg(rowOf(QStringLiteral("goal"), 2)), Expect::Damaged);
    list.add(QStringLiteral("cycle_goal_two"),
             QStringLiteral("UPDATE goal SET parent_goal_id = CASE id WHEN (SELECT min(id) FROM goal) THEN (SELECT max(id) FROM goal) "
                            "ELSE (SELECT min(id) FROM goal) END WHERE id IN ((SELECT min(id) FROM goal), (SELECT max(id) FROM goal))"),
             Expect::Damaged);
    list.add(QStringLiteral("cycle_cause_two"),
             QStringLiteral("UPDATE cause SET parent_cause_id = CASE id WHEN (SELECT min(id) FROM cause) THEN (SELECT max(id) FROM cause) "
                            "ELSE (SELECT min(id) FROM cause) END WHERE id IN ((SELECT min(id) FROM cause), (SELECT max(id) FROM cause))"),
             Expect::Damaged);

    // NULL where SQLite allows it but no Horisont plan has one (the fields
    // schema.cpp marks required).
    // (Dates a source, a period or a classification may leave open are not among them.)
    const std::pair<const char *, const char *> nulls[] = {
        {"phase", "start"},              {"phase", "end"},                      {"intervention", "phase_id"},
        {"intervention", "start"},       {"intervention", "end"},               {"activity", "intervention_id"},
        {"activity", "start"},           {"activity", "end"},                   {"responsibility", "organisation_id"},
        {"allocation", "source_id"},     {"area_classification", "area_id"},    {"intervention_area", "intervention_id"},
        {"intervention_area", "area_id"}, {"intervention_cause", "cause_id"},   {"intervention_goal", "goal_id"},
        {"problem_area", "problem_id"},  {"problem_area", "area_id"},           {"measurement", "indicator_id"},
        {"indicator", "goal_id"},        {"follow_up", "intervention_id"},      {"ledger_transaction", "import_id"},
        {"ledger_day", "import_id"},
    };
    for (const auto &[table, column] : nulls)
        list.add(QStringLiteral("null_%1_%2").arg(QLatin1String(table), QLatin1String(column)),
                 setOne(QLatin1String(table), QLatin1String(column), QStringLiteral("NULL"), ++n, true), Expect::Damaged);
    list.add(QStringLiteral("null_responsibility_both_targets"),
             QStringLiteral("UPDATE responsibility SET intervention_id = NULL, activity_id = NULL WHERE id = %1")
                 .arg(rowOf(QStringLiteral("responsibility"), 5)),
             Expect::Damaged);
    // NULLs Horisont itself writes, so not damage, and every command copes:
    // `horisont new` without --demo sets no horizon, a forecast for the
    // whole programme has no source, the allocation grid leaves the
    // organisation of an intervention without an accountable one empty,
    // and an allocation by organisation has no intervention or activity.
    const std::pair<const char *, const char *> legalNulls[] = {
        {"programme", "start"}, {"programme", "horizon_end"}, {"allocation", "organisation_id"}, {"forecast", "source_id"}};
    for (const auto &[table, column] : legalNulls)
        list.add(QStringLiteral("legal_null_%1_%2").arg(QLatin1String(table), QLatin1String(column)),
                 setOne(QLatin1String(table), QLatin1String(column), QStringLiteral("NULL"), ++n, true), Expect::Any);
    list.add(QStringLiteral("legal_null_allocation_both_targets"),
             QStringLiteral("UPDATE allocation SET intervention_id = NULL, activity_id = NULL WHERE id = %1")
                 .arg(rowOf(QStringLiteral("allocation"), 5)),
             Expect::Any);

    // Whole numbers no plan can mean.
    const std::tuple<const char *, const char *, const char *> impossible[] = {
        {"programme", "fiscal_year_start_month", "0"},  {"programme", "fiscal_year_start_month", "13"},
        {"programme", "fiscal_year_start_month", "-1"}, {"programme", "fiscal_year_start_month", "2147483647"},
        {"measurement", "tertial", "4"},                {"measurement", "tertial", "-1"},
        {"risk", "likelihood", "0"},                    {"risk", "likelihood", "6"},
        {"risk", "impact", "99"},                       {"allocation", "year", "0"},
        {"allocation", "year", "-1"},                   {"allocation", "year", "99999"},
        {"allocation", "year", "2147483647"},           {"forecast", "year", "0"},
        {"forecast", "year", "-2147483648"},            {"measurement", "year", "0"},
        {"indicator", "baseline_year", "-5"},           {"follow_up", "hours", "-1"},
    };
    for (const auto &[table, column, value] : impossible)
        list.add(QStringLiteral("impossible_%1_%2_%3").arg(QLatin1String(table), QLatin1String(column), sqlLabel(QLatin1String(value))),
                 setOne(QLatin1String(table), QLatin1String(column), QLatin1String(value), ++n), Expect::Damaged);

    // A million characters without a space: legal, but every command must
    // still finish in bounded time.
    const QString million = QStringLiteral("substr(replace(hex(zeroblob(500000)), '00', 'Wå'), 1, 1000000)");
    for (const auto &[table, column] : std::initializer_list<std::pair<const char *, const char *>>{
             {"programme", "name"}, {"programme", "vision"}, {"activity", "name"}, {"intervention", "name"},
             {"intervention", "code"}, {"organisation", "name"}, {"organisation", "code"}, {"funding_source", "name"},
             {"phase", "name"}, {"goal", "name"}, {"indicator", "name"}, {"problem", "name"}, {"cause", "name"},
             {"area", "name"}, {"risk", "name"}, {"recommendation", "text"}, {"decision", "text"},
             {"follow_up", "findings"}, {"allocation", "note"}, {"ledger_transaction", "text"}}) {
        list.add(QStringLiteral("million_chars_%1_%2").arg(QLatin1String(table), QLatin1String(column)),
                 setOne(QLatin1String(table), QLatin1String(column), million, ++n), Expect::Any);
    }
}

const std::vector<Variant> &variants()
{
    static const std::vector<Variant> all = [] {
        std::vector<Variant> v;
        addByteVariants(v);
        addSideFileVariants(v);
        addSqlVariants(v);
        return v;
    }();
    return all;
}

std::vector<int> variantIndices()
{
    std::vector<int> indices(variants().size());
    for (std::size_t i = 0; i < indices.size(); ++i)
        indices[i] = int(i);
    return indices;
}

// ---------------------------------------------------------------------------
// Running the commands.

struct Outcome {
    QString command;
    int exit = -1;
    bool crashed = false;
    int signal = 0;
    bool timedOut = false;
    bool failedToStart = false;
    QString out;
    QString err;
    qint64 ms = 0;

    bool accepted() const { return !crashed && !timedOut && (exit == 0 || exit == 1); }
    QString status() const
    {
        if (timedOut)
            return QStringLiteral("HANG (killed after %1 ms)").arg(ms);
        if (failedToStart)
            return QStringLiteral("did not start");
        if (crashed)
            return QStringLiteral("CRASH (signal %1)").arg(signal);
        return QStringLiteral("exit %1 (%2 ms)").arg(exit).arg(ms);
    }
};

/// One horisont process, its output going to files so that no pipe fills up
/// while the others are waited for.
class Job
{
public:
    Job(const QString &command, const QStringList &arguments, const QString &logFolder) : m_command(command)
    {
        static const QProcessEnvironment environment = test::horisontEnvironment();
        m_out = logFolder + QLatin1Char('/') + command + QStringLiteral(".out");
        m_err = logFolder + QLatin1Char('/') + command + QStringLiteral(".err");
        m_process.setProcessEnvironment(environment);
        m_process.setStandardOutputFile(m_out);
        m_process.setStandardErrorFile(m_err);
        m_timer.start();
        m_process.start(test::horisontExecutable(), arguments);
    }

    /// Waits up to `sliceMs` for the process; true once it has ended (or
    /// was killed for running past the time limit), its outcome then ready.
    bool poll(int sliceMs)
    {
        if (m_done)
            return true;
        m_outcome.command = m_command;
        if (m_process.state() == QProcess::NotRunning && m_process.error() == QProcess::FailedToStart) {
            m_outcome.failedToStart = true;
        } else if (m_process.waitForFinished(sliceMs) || m_process.state() == QProcess::NotRunning) {
            if (m_process.exitStatus() == QProcess::CrashExit) {
                m_outcome.crashed = true;
                m_outcome.signal = m_process.exitCode();
            } else {
                m_outcome.exit = m_process.exitCode();
            }
        } else if (m_timer.elapsed() >= kCommandTimeoutMs) {
            m_outcome.timedOut = true;
            m_process.kill();
            m_process.waitForFinished(5000);
        } else {
            return false;
        }
        m_outcome.ms = m_timer.elapsed();
        m_outcome.out = QString::fromUtf8(readBytes(m_out));
        m_outcome.err = QString::fromUtf8(readBytes(m_err));
        m_done = true;
        return true;
    }

    Outcome finish()
    {
        while (!poll(50)) {
        }
        return m_outcome;
    }

    const Outcome &outcome() const { return m_outcome; }

private:
    QString m_command;
    QString m_out;
    QString m_err;
    QProcess m_process;
    QElapsedTimer m_timer;
    Outcome m_outcome;
    bool m_done = false;
};

/// Waits for all jobs at once, so that each one's time is its own.
void finishAll(const std::vector<Job *> &jobs)
{
    bool pending = true;
    while (pending) {
        pending = false;
        for (Job *job : jobs) {
            if (!job->poll(5))
                pending = true;
        }
    }
}

QString excerpt(const QString &text, int length = 400)
{
    QString t = text.trimmed();
    if (t.size() > length)
        t = t.left(length) + QStringLiteral("…");
    t.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    return t;
}

/// Amount cells in a CSV grid's given columns that are negative.
QStringList negativeCells(const QString &csv, const QStringList &columns)
{
    QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return {};
    QString header = lines.takeFirst();
    header.remove(QChar(0xFEFF));
    const QStringList names = header.trimmed().split(QLatin1Char(';'));
    QStringList found;
    for (const QString &line : std::as_const(lines)) {
        const QStringList cells = line.trimmed().split(QLatin1Char(';'));
        for (const QString &column : columns) {
            const int i = int(names.indexOf(column));
            if (i >= 0 && i < cells.size() && cells[i].startsWith(QLatin1Char('-')))
                found << QStringLiteral("%1=%2 (%3)").arg(column, cells[i], cells.value(0));
        }
    }
    return found;
}

// ---------------------------------------------------------------------------

class MutatedPlan : public ::testing::TestWithParam<int>
{
public:
    static void SetUpTestSuite()
    {
        s_root = new QTemporaryDir;
        ASSERT_TRUE(s_root->isValid());
        if (!qEnvironmentVariableIsEmpty("MUTANT_KEEP")) { // keep every variant's files for a closer look
            s_root->setAutoRemove(false);
            std::cout << "Mutated plans are kept in " << s_root->path().toStdString() << std::endl;
        }
        s_base = new Base;
        Base &b = *s_base;
        b.folder = s_root->filePath(QStringLiteral("base"));
        QDir().mkpath(b.folder);
        b.demo = b.folder + QStringLiteral("/demo.horisont");
        b.sibling = b.folder + QStringLiteral("/sibling.horisont");
        b.generated = b.folder + QStringLiteral("/generated.horisont");
        b.empty = b.folder + QStringLiteral("/empty.horisont");
        b.ledger = b.folder + QStringLiteral("/huvudbok-mars.csv");

        test::ProcessResult r = test::runHorisont({QStringLiteral("new"), QStringLiteral("--demo"), QStringLiteral("umea"), b.demo});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        r = test::runHorisont({QStringLiteral("generate"), QStringLiteral("--activities"), QStringLiteral("120"),
                               QStringLiteral("--transactions"), QStringLiteral("400"), QStringLiteral("--seed"),
                               QStringLiteral("11"), b.generated});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        r = test::runHorisont({QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("Tom plan"), b.empty});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        copyPlan(b.demo, b.sibling, false);
        mutate(b.sibling,
               QStringLiteral("UPDATE programme SET name = 'Syskonplanen'; UPDATE activity SET name = 'Annan: ' || name; "
                              "UPDATE intervention SET name = 'Annan: ' || name; UPDATE allocation SET amount = amount + 100; "
                              "UPDATE organisation SET name = name || ' (annan)'"),
               true);
        b.demoBytes = readBytes(b.demo);
        ASSERT_EQ(b.demoBytes.size() % kPageSize, 0);
        b.pageSize = (uchar(b.demoBytes[16]) << 8) | uchar(b.demoBytes[17]);
        ASSERT_EQ(b.pageSize, kPageSize);
        EXPECT_EQ(b.demoBytes.size() / kPageSize, kDemoPages)
            << "the demo plan's size changed: the byte-level variants still work, but update kDemoPages";

        // A ledger export in the demo's codes: matched rows, a credit, and a row whose codes match nothing.
        writeBytes(b.ledger, QStringLiteral("Ver.nr;Rad;Bokf.datum;Konto;Ansvar;Aktivitet;Projekt;Belopp;Text\n"
                                            "990001;1;2024-03-15;5090;6100;UTV;7160;12 500,00;Fältarbete\n"
                                            "990001;2;2024-03-15;7010;2100;ORD;7130;-250,50;Kreditering\n"
                                            "990002;1;2024-03-20;4010;6100;UTV;7100;1 999,95;Kvartersvärdar\n"
                                            "990003;1;2024-03-28;6110;9999;XYZ;0000;99,00;Okänd kod\n")
                                 .toUtf8());
        // The untouched demo passes every rule (otherwise nothing below means much).
        r = test::runHorisont({QStringLiteral("check"), b.demo});
        ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
        const QString copy = b.folder + QStringLiteral("/import-check.horisont");
        copyPlan(b.demo, copy, false);
        r = test::runHorisont({QStringLiteral("import-actuals"), copy, b.ledger});
        ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
        ASSERT_TRUE(r.out.contains(QStringLiteral("Imported:         4"))) << r.out.toStdString();
        QFile::remove(copy);
    }

    static void TearDownTestSuite()
    {
        delete s_base;
        s_base = nullptr;
        delete s_root;
        s_root = nullptr;
    }

protected:
    static QTemporaryDir *s_root;
    static Base *s_base;
};

QTemporaryDir *MutatedPlan::s_root = nullptr;
Base *MutatedPlan::s_base = nullptr;

/// A WAL beside a plan in WAL mode names no file, so the plan's own and
/// another plan's of the same shape are the same bytes to any rule (its
/// header carries page size and salts, its frames page numbers; an ordinary
/// commit in WAL mode writes no page 1 that a change counter could place).
/// What Horisont promises instead: applying one keeps the plan as it was
/// beside it and says so. True when that copy is there, holds exactly the
/// plan's content, and the command's output names it.
bool keptBeforeWal(const QString &folder, const QString &fileName, const QByteArray &expectedContent,
                   const Outcome &command, const QString &scratch)
{
    const QStringList kept =
        QDir(folder).entryList({fileName + QStringLiteral(".before-wal-*")}, QDir::Files | QDir::Hidden);
    if (kept.size() != 1 || !(command.err + command.out).contains(kept.first()))
        return false;
    const QString copy = scratch + QStringLiteral("/kept.horisont");
    copyPlan(QDir(folder).filePath(kept.first()), copy, false);
    const bool same = contentDigest(copy) == expectedContent;
    removePlan(copy);
    return same;
}

TEST_P(MutatedPlan, SixCommands)
{
    ASSERT_TRUE(s_base);
    const int index = GetParam();
    const Variant &v = variants().at(std::size_t(index));
    const Base &base = *s_base;
    const QString fileName = QStringLiteral("mutant-%1.horisont").arg(index, 4, 10, QLatin1Char('0'));
    const QString folder = s_root->filePath(QStringLiteral("v%1").arg(index));
    const auto sub = [&](const QString &name) {
        const QString path = folder + QLatin1Char('/') + name;
        QDir().mkpath(path);
        return path;
    };
    const QString master = sub(QStringLiteral("master")) + QLatin1Char('/') + fileName;
    const QString scratch = sub(QStringLiteral("scratch"));
    const QString out = sub(QStringLiteral("out"));

    v.make(base, master, scratch);
    if (HasFailure())
        return; // a setup failure is reported already

    const auto fail = [&](const char *category, const Outcome *o, const QString &detail) {
        ADD_FAILURE() << "MUTANT-FAIL [" << category << "] " << (o ? o->command.toStdString() : std::string("-")) << " | "
                      << v.label.toStdString() << " | " << (o ? o->status().toStdString() : std::string("-")) << " | "
                      << detail.toStdString() << "\n  variant #" << index << ": " << v.description.toStdString()
                      << (o ? "\n  stderr: " + excerpt(o->err).toStdString() + "\n  stdout: " + excerpt(o->out).toStdString()
                            : std::string());
    };

    // What SQLite says of the pages, and the plan's content as it should be read.
    const QString integrity = integrityOf(master, scratch);
    QByteArray expectedContent;
    {
        const QString copy = scratch + QStringLiteral("/content.horisont");
        copyPlan(master, copy, v.side == Side::Own);
        expectedContent = contentDigest(copy);
        removePlan(copy);
    }

    // Every command on a copy of its own, all at once.
    struct Planned {
        QString command;
        QString folder;
        QString plan;
        QString output;
        std::map<QString, QByteArray> before;
        std::unique_ptr<Job> job;
        Outcome outcome;
    };
    const QString earlier = QStringLiteral("EARLIER OUTPUT");
    std::vector<Planned> runs;
    for (const char *command : {"check", "info", "export-pdf", "export-xlsx", "export-csv", "import-actuals"}) {
        Planned p;
        p.command = QLatin1String(command);
        p.folder = sub(p.command);
        p.plan = p.folder + QLatin1Char('/') + fileName;
        copyPlan(master, p.plan, true);
        p.before = folderState(p.folder);
        runs.push_back(std::move(p));
    }
    for (Planned &p : runs) {
        QStringList arguments{p.command, p.plan};
        if (p.command.startsWith(QLatin1String("export-"))) {
            const QString suffix = p.command.mid(7);
            p.output = out + QStringLiteral("/out.") + suffix;
            writeBytes(p.output, earlier.toUtf8());
            arguments << QStringLiteral("-o") << p.output;
            if (suffix == QLatin1String("pdf") && v.fullPack)
                arguments << QStringLiteral("--pack") << QStringLiteral("full");
            if (suffix == QLatin1String("csv"))
                arguments << QStringLiteral("--grid") << QStringLiteral("budget-vs-actual-by-source");
        } else if (p.command == QLatin1String("import-actuals")) {
            arguments << base.ledger;
        }
        p.job = std::make_unique<Job>(p.command, arguments, out);
    }
    std::vector<Job *> jobs;
    for (Planned &p : runs)
        jobs.push_back(p.job.get());
    finishAll(jobs);
    for (Planned &p : runs)
        p.outcome = p.job->outcome();

    const Outcome &check = runs[0].outcome;
    const Outcome &import = runs[5].outcome;

    for (Planned &p : runs) {
        const Outcome &o = p.outcome;
        if (o.failedToStart) {
            fail("SETUP", &o, QStringLiteral("the executable did not start"));
            continue;
        }
        if (o.timedOut)
            fail("HANG", &o, QStringLiteral("did not finish within %1 s").arg(kCommandTimeoutMs / 1000));
        else if (o.crashed || o.exit < 0 || o.exit > 2)
            fail("CRASH", &o, QStringLiteral("ended abnormally"));
        if (o.exit == 2) {
            // The plan, or the other file the command was given (the ledger, the output).
            const bool named = o.err.contains(fileName)
                               || (p.command == QLatin1String("import-actuals") && o.err.contains(QFileInfo(base.ledger).fileName()))
                               || (!p.output.isEmpty() && o.err.contains(QFileInfo(p.output).fileName()));
            if (!named)
                fail("UNNAMED-REFUSAL", &o, QStringLiteral("the refusal does not name %1").arg(fileName));
        }
        if (p.command == QLatin1String("import-actuals"))
            continue;
        // Read-only commands: every byte beside the plan as it was, nothing created.
        const auto after = folderState(p.folder);
        if (after != p.before)
            fail("READ-ONLY-WROTE", &o, folderDifference(p.before, after));
        if (!p.output.isEmpty()) {
            const QByteArray written = readBytes(p.output);
            if (o.exit != 0 && written != earlier.toUtf8())
                fail("FAILED-EXPORT-CLOBBERED", &o, QStringLiteral("a failed export replaced the earlier %1").arg(QFileInfo(p.output).fileName()));
            if (o.exit == 0 && (written.isEmpty() || written == earlier.toUtf8()))
                fail("EXPORT-NOT-WRITTEN", &o, QStringLiteral("exit 0 but %1 was not written").arg(QFileInfo(p.output).fileName()));
        }
        // What check refuses, no other command accepts silently.
        if (p.command != QLatin1String("check") && check.exit == 2 && o.exit == 0)
            fail("ACCEPTS-WHAT-CHECK-REFUSES", &o, QStringLiteral("check refused this file (exit 2), %1 exited 0").arg(p.command));
    }

    // check: never "no findings" on damage.
    if (check.exit == 0) {
        if (v.expect == Expect::Damaged)
            fail("SILENT-ACCEPTANCE", &check, QStringLiteral("damaged by construction, yet check found nothing"));
        if (integrity != QLatin1String("ok"))
            fail("SILENT-ACCEPTANCE-CORRUPT", &check,
                 QStringLiteral("SQLite's integrity_check says: %1").arg(excerpt(integrity, 200)));
        if (v.expect == Expect::SideFile && check.err.trimmed().isEmpty())
            fail("SILENT-SIDE-FILE", &check, QStringLiteral("a foreign side file lies beside the plan and check says nothing of it"));
    }
    if (v.expect == Expect::Finding && check.exit != 1)
        fail("FINDING-EXPECTED", &check, QStringLiteral("a whole plan with a duplicated code: check should exit 1 with a finding"));
    if (check.exit == 1 && v.expect == Expect::Damaged && check.out.trimmed().isEmpty())
        fail("FINDING-WITHOUT-LINE", &check, QStringLiteral("exit 1 without a finding printed"));

    // Sums that no longer fit in 64 bits must not come out wrapped.
    if (v.sumsStayPositive) {
        const Outcome &info = runs[1].outcome;
        if (info.accepted()) {
            for (const QString &line : info.out.split(QLatin1Char('\n'))) {
                if ((line.startsWith(QLatin1String("Allocated:")) || line.startsWith(QLatin1String("Spent:"))
                     || line.startsWith(QLatin1String("Grant ceilings:")))
                    && (line.contains(QLatin1Char('-')) || line.contains(QChar(0x2212))))
                    fail("WRAPPED-SUM", &info, QStringLiteral("only positive amounts were added, yet: %1").arg(line.trimmed()));
            }
        }
        const Outcome &csv = runs[4].outcome;
        if (csv.exit == 0) {
            const QStringList negative =
                negativeCells(QString::fromUtf8(readBytes(runs[4].output)), {QStringLiteral("Allocated"), QStringLiteral("Spent")});
            if (!negative.isEmpty())
                fail("WRAPPED-SUM", &csv, QStringLiteral("negative totals in the CSV: %1").arg(negative.join(QStringLiteral(", "))));
        }
    }

    // import-actuals: never into a damaged plan, never harming one.
    const Planned &imp = runs[5];
    const auto importAfter = folderState(imp.folder);
    const QString planAfter = imp.plan;
    const bool planBytesChanged = importAfter.count(fileName) == 0 || importAfter.at(fileName) != imp.before.at(fileName);
    if (check.exit == 2 && (import.exit == 0 || (import.exit == 1 && planBytesChanged)))
        fail("IMPORT-INTO-DAMAGED", &import, QStringLiteral("check refused this plan (exit 2), yet the import wrote into it"));
    if (import.exit == 2 && v.side == Side::None && importAfter != imp.before)
        fail("FAILED-IMPORT-CHANGED-FILE", &import, folderDifference(imp.before, importAfter));
    if (import.accepted() && v.side == Side::None) {
        QStringList leftovers;
        for (const auto &[name, hash] : importAfter) {
            if (name != fileName)
                leftovers << name;
        }
        if (!leftovers.isEmpty())
            fail("IMPORT-LEFT-FILES", &import, QStringLiteral("left beside the plan: %1").arg(leftovers.join(QStringLiteral(", "))));
    }
    if (import.accepted()) {
        Job again(QStringLiteral("check-after-import"), {QStringLiteral("check"), planAfter}, out);
        const Outcome after = again.finish();
        if (after.timedOut || after.crashed)
            fail(after.timedOut ? "HANG" : "CRASH", &after, QStringLiteral("check of the plan after the import"));
        else if (after.exit == 2 && (check.exit == 0 || check.exit == 1))
            fail("HARMED-BY-IMPORT", &after,
                 QStringLiteral("check accepted the plan before (exit %1); after import-actuals (%2) it refuses it")
                     .arg(check.exit)
                     .arg(import.status()));
        // The plan's own content must be what it was: the import adds to the ledger only.
        if (!expectedContent.isEmpty()) {
            const QString copy = scratch + QStringLiteral("/after.horisont");
            copyPlan(planAfter, copy, false);
            const QByteArray actual = contentDigest(copy);
            if (actual != expectedContent && !keptBeforeWal(imp.folder, fileName, expectedContent, import, scratch))
                fail("HARMED-CONTENT", &import,
                     actual.isEmpty() ? QStringLiteral("after the import the plan's tables cannot be read")
                                      : QStringLiteral("after the import the plan's entity tables differ from what the plan held "
                                                       "(%1)")
                                            .arg(v.side == Side::Foreign ? QStringLiteral("a foreign or damaged side file was adopted")
                                                                         : QStringLiteral("the import changed more than the ledger")));
        }
    }

    if (!HasFailure() && s_root->autoRemove())
        QDir(folder).removeRecursively();
}

std::string variantName(const ::testing::TestParamInfo<int> &info)
{
    const Variant &v = variants().at(std::size_t(info.param));
    std::string name = QStringLiteral("v%1_").arg(info.param, 4, 10, QLatin1Char('0')).toStdString();
    for (const QChar c : v.label)
        name += (c.isLetterOrNumber() && c.unicode() < 128) ? char(c.unicode()) : '_';
    return name;
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Demo, MutatedPlan, ::testing::ValuesIn(variantIndices()), variantName);

TEST(MutatedPlans, AtLeastAThousandVariants)
{
    EXPECT_GE(variants().size(), 1000u);
}
