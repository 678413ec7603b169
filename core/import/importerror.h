#pragma once

#include "core/domain/usererror.h"

namespace zhibiao {

// Why a file could not be read as a table of figures at all: it is missing,
// not a spreadsheet, in an unknown encoding, or has no recognisable header.
// Problems with single rows are not errors; they are rejected rows of the
// import plan. The message is in the UI language and names the file.
class ImportError : public UserError
{
public:
    using UserError::UserError;
};

} // namespace zhibiao
