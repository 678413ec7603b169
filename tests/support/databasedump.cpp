#include "tests/support/databasedump.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

#include <atomic>
#include <functional>

namespace zhibiao::test {

namespace {

using namespace Qt::StringLiterals;

void withReadOnlyConnection(const DatabaseLocation &location, const std::function<void(QSqlDatabase &)> &use)
{
    static std::atomic<int> counter = 0;
    const QString name = u"test-dump-"_s + QString::number(++counter);
    {
        QSqlDatabase db;
        if (location.isServer()) {
            const ServerAddress &address = location.serverAddress();
            db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            db.setHostName(address.host);
            if (address.port >= 0)
                db.setPort(address.port);
            db.setUserName(address.user);
            db.setDatabaseName(address.databaseName);
            INFO(location.displayName().toStdString());
            REQUIRE(db.open());
            QSqlQuery readOnly(db);
            REQUIRE(readOnly.exec(u"SET default_transaction_read_only = on"_s));
        } else {
            db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(location.filePath());
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            REQUIRE(db.open());
        }
        use(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList tableNames(QSqlDatabase &db, bool server)
{
    QSqlQuery tables(db);
    REQUIRE(tables.exec(server ? u"SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"_s
                               : u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    return names;
}

} // namespace

QStringList databaseDump(const DatabaseLocation &location)
{
    QStringList dump;
    withReadOnlyConnection(location, [&](QSqlDatabase &db) {
        if (location.isServer()) {
            // A server's schema is in its catalogue, not in a table: its
            // relations (tables, views, indexes, sequences) are part of the dump.
            QSqlQuery relations(db);
            REQUIRE(relations.exec(uR"(
                SELECT c.relname, c.relkind FROM pg_catalog.pg_class AS c
                JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
                WHERE n.nspname = current_schema() ORDER BY 1)"_s));
            while (relations.next())
                dump.append(u"relation|"_s + relations.value(0).toString() + u'|' + relations.value(1).toString());
        }
        for (const QString &table : tableNames(db, location.isServer())) {
            QSqlQuery rows(db);
            REQUIRE(rows.exec(u"SELECT * FROM \"%1\""_s.arg(table)));
            QStringList tableRows;
            while (rows.next()) {
                QStringList values{table};
                for (int i = 0; i < rows.record().count(); ++i)
                    values.append(rows.value(i).isNull() ? u"NULL"_s : rows.value(i).toString());
                tableRows.append(values.join(u'|'));
            }
            // Sorted, as tables without a rowid have no order of insertion:
            // the dump compares content, whatever the storage order.
            tableRows.sort();
            dump += tableRows;
        }
    });
    return dump;
}

QStringList databaseDump(const QString &path)
{
    return databaseDump(DatabaseLocation::file(path));
}

QString readOnlyValue(const DatabaseLocation &location, const QString &sql)
{
    QString value;
    withReadOnlyConnection(location, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        value = query.value(0).toString();
    });
    return value;
}

QString readOnlyValue(const QString &path, const QString &sql)
{
    return readOnlyValue(DatabaseLocation::file(path), sql);
}

} // namespace zhibiao::test
