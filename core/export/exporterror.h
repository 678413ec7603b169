#pragma once

#include <QString>

#include <stdexcept>

namespace zhibiao {

// Why an export file could not be written (folder missing, no permission,
// disk full). The message is in the UI language and names the file. An
// export that fails leaves no file behind and an existing one untouched.
class ExportError : public std::runtime_error
{
public:
    explicit ExportError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }

    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace zhibiao
