// A child process for tst_crashsafety.cpp: the real entry screen
// (offscreen) on the database named by argv[1], storing one figure after
// another in the same cell through the grid's own editor. After each it
// prints "stored N" once the screen shows its acknowledgement, and only
// then goes on. The test kills it with SIGKILL at a random moment and
// then looks in the file for every figure acknowledged.
#include "app/entry/entrypage.h"
#include "app/entry/figureeditor.h"
#include "core/models/entrygridmodel.h"
#include "core/storage/storageerror.h"
#include "core/storage/workspace.h"

#include <QApplication>
#include <QLabel>
#include <QUndoStack>

#include <cstdio>

using namespace zhibiao;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 3) {
        std::fputs("usage: zhibiao_entry_driver DATABASE COUNT\n", stderr);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int count = QByteArray(argv[2]).toInt();
    try {
        Workspace workspace(path);
        QUndoStack undoStack;
        EntryPage page(workspace, undoStack);
        page.setYear(2022);
        // A jump from one figure to the next is "unusual": confirmed with a
        // note, as a user would, instead of a dialog nobody answers.
        page.editor()->setWarningConfirmation([](const QStringList &) { return std::optional(u"driver"_s); });
        auto *message = page.findChild<QLabel *>(u"entryMessage"_s);
        const QModelIndex cell = page.model()->indexOf(EntryKey{u"budget_revenue"_s, 2022, 6}, EntryField::YtdValue);
        if (!message || !cell.isValid())
            return 3;
        for (int n = 1; n <= count; ++n) {
            message->clear();
            const bool stored = page.editor()->submitText(cell, QString::number(n));
            // The acknowledgement the user sees under the grid.
            if (!stored || !message->text().startsWith(u"Stored"_s)) {
                std::fprintf(stderr, "refused %d: %s\n", n, qPrintable(message->text()));
                return 1;
            }
            std::printf("stored %d\n", n);
            std::fflush(stdout);
        }
    } catch (const StorageError &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    return 0;
}
