#pragma once

#include <QString>

namespace horisont {

/// How an item with a code is named in lists, grids, charts and packs:
/// "UTV-1 Utvecklingsbidrag", or the name alone when it has no code.
inline QString codedName(const QString &code, const QString &name)
{
    return code.isEmpty() ? name : code + QLatin1Char(' ') + name;
}

/// The same for an entity with `code` and `name` (an intervention, a funding source).
template<class Entity>
QString codedName(const Entity &entity)
{
    return codedName(entity.code, entity.name);
}

} // namespace horisont
