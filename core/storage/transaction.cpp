#include "core/storage/transaction.h"

#include "core/storage/database.h"
#include "core/storage/databaseengine.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"

#include <algorithm>

namespace zhibiao {

namespace {

QString savepointName(int depth)
{
    return QStringLiteral("zhibiao_%1").arg(depth);
}

} // namespace

Transaction::Transaction(Database &database)
    : Transaction(database, QList<EntryKey>())
{
}

Transaction::Transaction(Database &database, QList<EntryKey> cells)
    : m_database(database)
    , m_depth(database.m_transactionDepth + 1)
{
    // Every write comes through here: a read-only file is refused in words
    // before SQLite would refuse it in its own.
    if (database.isReadOnly())
        throw StorageError(StorageError::Code::ReadOnly,
                           Database::tr("%1 is read-only: it can be viewed and exported but not changed.")
                               .arg(database.location().displayName()));
    // The outermost scope takes its locks at once: the whole database's
    // (DatabaseEngine::begin), or a few cells' (beginCellWrite).
    if (m_depth == 1) {
        std::sort(cells.begin(), cells.end());
        cells.erase(std::unique(cells.begin(), cells.end()), cells.end());
        if (cells.isEmpty() || cells.size() > MostCellsLocked)
            database.engine().begin(database.connection());
        else
            database.engine().beginCellWrite(database.connection(), cells);
    } else {
        execStatement(database.connection(), u"SAVEPOINT " + savepointName(m_depth));
    }
    database.m_transactionDepth = m_depth;
}

Transaction::~Transaction()
{
    if (m_finished)
        return;
    // Roll back without throwing from a destructor: a failed rollback leaves
    // the engine to roll back when the connection closes (or is lost).
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
