#pragma once

#include "planimport/foreignplan.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace horisont {

/// What every reader of another planner's file refuses beyond, so that a
/// hostile file is refused in bounded time and memory, naming the limit.
namespace planreadlimits {
constexpr qint64 MaxFileBytes = 256LL * 1024 * 1024; ///< the source file (or one zip member, uncompressed)
constexpr int MaxTasks = 200000;
constexpr int MaxResources = 20000;
constexpr int MaxDepth = 64; ///< XML element nesting, task nesting, TaskJuggler include depth
constexpr int MaxTextChars = 1000000; ///< one name, note or attribute
} // namespace planreadlimits

/// The shape of every reader: `content` is the file's bytes, `path` names it
/// in messages (and, for TaskJuggler, is where `include` resolves from).
/// Returns the plan, or nothing with *error naming the file and, where it
/// can, the element or line.
using PlanReader = std::optional<ForeignPlan> (*)(const QByteArray &content, const QString &path, QString *error);

} // namespace horisont
