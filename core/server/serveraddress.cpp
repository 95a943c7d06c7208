#include "server/serveraddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace horisont {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::ServerAddress)
};

const QString planParameter = QStringLiteral("plan");

/// libpq's connection parameters that make sense in an address (not
/// `password`, which Horisont never takes, nor the ones the address's parts set).
bool isLibpqOption(const QString &key)
{
    static const QStringList allowed = {
        QStringLiteral("sslmode"), QStringLiteral("sslcert"), QStringLiteral("sslkey"), QStringLiteral("sslrootcert"),
        QStringLiteral("sslcrl"), QStringLiteral("sslcompression"), QStringLiteral("sslsni"),
        QStringLiteral("requirepeer"), QStringLiteral("ssl_min_protocol_version"), QStringLiteral("ssl_max_protocol_version"),
        QStringLiteral("gssencmode"), QStringLiteral("krbsrvname"), QStringLiteral("gsslib"),
        QStringLiteral("connect_timeout"), QStringLiteral("keepalives"), QStringLiteral("keepalives_idle"),
        QStringLiteral("keepalives_interval"), QStringLiteral("keepalives_count"), QStringLiteral("tcp_user_timeout"),
        QStringLiteral("application_name"), QStringLiteral("target_session_attrs"), QStringLiteral("hostaddr"),
        QStringLiteral("passfile"), QStringLiteral("service"), QStringLiteral("channel_binding"),
        QStringLiteral("options")};
    return allowed.contains(key);
}

} // namespace

QString ServerAddress::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host); // empty: libpq's default, as in the address it came from
    if (port > 0)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    for (const QString &option : options)
        query.addQueryItem(option.section(QLatin1Char('='), 0, 0), option.section(QLatin1Char('='), 1));
    if (!plan.isEmpty())
        query.addQueryItem(planParameter, plan);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString ServerAddress::server() const
{
    return (host.isEmpty() ? QStringLiteral("localhost") : host) + QLatin1Char('/') + database;
}

QString ServerAddress::describe() const
{
    return plan.isEmpty() ? server() : Tr::tr("%1 on %2").arg(plan, server());
}

namespace serveraddress {

bool looksLikeServer(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<QString> planNameProblem(const QString &name)
{
    if (name.isEmpty())
        return Tr::tr("A plan on a server needs a name (?plan=NAME).");
    if (name.size() > 63)
        return Tr::tr("The plan name \"%1…\" is longer than 63 characters.").arg(name.left(20));
    if (!name.front().isLetter())
        return Tr::tr("The plan name \"%1\" must start with a letter.").arg(name);
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')) || c.unicode() > 0x24F)
            return Tr::tr("The plan name \"%1\" may hold only letters, digits, '-' and '_'.").arg(name);
    }
    return std::nullopt;
}

std::optional<ServerAddress> parse(const QString &text, QString *error)
{
    if (!looksLikeServer(text)) {
        *error = Tr::tr("\"%1\" is not a server address: a server address starts with postgresql://.").arg(text.left(80));
        return std::nullopt;
    }
    if (text.size() > 4096) {
        *error = Tr::tr("The server address is longer than 4096 characters.");
        return std::nullopt;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        // Only what is wrong, not QUrl's echo of the whole address, which may hold a password.
        *error = Tr::tr("The server address cannot be read: %1").arg(url.errorString().section(QLatin1String("; source was"), 0, 0));
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *error = Tr::tr("The server address holds a password. Horisont never takes one there: put it in ~/.pgpass or "
                        "PGPASSWORD, or let the window ask.");
        return std::nullopt;
    }
    ServerAddress address;
    address.user = url.userName(QUrl::FullyDecoded);
    address.host = url.host(QUrl::FullyDecoded);
    address.port = url.port(0); // QUrl has refused a port out of range
    address.database = url.path(QUrl::FullyDecoded).mid(1);
    if (address.database.contains(QLatin1Char('/'))) {
        *error = Tr::tr("The server address names the database \"%1\"; a database name has no '/'.").arg(address.database);
        return std::nullopt;
    }
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == planParameter) {
            if (!address.plan.isEmpty()) {
                *error = Tr::tr("The server address names more than one plan.");
                return std::nullopt;
            }
            if (const auto problem = planNameProblem(value)) {
                *error = *problem;
                return std::nullopt;
            }
            address.plan = value;
        } else if (key == QLatin1String("password")) {
            *error = Tr::tr("The server address holds a password. Horisont never takes one there: put it in ~/.pgpass or "
                            "PGPASSWORD, or let the window ask.");
            return std::nullopt;
        } else if (!isLibpqOption(key)) {
            *error = Tr::tr("The server address's parameter \"%1\" is not one libpq takes.").arg(key.left(40));
            return std::nullopt;
        } else if (value.contains(QLatin1Char(';'))) { // the driver separates options with ';'
            *error = Tr::tr("The server address's parameter \"%1\" holds a ';'.").arg(key);
            return std::nullopt;
        } else {
            address.options << key + QLatin1Char('=') + value;
        }
    }
    return address;
}

std::optional<ServerAddress> parsePlan(const QString &text, QString *error)
{
    auto address = parse(text, error);
    if (address && address->plan.isEmpty()) {
        *error = Tr::tr("%1 names no plan: add ?plan=NAME.").arg(address->toString());
        return std::nullopt;
    }
    return address;
}

} // namespace serveraddress

} // namespace horisont
