#pragma once

#include <QString>

#include <stdexcept>

namespace zhibiao {

// A failure the user meets and can act on, with a message already in the
// UI language that names the file or year, so it can be shown as is. One
// base so that code which only shows the message catches one type;
// StorageError, ImportError and ExportError say where it came from.
class UserError : public std::runtime_error
{
public:
    explicit UserError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }

    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace zhibiao
