// One of the two processes of test_server_interleaved: opens a plan on a
// server and makes COUNT edits to the names and descriptions of the given
// interventions, letting the event loop run between them (so the other
// process's edits arrive as they would in a window). Prints one line per
// edit: "ok ID FIELD VALUE" or "refused ID FIELD VALUE<TAB>message".
#include "document/plandocument.h"
#include "edit/commands.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace horisont;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 5) {
        std::fprintf(stderr, "usage: serveredits URI SEED COUNT ID,ID,…\n");
        return 2;
    }
    QTextStream out(stdout);
    QString error;
    auto document = PlanDocument::open(arguments.at(1), &error);
    if (!document) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    QRandomGenerator random(arguments.at(2).toUInt());
    const int count = arguments.at(3).toInt();
    QList<Id> ids;
    for (const QString &id : arguments.at(4).split(QLatin1Char(',')))
        ids << id.toLongLong();
    const QStringList fields{QStringLiteral("name"), QStringLiteral("description")};
    for (int i = 0; i < count; ++i) {
        const Id id = ids.at(random.bounded(int(ids.size())));
        const QString field = fields.at(random.bounded(int(fields.size())));
        const QString value = QStringLiteral("%1-%2").arg(document->userName()).arg(i);
        QString builderError;
        EditCommand *command = commands::setField(*document, EntityKind::Intervention, id, field, value, &builderError);
        const bool saved = document->execute(command);
        out << (saved ? "ok " : "refused ") << id << ' ' << field << ' ' << value;
        if (!saved)
            out << '\t' << (command ? document->lastError() : builderError).simplified();
        out << Qt::endl;
        // What a user does between two edits: the window takes others' changes meanwhile.
        QDeadlineTimer pause(random.bounded(15));
        do {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        } while (!pause.hasExpired());
    }
    out << "done" << Qt::endl;
    return 0;
}
