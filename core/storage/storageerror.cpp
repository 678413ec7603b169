#include "core/storage/storageerror.h"

namespace zhibiao {

StorageError::StorageError(Code code, const QString &message)
    : UserError(message)
    , m_code(code)
{
}

} // namespace zhibiao
