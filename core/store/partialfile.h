#pragma once

#include <QString>

namespace horisont::partialfile {

/// Where a new plan file is written before it is renamed onto `target`
/// (rename never replaces a file, so a file made meanwhile under the name
/// stays): ".NAME.PURPOSE-HOST-PID" beside it. Each process writes a partial
/// file of its own, so that two writing the same target at once cannot
/// rename each other's half-written file into place.
QString pathFor(const QString &target, const QString &purpose);

/// Removes what a Horisont killed while writing `target` left beside it:
/// the partial files of `purpose` of processes no longer running on this
/// computer (those of another computer, on a shared folder, are left alone).
void removeAbandoned(const QString &target, const QString &purpose);

/// Removes a partial file with the side files SQLite may have left beside it.
void remove(const QString &partial);

} // namespace horisont::partialfile
