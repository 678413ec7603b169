#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlDatabase;
struct pg_conn;

namespace zhibiao {

// One COPY … FROM STDIN on the libpq connection under a QPSQL
// connection, within its transaction: rows in COPY's text format, sent a
// megabyte at a time. Each value is followed by endRow() once a row is
// complete. Failures throw StorageError (postgresqlerror.h); after one,
// or when the stream is destroyed unfinished, the COPY is ended as failed
// so that the connection can roll back.
class CopyStream
{
public:
    // sql: the COPY statement, a constant.
    CopyStream(const QSqlDatabase &connection, const char *sql);
    ~CopyStream();

    CopyStream(const CopyStream &) = delete;
    CopyStream &operator=(const CopyStream &) = delete;

    void integer(qint64 value);
    // The shortest text that reads back as exactly this double; NULL for nullopt.
    void figure(std::optional<double> value);
    void text(const QByteArray &utf8);
    void null();
    // A value as Qt Sql read it: NULL, an integer, a double or text.
    void value(const QVariant &value);
    void endRow();

    // Sends what is buffered, ends the COPY and checks how it ended.
    void finish();

private:
    void separate();
    void flush();
    void abandon() noexcept;

    pg_conn *m_connection;
    QString m_shownName;
    QByteArray m_buffer;
    bool m_rowStarted = false;
    bool m_finished = false;
};

} // namespace zhibiao
