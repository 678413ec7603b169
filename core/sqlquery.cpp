#include "sqlquery.h"

#include "storageerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

namespace zhibiao {

namespace {

[[noreturn]] void fail(const QSqlError &error)
{
    throwStorageError(error.text());
}

} // namespace

void throwStorageError(const QString &nativeMessage)
{
    // SQLite reports damaged and foreign files with these native messages.
    const bool corrupt = nativeMessage.contains(u"malformed") || nativeMessage.contains(u"not a database");
    throw StorageError(corrupt ? StorageError::Code::Corrupt : StorageError::Code::QueryFailed,
                       QCoreApplication::translate("StorageError", "A database operation failed: %1").arg(nativeMessage));
}

QSqlQuery prepareQuery(const QSqlDatabase &connection, const QString &sql)
{
    QSqlQuery query(connection);
    if (!query.prepare(sql))
        fail(query.lastError());
    return query;
}

void execQuery(QSqlQuery &query)
{
    if (!query.exec())
        fail(query.lastError());
}

QSqlQuery execStatement(const QSqlDatabase &connection, const QString &sql)
{
    QSqlQuery query(connection);
    if (!query.exec(sql))
        fail(query.lastError());
    return query;
}

QVariant toSqlText(const QString &text)
{
    return text.isNull() ? QVariant(QString(QLatin1StringView(""))) : QVariant(text);
}

QVariant toSqlValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

std::optional<double> optionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

} // namespace zhibiao
