#pragma once

#include "core/editing/figurechange.h"

#include <QUndoCommand>

#include <functional>

namespace zhibiao {

// The base of every undo step: an edit that is stored in the database
// before its step is pushed (a write that fails must never enter the
// stack), so the first redo(), which QUndoStack::push() calls, only enters
// the stack. Later undo() and redo() write again through write(): new
// rows, history never rewritten. A write that fails has written nothing
// (one transaction); the step no longer matches the file, so it is marked
// obsolete, and the stack drops it rather than believe it ran, and the
// message goes to the error sink.
class StoredEditCommand : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const QString &message)>;

    void undo() final;
    void redo() final;

    // The next undo() or redo() finds its write done already (by the
    // caller, on another thread) and only moves the stack.
    void markWritten() { m_written = true; }

protected:
    StoredEditCommand(const QString &text, ErrorSink reportError);

    // Stores the edit (Apply) or takes it back (Revert), all or nothing.
    // Throws a UserError (a StorageError), having written nothing.
    virtual void write(ChangeDirection direction) = 0;

private:
    void run(ChangeDirection direction);

    ErrorSink m_reportError;
    bool m_written = true; // pushed after its write
};

} // namespace zhibiao
