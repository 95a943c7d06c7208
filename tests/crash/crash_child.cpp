// The child of the crash test: applies seeded random edits to a plan until
// killed. With --fingerprints it runs to the end and prints the state
// fingerprint before the first edit and after each one. With --freeze it
// freezes snapshots "v1", "v2", … instead.
#include "randomedits.h"
#include "testsupport.h"
#include "versions/planversions.h"

#include <QCoreApplication>

#include <cstdio>

using namespace horisont;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: crash_child PLAN SEED COUNT [--fingerprints] | PLAN --freeze COUNT\n");
        return 2;
    }
    const bool print = args.contains(QStringLiteral("--fingerprints"));
    QString error;
    auto doc = PlanDocument::open(args[1], &error);
    if (!doc || doc->isReadOnly()) {
        std::fprintf(stderr, "cannot open: %s %s\n", qPrintable(error), doc ? qPrintable(doc->readOnlyReason()) : "");
        return 2;
    }
    const int count = args[3].toInt();
    if (args[2] == QLatin1String("--freeze")) {
        for (int i = 1; i <= count; ++i) {
            if (!planversions::freeze(*doc, QStringLiteral("v%1").arg(i), {}, QDateTime::currentDateTimeUtc(), &error)) {
                std::fprintf(stderr, "freeze %d failed: %s\n", i, qPrintable(error));
                return 1;
            }
        }
        return 0;
    }
    std::mt19937 random(args[2].toUInt());
    if (print)
        std::printf("%s\n", test::stateFingerprint(*doc).constData());
    for (int i = 0; i < count; ++i) {
        QUndoCommand *command = test::randomEdit(*doc, random);
        if (!command || !doc->execute(command)) {
            std::fprintf(stderr, "edit %d failed: %s\n", i, qPrintable(doc->lastError()));
            return 1;
        }
        if (print)
            std::printf("%s\n", test::stateFingerprint(*doc).constData());
    }
    std::fflush(stdout);
    return 0;
}
