#include "core/storage/peoplerepository.h"

#include "core/storage/database.h"
#include "core/storage/postgresql/rolepassword.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QSqlQuery>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

// Runs the statement the server makes of template (format()'s %I quotes
// the login as an identifier): DDL takes no parameters.
void execFormatted(const QSqlDatabase &connection, const QString &formatTemplate, const QString &login)
{
    QSqlQuery make = prepareQuery(connection, u"SELECT format(CAST(:template AS text), CAST(:login AS text))"_s);
    make.bindValue(u":template"_s, formatTemplate);
    make.bindValue(u":login"_s, login);
    execQuery(make);
    make.next();
    execStatement(connection, make.value(0).toString());
}

} // namespace

void PeopleRepository::requireServer() const
{
    if (!m_database.isServer())
        throw StorageError(StorageError::Code::QueryFailed,
                           tr("A single desk's file has no people: its one user holds every role. People are added "
                              "to a server database (docs/approval.md)."));
}

QList<Person> PeopleRepository::all() const
{
    if (!m_database.isServer())
        return {};
    QSqlQuery query = prepareQuery(m_database.connection(), uR"(
        SELECT p.login, p.role, u.code, coalesce(r.rolcanlogin, false)
        FROM people AS p
        LEFT JOIN responsible_units AS u ON u.id = p.unit
        LEFT JOIN pg_catalog.pg_roles AS r ON r.rolname = p.login
        ORDER BY p.login)"_s);
    execQuery(query);
    QList<Person> people;
    while (query.next())
        people.append(Person{query.value(0).toString(), roleFromCode(query.value(1).toString()).value_or(Role::Viewer),
                             query.value(2).toString(), query.value(3).toBool()});
    return people;
}

void PeopleRepository::add(const Person &person, const std::optional<QString> &password)
{
    requireServer();
    if (person.login.trimmed().isEmpty())
        throw StorageError(StorageError::Code::QueryFailed, tr("Give the person's login name."));
    if (person.role == Role::Clerk && person.unitCode.isEmpty())
        throw StorageError(StorageError::Code::QueryFailed,
                           tr("A clerk enters the figures of one unit: say which with --unit."));
    Transaction transaction(m_database);
    const QSqlDatabase connection = m_database.connection();
    std::optional<qint64> unit;
    if (!person.unitCode.isEmpty()) {
        QSqlQuery find = prepareQuery(connection, u"SELECT id FROM responsible_units WHERE code = :code"_s);
        find.bindValue(u":code"_s, person.unitCode);
        execQuery(find);
        if (!find.next())
            throw StorageError(StorageError::Code::QueryFailed,
                               tr("There is no responsible unit “%1”.").arg(person.unitCode));
        unit = find.value(0).toLongLong();
    }
    QSqlQuery exists = prepareQuery(connection, u"SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = :login"_s);
    exists.bindValue(u":login"_s, person.login);
    execQuery(exists);
    // The login may exist already, for another database of the server;
    // not as the schema's owner, whom no policy holds back.
    if (exists.next()) {
        QSqlQuery owner = prepareQuery(connection, uR"(
            SELECT pg_has_role(:login, tableowner, 'MEMBER') FROM pg_catalog.pg_tables
            WHERE schemaname = current_schema() AND tablename = 'people')"_s);
        owner.bindValue(u":login"_s, person.login);
        execQuery(owner);
        if (owner.next() && owner.value(0).toBool())
            throw StorageError(StorageError::Code::QueryFailed,
                               tr("%1 owns this database's tables (or is a superuser): it is always an "
                                  "administrator. Give each person a login of their own.")
                                   .arg(person.login));
    } else {
        execFormatted(connection, u"CREATE ROLE %I LOGIN"_s, person.login);
    }
    if (password)
        setRolePassword(connection, person.login, *password);
    QSqlQuery record = prepareQuery(connection, uR"(
        INSERT INTO people (login, role, unit) VALUES (:login, :role, :unit)
        ON CONFLICT (login) DO UPDATE SET role = excluded.role, unit = excluded.unit)"_s);
    record.bindValue(u":login"_s, person.login);
    record.bindValue(u":role"_s, toCode(person.role));
    record.bindValue(u":unit"_s, unit ? QVariant(*unit) : QVariant(QMetaType::fromType<qint64>()));
    execQuery(record);
    QSqlQuery grant = prepareQuery(connection, u"SELECT zhibiao_grant_privileges(:login)"_s);
    grant.bindValue(u":login"_s, person.login);
    execQuery(grant);
    transaction.commit();
}

void PeopleRepository::remove(const QString &login)
{
    requireServer();
    Transaction transaction(m_database);
    const QSqlDatabase connection = m_database.connection();
    QSqlQuery remove = prepareQuery(connection, u"DELETE FROM people WHERE login = :login"_s);
    remove.bindValue(u":login"_s, login);
    execQuery(remove);
    if (remove.numRowsAffected() == 0)
        throw StorageError(StorageError::Code::QueryFailed, tr("There is no person “%1” in this database.").arg(login));
    QSqlQuery revoke = prepareQuery(connection, u"SELECT zhibiao_grant_privileges(:login)"_s);
    revoke.bindValue(u":login"_s, login);
    execQuery(revoke);
    transaction.commit();
}

} // namespace zhibiao
