#pragma once

#include "app/import/figurewriter.h"
#include "core/editing/figurechange.h"
#include "core/import/peertablereader.h"

#include <QObject>
#include <QPointer>

class QMainWindow;
class QUndoStack;

namespace zhibiao {

class ImportDialog;
class Workspace;

// The window's import, from the file chosen to the status message:
//
//     ImportDialog (read, map, plan) ──Import──► FigureWriter (apply, stamped now)
//         ──► ImportFiguresCommand pushed as one undo step ──► status bar
//
// Nothing waits in a nested event loop: each stage starts the next when it
// is over, and finished() says how it all ended. A file that cannot be read
// and a write that fails are explained in a message box, and nothing is
// written then. The window's Edit → Undo and Redo come here too, so that a
// large import's step is written on another thread before the stack moves.
class ImportController : public QObject
{
    Q_OBJECT

public:
    ImportController(Workspace &workspace, QUndoStack &undoStack, QMainWindow &window);
    ~ImportController() override;

    // File → Import figures… with the file chosen. Returns at once.
    void importFile(const QString &path);
    // An import or a large undo step is under way.
    bool isBusy() const;

    // Edit → Undo and Edit → Redo.
    void undo() { step(ChangeDirection::Revert); }
    void redo() { step(ChangeDirection::Apply); }

Q_SIGNALS:
    // The import of importFile() is over: imported, or not (cancelled,
    // refused, failed; the user was told why).
    void finished(bool imported);
    // The city's figures changed: imported, or the import undone or redone.
    void cityFiguresChanged();

private:
    void dialogSettled();
    void dialogFinished(int result);
    void planWritten(const QString &error);
    // Shows message without waiting for it to be read; then, when an
    // import is ending, finished(false).
    void warn(const QString &message, bool endsImport);
    void step(ChangeDirection direction);
    // The city's comparison table: its plan in words, Import or Cancel,
    // then one undo step.
    void importCityTable(PeerTableReading reading);

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    QMainWindow &m_window;
    FigureWriter m_writer; // an import and its undo steps write through it
    QPointer<ImportDialog> m_dialog; // of the import under way
    QString m_path;
};

} // namespace zhibiao
