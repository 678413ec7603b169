#include "core/storage/transaction.h"

#include "core/storage/database.h"
#include "core/storage/sqlquery.h"

namespace zhibiao {

namespace {

QString savepointName(int depth)
{
    return QStringLiteral("zhibiao_%1").arg(depth);
}

} // namespace

Transaction::Transaction(Database &database)
    : m_database(database)
    , m_depth(database.m_transactionDepth + 1)
{
    // IMMEDIATE takes the write lock now rather than on the first write, so
    // two writers cannot deadlock upgrading their read locks.
    execStatement(database.connection(),
                  m_depth == 1 ? QStringLiteral("BEGIN IMMEDIATE") : u"SAVEPOINT " + savepointName(m_depth));
    database.m_transactionDepth = m_depth;
}

Transaction::~Transaction()
{
    if (m_finished)
        return;
    // Roll back without throwing from a destructor: a failed rollback leaves
    // SQLite to roll back when the connection closes.
    QSqlQuery rollback(m_database.connection());
    if (m_depth == 1) {
        rollback.exec(QStringLiteral("ROLLBACK"));
    } else {
        rollback.exec(u"ROLLBACK TO " + savepointName(m_depth));
        rollback.exec(u"RELEASE " + savepointName(m_depth));
    }
    m_database.m_transactionDepth = m_depth - 1;
}

void Transaction::commit()
{
    execStatement(m_database.connection(),
                  m_depth == 1 ? QStringLiteral("COMMIT") : u"RELEASE " + savepointName(m_depth));
    m_finished = true;
    m_database.m_transactionDepth = m_depth - 1;
}

} // namespace zhibiao
