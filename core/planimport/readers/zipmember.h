#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace horisont {

/// Whether `content` begins as a zip archive does ("PK\3\4").
bool looksLikeZip(const QByteArray &content);

/// The bytes of the member `member` of the zip archive `zip` (in memory,
/// opened with libzip). Refuses, with *error naming `path` and the member:
/// an archive that is damaged or holds more than a few thousand members, a
/// member path that is absolute or climbs out (`../../x`) — no planner
/// writes one, so such a file is not trusted at all —, a missing member, and
/// a member that unpacks to more than planreadlimits::MaxFileBytes (read in
/// chunks, so a zip bomb stops at the limit whatever its header claims).
std::optional<QByteArray> readZipMember(const QByteArray &zip, const QString &member, const QString &path,
                                        QString *error);

} // namespace horisont
