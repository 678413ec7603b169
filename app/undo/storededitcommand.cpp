#include "app/undo/storededitcommand.h"

#include "core/domain/usererror.h"

namespace zhibiao {

StoredEditCommand::StoredEditCommand(const QString &text, ErrorSink reportError)
    : QUndoCommand(text)
    , m_reportError(std::move(reportError))
{
}

void StoredEditCommand::undo()
{
    run(ChangeDirection::Revert);
}

void StoredEditCommand::redo()
{
    run(ChangeDirection::Apply);
}

void StoredEditCommand::run(ChangeDirection direction)
{
    if (m_written) {
        m_written = false;
        return;
    }
    try {
        write(direction);
    } catch (const UserError &error) {
        setObsolete(true);
        if (m_reportError)
            m_reportError(error.message());
    }
}

} // namespace zhibiao
