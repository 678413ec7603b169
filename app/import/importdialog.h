#pragma once

#include "app/import/backgroundtask.h"
#include "core/import/decodedtext.h"
#include "core/import/importplan.h"
#include "core/import/importprogress.h"
#include "core/import/importsession.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QList>

#include <memory>
#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QProgressDialog;
class QPushButton;
class QSpinBox;

namespace zhibiao {

class ColumnMappingTable;
class Workspace;

// The window's import: shows the first rows of a file with the role of
// each column (guessed, or remembered for the file's layout) for the user
// to correct, and the preview — new values, revisions old → new, rejected
// rows and why — before anything is written. It never writes figures: the
// import controller applies plan() once the dialog is accepted. Accepting
// remembers the column mapping for the file's layout (MappingMemory in
// the user's settings). Reading, mapping and planning are ImportSession's,
// in core; the dialog shows where they are.
//
// A large file takes seconds to read and to plan (docs/performance.md), so
// both run on the thread pool and the dialog is a small state machine
// around them:
//
//     Empty ──load()──► Reading ──► Planning ──► Ready
//       ▲                  │           │  ▲        │ an option or a column changed
//       └── failed or ─────┘           ▼  └────────┘
//           cancelled               Mapping (no plan: the preview says why)
//
// While reading or planning, the inputs are disabled and a progress window
// with Cancel appears when the step takes longer than a moment. Leaving
// out rejected rows is decided at Apply and plans nothing again.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class State {
        Empty,    // no file read: none yet, or it could not be (errorMessage())
        Reading,  // the file is being read
        Mapping,  // read, but the columns as mapped give no plan
        Planning, // the figures are being compared with the stored ones
        Ready,    // plan() is what Import would write
    };
    Q_ENUM(State)

    explicit ImportDialog(Workspace &workspace, QWidget *parent = nullptr);
    // Stops a step under way and waits for its thread to let go.
    ~ImportDialog() override;

    // Starts reading path (any .xlsx, .csv or tab-separated file), then
    // planning it; returns at once. settled() tells when both are done.
    void load(const QString &path, TextEncoding encoding = TextEncoding::Detect);
    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Reading || m_state == State::Planning; }
    // Why the file could not be read, once the state is back at Empty.
    QString errorMessage() const { return m_error; }
    // The file's name, for the stamp and the undo step.
    QString fileName() const;

    // The plan for the current mapping and options; null unless Ready.
    // Shared, so that the undo step of the import can keep it.
    std::shared_ptr<const ImportPlan> plan() const { return m_plan; }
    // The file read is the city's comparison table (recognised by its
    // unit names): it is not planned here, and the state is Empty. Taken
    // once, by whoever imports it.
    std::optional<PeerTableReading> takeCityTable() { return std::exchange(m_cityTable, std::nullopt); }
    // Skip when the user chose to import the other rows despite rejected ones.
    ImportPlan::RejectedRows rejectedRows() const;

    void accept() override;
    // Also stops reading or planning that is under way.
    void reject() override;

Q_SIGNALS:
    void stateChanged(zhibiao::ImportDialog::State state);
    // Reading and planning are done (or failed): the state is Empty,
    // Mapping or Ready.
    void settled();
    // How far reading or planning has come, 0 to 100, as it goes.
    void progressChanged(int percent);

private:
    void setState(State state);
    void startReading(const QString &path, TextEncoding encoding);
    void readingFinished();
    // Plans again for the current mapping and options; when a plan is
    // being made, once it is done.
    void replan();
    void startPlanning();
    void planningFinished();
    // The session's rows and mapping in the inputs.
    void showSession();
    // A column's role or period chosen in the table: planned again.
    void mappingChosen();
    void takeMappingFromTable();
    void updateInputs();
    // A progress report of the step under way (queued from its thread).
    void showProgress(ImportProgress::Step step, int percent);
    // A new progress for the next step, its reports shown here.
    std::shared_ptr<ImportProgress> newProgress();
    void cancelStep();
    // Cancels the step under way and waits for its thread to let go of it.
    void stopStep();

    Workspace &m_workspace;
    std::optional<PeerTableReading> m_cityTable;
    State m_state = State::Empty;
    QString m_path;
    QString m_readingPath;
    std::shared_ptr<ImportSession> m_session;
    std::shared_ptr<const ImportPlan> m_plan;
    QString m_error;
    bool m_readingWithFile = false; // the progress bar's shares: reading and planning, or planning alone
    bool m_planAgain = false;       // the mapping or an option changed while planning
    bool m_mappingEdited = false;   // the table's choices are not the session's yet
    std::shared_ptr<ImportProgress> m_progress; // of the step under way, to cancel it
    QFutureWatcher<TaskResult<ImportSession>> m_reading;
    QFutureWatcher<TaskResult<ImportPlan>> m_planning;

    QComboBox *m_encoding = nullptr;
    QSpinBox *m_headerRow = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_period = nullptr;
    ColumnMappingTable *m_table = nullptr;
    QLabel *m_mappingNote = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QCheckBox *m_skipRejected = nullptr;
    QPushButton *m_importButton = nullptr;
    QList<QWidget *> m_inputs; // disabled while a step runs
    QProgressDialog *m_progressDialog = nullptr; // shown when a step takes longer than a moment
    QProgressBar *m_progressBar = nullptr;       // its bar
};

} // namespace zhibiao
