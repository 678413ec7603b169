#pragma once

#include "core/domain/usererror.h"

namespace zhibiao {

// Why an export or report could not be made: the file cannot be written
// (folder missing, no permission, disk full), or the database has nothing
// for the year asked. The message is in the UI language and names the file
// or year. An export that fails leaves no file behind and an existing one
// untouched.
class ExportError : public UserError
{
public:
    using UserError::UserError;
};

} // namespace zhibiao
