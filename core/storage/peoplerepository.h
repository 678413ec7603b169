#pragma once

#include "core/domain/approval.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace zhibiao {

class Database;

// One person of a server database: their PostgreSQL login, their role
// and, for a clerk, their unit's code.
struct Person
{
    QString login;
    Role role = Role::Viewer;
    QString unitCode;
    bool canLogIn = false; // the login exists on the server and may connect
};

// The gateway to the people of a server database (zhibiao user). Each
// person is their own PostgreSQL role: adding one creates the login if
// the server has none of that name, records its role in `people` and
// grants what the role may do (the schema's zhibiao_grant_privileges);
// the schema's policies then say which rows. Only the schema's owner (or
// a superuser) manages people, as only it may grant. A single desk's file
// has no people: every call but all() refuses it, saying why.
class PeopleRepository
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::PeopleRepository)

public:
    explicit PeopleRepository(Database &database) : m_database(database) {}

    // By login; empty for a file.
    QList<Person> all() const;
    // Adds the person, or changes the role and unit of one already there,
    // all or nothing. With a password, sets the login's password, sent
    // to the server already encrypted (as psql's \password does), so it
    // is in no statement and no log.
    void add(const Person &person, const std::optional<QString> &password = std::nullopt);
    // Takes the person out of people and every privilege of this
    // database from their login. The login itself stays on the server,
    // which may have other databases that know it.
    void remove(const QString &login);

private:
    void requireServer() const;

    Database &m_database;
};

} // namespace zhibiao
