#include "core/domain/entry.h"

namespace zhibiao {

EntryStamp EntryStamp::now(const QString &source)
{
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    return EntryStamp{source, login, QDateTime::currentDateTimeUtc()};
}

} // namespace zhibiao
