#pragma once

#include <QString>

#include <stdexcept>

namespace zhibiao {

// Why a file could not be read as a table of figures at all: it is missing,
// not a spreadsheet, in an unknown encoding, or has no recognisable header.
// Problems with single rows are not errors; they are rejected rows of the
// import plan. The message is in the UI language and names the file.
class ImportError : public std::runtime_error
{
public:
    explicit ImportError(const QString &message);

    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace zhibiao
