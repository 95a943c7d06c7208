// Fuzz target for the plan loader: the rows of a plan file as untrusted
// input. Each input is a list of row operations (insert or replace a row
// of any plan table with values of any type, change one column, delete a
// row), applied to a copy of the demo plan with SQLite's own foreign keys
// off — as a file damaged or written by another program would hold them.
// Loading it must either give a plan that holds together or refuse with a
// message; never crash, hang or accept a plan that breaks its own rules.
// Built for libFuzzer with clang; fuzz_plan_rows_regression runs the same
// entry point over corpus-plan-rows/ in every build.
#include "demo/umeademo.h"
#include "document/plandocument.h"
#include "model/schema.h"
#include "plan/plan.h"
#include "plan/planintegrity.h"
#include "store/sqlitestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>
#include <QtEndian>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace horisont;

namespace {

/// Reads the fuzzer's bytes front to back; past the end it gives zeros.
class ByteStream
{
public:
    ByteStream(const uint8_t *data, size_t size) : m_data(data), m_size(size) {}
    bool atEnd() const { return m_at >= m_size; }
    uint8_t byte() { return m_at < m_size ? m_data[m_at++] : 0; }
    qint64 number()
    {
        quint64 n = 0;
        for (int i = 0; i < 8; ++i)
            n = (n << 8) | byte();
        return qint64(n);
    }
    QByteArray bytes(int length)
    {
        const size_t n = std::min(size_t(length), m_size - std::min(m_at, m_size));
        QByteArray taken(reinterpret_cast<const char *>(m_data + m_at), qsizetype(n));
        m_at += n;
        return taken;
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_at = 0;
};

/// A value of any type SQLite stores, small ids and dates more often than not.
QVariant valueFrom(ByteStream &in)
{
    switch (in.byte() % 8) {
    case 0:
        return QVariant();
    case 1:
        return QVariant(qlonglong(in.byte() % 40)); // an id that may exist
    case 2:
        return QVariant(qlonglong(in.number()));
    case 3:
        return QVariant(double(in.number()) / 7.0);
    case 4:
        return QVariant(QStringLiteral("%1-%2-%3").arg(1890 + in.byte() * 2).arg(in.byte() % 14).arg(in.byte() % 33));
    case 5:
        return QVariant(in.bytes(in.byte())); // a blob
    default:
        return QVariant(QString::fromUtf8(in.bytes(in.byte())));
    }
}

struct Template {
    Template()
    {
        QString error;
        if (!dir.isValid() || !demo::createUmea(dir.filePath(QStringLiteral("template.horisont")), &error))
            std::abort();
        bytes = [&] {
            QFile f(dir.filePath(QStringLiteral("template.horisont")));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        if (bytes.isEmpty())
            std::abort();
    }
    QTemporaryDir dir;
    QByteArray bytes;
};

/// The demo plan's file, made once per process.
const Template &demoFile()
{
    static int argc = 1;
    static char name[] = "fuzz_plan_rows";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static const Template made;
    return made;
}

/// Applies the input's row operations to the file at `path` with SQLite's foreign keys off.
void writeRows(const QString &path, ByteStream &in)
{
    const QString connection = QStringLiteral("fuzz-rows");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            std::abort();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        for (int op = 0; op < 64 && !in.atEnd(); ++op) {
            const uint8_t what = in.byte();
            const KindInfo &info = kindInfo(EntityKind(in.byte() % EntityKindCount));
            const qint64 id = in.byte() % 40;
            switch (what % 3) {
            case 0: {
                QStringList marks{QStringLiteral("?")};
                for (qsizetype i = 0; i < info.fields.size(); ++i)
                    marks << QStringLiteral("?");
                q.prepare(QStringLiteral("INSERT OR REPLACE INTO %1 VALUES (%2)").arg(info.table, marks.join(u',')));
                q.addBindValue(id);
                for (qsizetype i = 0; i < info.fields.size(); ++i)
                    q.addBindValue(valueFrom(in));
                break;
            }
            case 1: {
                if (info.fields.isEmpty())
                    continue;
                const FieldMeta &field = info.fields.at(in.byte() % info.fields.size());
                q.prepare(QStringLiteral("UPDATE %1 SET \"%2\" = ? WHERE id = ?").arg(info.table, field.name));
                q.addBindValue(valueFrom(in));
                q.addBindValue(id);
                break;
            }
            default:
                q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(info.table));
                q.addBindValue(id);
                break;
            }
            q.exec(); // a row SQLite's own constraints refuse is simply not there
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

void check(bool condition)
{
    if (!condition)
        std::abort();
}

/// With HORISONT_FUZZ_VERBOSE set, says what became of each input (to see that seeds reach both ends).
void tell(const QString &outcome)
{
    static const bool verbose = qEnvironmentVariableIsSet("HORISONT_FUZZ_VERBOSE");
    if (verbose)
        std::fprintf(stderr, "%s\n", qPrintable(outcome));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Template &made = demoFile();
    const QString path = made.dir.filePath(QStringLiteral("fuzzed.horisont"));
    {
        QFile::remove(path);
        QFile copy(path);
        if (!copy.open(QIODevice::WriteOnly) || copy.write(made.bytes) != made.bytes.size())
            std::abort();
    }
    ByteStream in(data, size);
    writeRows(path, in);
    SqliteStore store;
    QString error;
    if (!store.open(path, true, &error)) {
        check(!error.isEmpty());
        tell(QStringLiteral("refused on opening: ") + error);
        return 0;
    }
    Plan plan;
    if (!store.load(plan, &error)) {
        check(!error.isEmpty());
        tell(QStringLiteral("refused: ") + error);
        return 0;
    }
    tell(QStringLiteral("accepted"));
    // Accepted: it holds together, as every figure and view relies on.
    check(planIntegrityProblem(plan).isEmpty());
    return 0;
}
