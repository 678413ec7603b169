#include "core/storage/databaselocation.h"

#include "core/storage/storageerror.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <array>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

// libpq's connection parameters a URL may carry: none of them is a secret
// (a password or a key's passphrase belongs in ~/.pgpass or PGPASSWORD).
// host and port given this way replace the URL's own.
constexpr std::array<QStringView, 22> allowedOptions = {
    u"host", u"hostaddr", u"port", u"connect_timeout", u"options", u"application_name", u"sslmode",
    u"sslrootcert", u"sslcert", u"sslkey", u"sslcrl", u"sslcompression", u"target_session_attrs", u"keepalives",
    u"keepalives_idle", u"keepalives_interval", u"keepalives_count", u"tcp_user_timeout", u"gssencmode",
    u"krbsrvname", u"service", u"passfile",
};

constexpr std::array<QStringView, 2> secretOptions = {u"password", u"sslpassword"};

template<std::size_t N>
bool contains(const std::array<QStringView, N> &list, const QString &key)
{
    return std::find(list.cbegin(), list.cend(), key) != list.cend();
}

[[noreturn]] void badLocation(const QString &message)
{
    throw StorageError(StorageError::Code::BadLocation, message);
}

QString withoutPassword(const QString &text)
{
    QUrl url(text);
    url.setPassword({});
    return url.toString();
}

} // namespace

QString ServerAddress::url() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    // A socket folder cannot be a URL's host: libpq takes it as ?host=.
    const bool socketFolder = host.startsWith(u'/');
    if (!user.isEmpty())
        url.setUserName(user);
    if (!host.isEmpty() && !socketFolder)
        url.setHost(host);
    if (port >= 0 && !socketFolder)
        url.setPort(port);
    url.setPath(u"/"_s + databaseName);
    QUrlQuery query;
    if (socketFolder) {
        query.addQueryItem(u"host"_s, host);
        if (port >= 0)
            query.addQueryItem(u"port"_s, QString::number(port));
    }
    for (const auto &[key, value] : options)
        query.addQueryItem(key, value);
    url.setQuery(query);
    // An empty host keeps its "//": postgresql:///lukou is libpq's default host.
    QString text = url.toString(QUrl::FullyEncoded);
    if (url.host().isEmpty() && !text.startsWith(u"postgresql://"))
        text.replace(0, int(qstrlen("postgresql:")), u"postgresql://"_s);
    return text;
}

DatabaseLocation DatabaseLocation::file(const QString &path)
{
    DatabaseLocation location;
    location.m_engine = Engine::Sqlite;
    location.m_filePath = QFileInfo(path).absoluteFilePath();
    return location;
}

DatabaseLocation DatabaseLocation::server(const ServerAddress &address)
{
    DatabaseLocation location;
    location.m_engine = Engine::PostgreSql;
    location.m_server = address;
    return location;
}

bool DatabaseLocation::looksLikeServerUrl(const QString &text)
{
    return text.startsWith(u"postgresql://", Qt::CaseInsensitive) || text.startsWith(u"postgres://", Qt::CaseInsensitive);
}

DatabaseLocation DatabaseLocation::parse(const QString &text)
{
    if (!looksLikeServerUrl(text))
        return file(text);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        badLocation(tr("“%1” is not a valid server address: %2. Write it as postgresql://user@host:port/database.")
                        .arg(withoutPassword(text), url.errorString()));
    // QUrl keeps a "user:" with an empty password as a password too.
    if (url.userInfo(QUrl::FullyEncoded).contains(u':'))
        badLocation(tr("The server address %1 contains a password. Leave it out: Zhibiao takes the password from "
                       "~/.pgpass or the PGPASSWORD variable, so that it never appears on a command line or in the "
                       "settings.")
                        .arg(withoutPassword(text)));
    ServerAddress address;
    address.user = url.userName(QUrl::FullyDecoded);
    address.host = url.host(QUrl::FullyDecoded);
    address.port = url.port(-1);
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    if (path.contains(u'/'))
        badLocation(tr("“%1” is not a valid server address: a database name cannot contain “/”.")
                        .arg(url.toString()));
    address.databaseName = path;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (contains(secretOptions, key))
            badLocation(tr("The server address contains a %1. Leave it out: Zhibiao takes it from ~/.pgpass or the "
                           "PGPASSWORD variable, so that it never appears on a command line or in the settings.")
                            .arg(key));
        if (!contains(allowedOptions, key))
            badLocation(tr("The server address %1 has the parameter “%2”, which Zhibiao does not know.")
                            .arg(url.toString(), key));
        if (key == u"host") {
            address.host = value;
        } else if (key == u"port") {
            bool ok = false;
            address.port = value.toInt(&ok);
            if (!ok || address.port <= 0 || address.port > 65535)
                badLocation(tr("The server address %1 has the port “%2”, which is not a port number.")
                                .arg(url.toString(), value));
        } else {
            address.options.append({key, value});
        }
    }
    return server(address);
}

QString DatabaseLocation::shortName() const
{
    return isServer() ? m_server.databaseName : QFileInfo(m_filePath).fileName();
}

DatabaseLocation DatabaseLocation::forThisDeskAlone() const
{
    DatabaseLocation alone = *this;
    alone.m_thisDeskAlone = !isServer();
    return alone;
}

QString DatabaseLocation::displayName() const
{
    return isServer() ? m_server.url() : QDir::toNativeSeparators(m_filePath);
}

} // namespace zhibiao
