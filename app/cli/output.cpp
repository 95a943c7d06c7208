#include "cli/output.h"

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

} // namespace horisont::cli
