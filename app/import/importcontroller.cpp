#include "app/import/importcontroller.h"

#include "app/file/readonlynotice.h"
#include "app/city/changepeerfigurescommand.h"
#include "app/import/importdialog.h"
#include "app/import/importfigurescommand.h"
#include "core/import/importerror.h"
#include "core/import/importplan.h"
#include "core/import/peerimportplan.h"
#include "core/storage/storageerror.h"
#include "core/storage/entryrepository.h"
#include "core/storage/workspace.h"

#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QPushButton>
#include <QUndoStack>

namespace zhibiao {

using namespace Qt::StringLiterals;

ImportController::ImportController(Workspace &workspace, QUndoStack &undoStack, QMainWindow &window)
    : QObject(&window)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_window(window)
    , m_writer(workspace, &window)
{
}

ImportController::~ImportController()
{
    delete m_dialog; // stops its steps before the workspace goes
}

bool ImportController::isBusy() const
{
    return m_dialog || m_writer.isWriting();
}

void ImportController::importFile(const QString &path)
{
    if (isBusy())
        return;
    // File → Import is greyed then; a spreadsheet dropped on the window comes here.
    if (m_workspace.database().isReadOnly()) {
        warn(ReadOnlyNotice::message(), true);
        return;
    }
    m_path = path;
    // Shown once the file is read and planned: meanwhile only its
    // progress window (for a large file) is up.
    m_dialog = new ImportDialog(m_workspace, &m_window);
    connect(m_dialog, &ImportDialog::settled, this, &ImportController::dialogSettled);
    connect(m_dialog, &QDialog::finished, this, &ImportController::dialogFinished);
    m_dialog->load(path);
}

void ImportController::dialogSettled()
{
    if (!m_dialog)
        return;
    if (auto city = m_dialog->takeCityTable()) {
        ImportDialog *const dialog = m_dialog;
        m_dialog = nullptr;
        dialog->disconnect(this);
        dialog->deleteLater();
        importCityTable(std::move(*city));
        return;
    }
    // Settled again after an option changed; or after it was closed before
    // it was shown (finished first), when it is already on its way out.
    if (m_dialog->isVisible())
        return;
    if (m_dialog->state() == ImportDialog::State::Empty) {
        const QString message = m_dialog->errorMessage();
        m_dialog->deleteLater();
        m_dialog = nullptr;
        warn(message, true);
        return;
    }
    m_dialog->open();
}

void ImportController::dialogFinished(int result)
{
    ImportDialog *const dialog = m_dialog;
    dialog->deleteLater();
    const std::shared_ptr<const ImportPlan> plan = dialog->plan();
    if (result != QDialog::Accepted || !plan) {
        m_dialog = nullptr;
        Q_EMIT finished(false);
        return;
    }
    // Stamped now, as it is written: who imports, and when.
    const EntryStamp stamp = EntryStamp::now(dialog->fileName());
    const ImportPlan::RejectedRows rejectedRows = dialog->rejectedRows();
    m_dialog = nullptr;
    m_writer.write(plan->writeCount(),
                   [plan, rejectedRows, stamp](EntryRepository &entries) { plan->apply(entries, rejectedRows, stamp); },
                   [this, plan](const QString &error) {
                       if (!error.isEmpty()) {
                           warn(error, true);
                           return;
                       }
                       // Applied first, pushed after: a failed import never enters the undo history.
                       auto *command = new ImportFiguresCommand(m_writer, plan, m_path, [this](const QString &message) {
                           warn(message, false);
                       });
                       const qsizetype cells = command->cellCount();
                       m_undoStack.push(command);
                       //: Status bar after an import: %n figures, %1 file name
                       m_window.statusBar()->showMessage(
                           tr("Imported %n figure(s) from %1. Edit → Undo takes the import back.", nullptr, int(cells))
                               .arg(QFileInfo(m_path).fileName()),
                           15000);
                       Q_EMIT finished(true);
                   });
}

void ImportController::importCityTable(PeerTableReading reading)
{
    const QString fileName = QFileInfo(m_path).fileName();
    std::shared_ptr<const PeerImportPlan> plan;
    try {
        plan = std::make_shared<const PeerImportPlan>(PeerImportPlan::build(std::move(reading), m_workspace));
    } catch (const UserError &error) {
        warn(error.message(), true);
        return;
    }
    if (plan->changes().isEmpty()) {
        warn(plan->summary(fileName) + u"\n\n"_s + tr("Nothing to import: the database already holds these figures."),
             true);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Import the city's comparison table"),
                                plan->summary(fileName), QMessageBox::Cancel, &m_window);
    box->setObjectName(u"cityTablePreview"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const int unread = int(plan->reading().rejected.size());
    QPushButton *importButton = box->addButton(
        unread == 0 ? tr("Import") : tr("Import the others (%n cell(s) not read)", nullptr, unread),
        QMessageBox::AcceptRole);
    importButton->setObjectName(u"importCityTable"_s);
    box->setDefaultButton(importButton);
    connect(box, &QMessageBox::buttonClicked, this, [this, plan, fileName, importButton](QAbstractButton *clicked) {
        if (clicked != importButton) {
            Q_EMIT finished(false);
            return;
        }
        try {
            plan->apply(m_workspace.comparison());
        } catch (const UserError &error) {
            warn(error.message(), true);
            return;
        }
        // Applied first, pushed after: a failed import never enters the undo history.
        m_undoStack.push(new ChangePeerFiguresCommand(
            m_workspace.comparison(), plan->before(), plan->changes(),
            [this](const QString &error) {
                if (!error.isEmpty())
                    warn(error, false);
                Q_EMIT cityFiguresChanged();
            },
            tr("Import the city's table %1").arg(fileName)));
        Q_EMIT cityFiguresChanged();
        m_window.statusBar()->showMessage(
            tr("Imported %n figure(s) of the city's table from %1. Edit → Undo takes the import back.", nullptr,
               int(plan->changes().size()))
                .arg(fileName),
            15000);
        Q_EMIT finished(true);
    });
    box->open();
}

void ImportController::warn(const QString &message, bool endsImport)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Import figures"), message, QMessageBox::Ok, &m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (endsImport)
        connect(box, &QDialog::finished, this, [this] { Q_EMIT finished(false); });
    box->open();
}

void ImportController::step(ChangeDirection direction)
{
    if (isBusy())
        return;
    const bool undoing = direction == ChangeDirection::Revert;
    const int index = undoing ? m_undoStack.index() - 1 : m_undoStack.index();
    const auto moveStack = [this, undoing] { undoing ? m_undoStack.undo() : m_undoStack.redo(); };
    // The stack hands out its commands as const; this one is ours to mark.
    auto *command = dynamic_cast<ImportFiguresCommand *>(const_cast<QUndoCommand *>(m_undoStack.command(index)));
    if (!command || command->cellCount() < FigureWriter::LargeWrite) {
        moveStack(); // written in place by the command itself
        return;
    }
    m_writer.write(command->cellCount(), command->writeFor(direction),
                   [this, command, index, moveStack](const QString &error) {
                       // The busy window kept the user out of the history meanwhile.
                       if (m_undoStack.command(index) != command)
                           return;
                       if (error.isEmpty()) {
                           command->markWritten();
                       } else {
                           command->setObsolete(true); // nothing written: the stack drops the step
                           warn(error, false);
                       }
                       moveStack();
                   });
}

} // namespace zhibiao
