#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "cli/parsing.h"

#include "demo/generator.h"
#include "document/plandocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace horisont::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::cli)
};

bool positiveNumber(const QString &text, qint64 *value)
{
    bool ok = false;
    *value = text.toLongLong(&ok);
    return ok && *value >= 0;
}
} // namespace

int generateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Generate a large deterministic plan of the demo's shape."));
    const QCommandLineOption activities(QStringLiteral("activities"), Tr::tr("Number of activities (default 20000)."),
                                        Tr::tr("N"), QStringLiteral("20000"));
    const QCommandLineOption transactions(QStringLiteral("transactions"),
                                          Tr::tr("Number of ledger transactions (default 0)."), Tr::tr("M"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), Tr::tr("Random seed (default 1)."), Tr::tr("S"), QStringLiteral("1"));
    parser.addOptions({activities, transactions, seed});
    parser.addPositionalArgument(Tr::tr("FILE"), Tr::tr("The plan file to create."));
    if (auto exit = parseArguments(parser, arguments, 1))
        return *exit;

    qint64 n = 0, m = 0, s = 0;
    if (!positiveNumber(parser.value(activities), &n) || n < 1 || n > 10'000'000
        || !positiveNumber(parser.value(transactions), &m) || !positiveNumber(parser.value(seed), &s)) {
        err() << Tr::tr("--activities must be between 1 and 10000000; --transactions and --seed must be "
                    "non-negative whole numbers.")
              << '\n';
        return ExitFailure;
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto doc = generatePlan(parser.positionalArguments().constFirst(), GeneratorOptions{int(n), m, quint64(s)}, &error);
    if (!doc) {
        err() << error << '\n';
        return ExitFailure;
    }
    out() << Tr::tr("Generated %1: %2 activities, %3 transactions in %4 s")
                 .arg(doc->path())
                 .arg(doc->plan().all<Activity>().size())
                 .arg(m)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << '\n';
    return ExitSuccess;
}

} // namespace horisont::cli
