#include "core/storage/storageerror.h"

namespace zhibiao {

StorageError::StorageError(Code code, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_code(code)
    , m_message(message)
{
}

} // namespace zhibiao
