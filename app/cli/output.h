#pragma once

#include <QTextStream>

namespace horisont::cli {

QTextStream &out();
QTextStream &err();

} // namespace horisont::cli
