#pragma once

#include "core/storage/postgresql/nativeconnection.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

class QSqlDatabase;

namespace zhibiao {

// One statement and its values, sent to the server in a single round trip
// (libpq's PQexecParams) within the caller's transaction. The values travel
// apart from the statement's text, as text with their types named, so no
// value is ever read as SQL. Qt's QPSQL driver sends a prepared query as
// PREPARE, EXECUTE and DEALLOCATE, three round trips; a write made of such
// statements holds the write lock for a third of the time
// (docs/performance.md, "Many writers").
class NativeStatement
{
public:
    // sql: the statement's text, with $1, $2, … in the order values are added.
    explicit NativeStatement(QByteArray sql);

    void integer(qint64 value);
    // The shortest text that reads back as exactly this double; NULL for nullopt.
    void figure(std::optional<double> value);
    // Text as stored (storedText); a null QString is ''.
    void text(const QString &value);
    // NULL, as text.
    void nullText();

    int valueCount() const { return int(m_values.size()); }

    // Runs it; throws StorageError (postgresqlerror.h) if the server refuses it.
    NativeResult exec(const QSqlDatabase &connection) const;

private:
    void add(QByteArray value, unsigned int type, bool isNull = false);

    QByteArray m_sql;
    std::vector<QByteArray> m_values;
    std::vector<bool> m_nulls;
    std::vector<unsigned int> m_types; // PostgreSQL type OIDs
};

} // namespace zhibiao
