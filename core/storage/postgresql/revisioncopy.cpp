#include "core/storage/postgresql/revisioncopy.h"

#include "core/storage/postgresql/postgresqlerror.h"
#include "core/storage/revisionbatch.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"

#include <QSqlDatabase>
#include <QSqlDriver>

#include <libpq-fe.h>

#include <charconv>
#include <memory>
#include <optional>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

// A result that clears itself.
struct ResultClearer
{
    void operator()(PGresult *result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultClearer>;

[[noreturn]] void failOn(PGconn *connection, const PGresult *result)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char *message = result ? PQresultErrorMessage(result) : nullptr;
    throwPostgreSqlError(QString::fromUtf8(message && *message ? message : PQerrorMessage(connection)),
                         QString::fromLatin1(state ? state : ""), connection);
}

// Rows in COPY's text format, sent a megabyte at a time.
class CopyStream
{
public:
    explicit CopyStream(PGconn *connection)
        : m_connection(connection)
    {
        m_buffer.reserve(ChunkSize + 4096);
    }

    void integer(qint64 value)
    {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        m_buffer.append(digits, end - digits);
        m_buffer.append('\t');
    }

    void figure(std::optional<double> value)
    {
        if (!value) {
            m_buffer.append("\\N\t", 3);
            return;
        }
        // The shortest text that reads back as exactly this double.
        char digits[32];
        const auto end = std::to_chars(digits, digits + sizeof digits, *value).ptr;
        m_buffer.append(digits, end - digits);
        m_buffer.append('\t');
    }

    void null() { m_buffer.append("\\N\t", 3); }

    // The last column of a row.
    void lastText(const QByteArray &utf8)
    {
        for (const char c : utf8) {
            switch (c) {
            case '\\': m_buffer.append("\\\\", 2); break;
            case '\t': m_buffer.append("\\t", 2); break;
            case '\n': m_buffer.append("\\n", 2); break;
            case '\r': m_buffer.append("\\r", 2); break;
            default: m_buffer.append(c);
            }
        }
        m_buffer.append('\n');
        if (m_buffer.size() >= ChunkSize)
            flush();
    }

    // Sends what is buffered, ends the COPY and checks how it ended.
    void finish()
    {
        flush();
        if (PQputCopyEnd(m_connection, nullptr) != 1)
            failOn(m_connection, nullptr);
        drainResults();
    }

    // After an exception: ends the COPY as failed, so that the connection
    // is usable for the rollback.
    void abandon() noexcept
    {
        if (PQputCopyEnd(m_connection, "abandoned by Zhibiao") == 1) {
            while (Result result{PQgetResult(m_connection)}) {
            }
        }
    }

private:
    static constexpr qsizetype ChunkSize = 1 << 20;

    void flush()
    {
        if (m_buffer.isEmpty())
            return;
        if (PQputCopyData(m_connection, m_buffer.constData(), int(m_buffer.size())) != 1)
            failOn(m_connection, nullptr);
        m_buffer.clear();
    }

    void drainResults()
    {
        std::optional<Result> failed;
        while (Result result{PQgetResult(m_connection)}) {
            if (PQresultStatus(result.get()) != PGRES_COMMAND_OK && !failed)
                failed = std::move(result);
        }
        if (failed)
            failOn(m_connection, failed->get());
    }

    PGconn *m_connection;
    QByteArray m_buffer;
};

PGconn *copyConnection(const QSqlDatabase &connection)
{
    PGconn *native = postgreSqlHandle(connection.driver());
    if (!native)
        throw StorageError(StorageError::Code::QueryFailed,
                           u"A database operation failed: the connection is not an open PostgreSQL one."_s);
    return native;
}

// One change set, its id returned.
qint64 storeChangeSet(QSqlQuery &insert, const EntryStamp &stamp)
{
    insert.bindValue(0, toSqlText(stamp.source));
    insert.bindValue(1, toSqlText(stamp.enteredBy));
    const QByteArray time = storedTime(stamp.enteredAt);
    // An invalid time is refused by the schema, as a missing time should be.
    insert.bindValue(2, time.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromUtf8(time)));
    execQuery(insert);
    insert.next();
    return insert.value(0).toLongLong();
}

template<typename Item, typename ChangeSetOf>
QList<int> copyRows(const QSqlDatabase &connection, const QList<const Item *> &items, ChangeSetOf changeSetOf)
{
    // The write lock (PostgreSqlEngine::begin) keeps another writer from
    // taking the same ids.
    QSqlQuery highest = execStatement(connection, u"SELECT coalesce(max(id), 0) FROM entry_revisions"_s);
    const qint64 firstId = (highest.next() ? highest.value(0).toLongLong() : 0) + 1;
    IndicatorKeys indicators(connection);
    const QList<const EntryKey *> keys = keysOf(items);
    const QList<RevisionRow> rows = storingOrder(keys, indicators);
    // Change sets first: COPY takes the connection until it ends.
    QList<qint64> changeSets;
    changeSets.reserve(rows.size());
    for (const RevisionRow &row : rows)
        changeSets.append(changeSetOf(*items.at(row.index)));

    PGconn *native = copyConnection(connection);
    {
        const Result started{PQexec(native, "COPY entry_revisions (indicator, year, month, id, ytd_value, "
                                            "last_year_value, published_growth, change_set, note) FROM STDIN")};
        if (PQresultStatus(started.get()) != PGRES_COPY_IN)
            failOn(native, started.get());
    }
    CopyStream copy(native);
    try {
        QString lastNote;
        QByteArray lastNoteUtf8;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const RevisionRow &row = rows.at(i);
            const Item &item = *items.at(row.index);
            if (const std::optional<qint64> indicator = indicators.of(item.key.indicatorCode))
                copy.integer(*indicator);
            else
                copy.null(); // an unknown indicator: refused by the schema
            copy.integer(item.key.year);
            copy.integer(item.key.month);
            copy.integer(firstId + row.index);
            copy.figure(item.ytdValue);
            copy.figure(item.lastYearValue);
            copy.figure(item.publishedGrowth);
            copy.integer(changeSets.at(i));
            // The note is mostly empty, and mostly the same as the last.
            if (item.note != lastNote || i == 0) {
                lastNote = item.note;
                lastNoteUtf8 = lastNote.toUtf8();
            }
            copy.lastText(lastNoteUtf8);
        }
        copy.finish();
    } catch (...) {
        copy.abandon();
        throw;
    }
    return yearsOf(keys);
}

QSqlQuery changeSetInsert(const QSqlDatabase &connection)
{
    return prepareQuery(connection,
                        u"INSERT INTO change_sets (source, entered_by, entered_at) VALUES (?, ?, ?) RETURNING id"_s);
}

} // namespace

QList<int> copyPostgreSqlRevisions(const QSqlDatabase &connection, const QList<const Entry *> &entries)
{
    QSqlQuery insert = changeSetInsert(connection);
    ChangeSetIds changeSets([&insert](const EntryStamp &stamp) { return storeChangeSet(insert, stamp); });
    return copyRows(connection, entries, [&changeSets](const Entry &entry) { return changeSets.idFor(entry); });
}

QList<int> copyPostgreSqlRevisions(const QSqlDatabase &connection, const QList<const CellFigures *> &figures,
                                   const EntryStamp &stamp)
{
    QSqlQuery insert = changeSetInsert(connection);
    const qint64 changeSet = storeChangeSet(insert, stamp);
    return copyRows(connection, figures, [changeSet](const CellFigures &) { return changeSet; });
}

} // namespace zhibiao
