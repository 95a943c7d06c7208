#include "cli/output.h"

#include "cli/cli.h"

#include <cstdio>

namespace horisont::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int failWith(const QString &message)
{
    err() << message << '\n';
    err().flush();
    return ExitFailure;
}

} // namespace horisont::cli
