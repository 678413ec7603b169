#include "core/storage/storageerror.h"

#include <QCoreApplication>

namespace zhibiao {

StorageError::StorageError(Code code, const QString &message)
    : UserError(message)
    , m_code(code)
{
}

QString lockedMonthText()
{
    return QCoreApplication::translate("StorageError",
                                       "The month is approved and locked: its figures change only after a reviewer "
                                       "reopens it. Nothing of this change was stored.");
}

} // namespace zhibiao
