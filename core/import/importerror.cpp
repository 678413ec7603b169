#include "core/import/importerror.h"

namespace zhibiao {

ImportError::ImportError(const QString &message)
    : std::runtime_error(message.toStdString())
    , m_message(message)
{
}

} // namespace zhibiao
