#pragma once

#include "core/import/decodedtext.h"
#include "core/import/importplan.h"
#include "core/import/importprogress.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressDialog;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace zhibiao {

class ImportSession;
class Workspace;

// The window's import: shows the first rows of a file with the role of
// each column (guessed, or remembered for the file's layout) for the user
// to correct, and the preview — new values, revisions old → new, rejected
// rows and why — before anything is written. It never writes figures: the
// caller applies plan() in one transaction, as one undo step:
//
//     ImportDialog dialog(workspace, this);
//     if (!dialog.load(path)) { show dialog.errorMessage(); return; }
//     if (dialog.exec() == QDialog::Accepted)
//         dialog.plan()->apply(workspace.entries(), dialog.rejectedRows());
//
// Accepting remembers the column mapping for the file's layout
// (MappingMemory in the user's settings). Reading, mapping and planning are
// ImportSession's and ImportPlan's, in core.
//
// A large file takes seconds to read and to plan (a million rows: about
// two), so both run on a thread of their own while the window stays
// responsive: a progress dialog with Cancel appears when a step takes
// longer than a moment, and the inputs are disabled until it is done.
// Only the database reads stay on the GUI thread, whose connection it is.
// load() and each change of the mapping still return when the plan is
// ready, as if they ran in place.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads path (any .xlsx, .csv or tab-separated file). Returns false,
    // with errorMessage() set, when the file cannot be read at all.
    bool load(const QString &path, TextEncoding encoding = TextEncoding::Detect);
    QString errorMessage() const { return m_error; }

    // The plan for the current mapping and options; nullopt when the file
    // cannot give figures as mapped (the preview says why).
    // Shared, so that the undo step of the import can keep it.
    std::shared_ptr<const ImportPlan> plan() const { return m_plan; }
    // Skip when the user chose to import the other rows despite rejected ones.
    ImportPlan::RejectedRows rejectedRows() const;

    void accept() override;
    // Also stops reading or planning that is under way.
    void reject() override;

Q_SIGNALS:
    // How far reading or planning has come, 0 to 100, as it goes.
    void progressChanged(int percent);

private:
    // A run of background steps under one progress dialog.
    enum class Work { ReadingAndPlanning, Planning };

    void buildMappingTable();
    void readMappingFromTable();
    void replan();
    void updateButtons();
    // Runs step (reading or planning) on another thread; false when cancelled.
    bool runStep(const std::function<void(const ImportProgress &)> &step);
    void beginWork(Work work);
    void endWork();
    void showProgress(ImportProgress::Step step, int percent);

    Workspace &m_workspace;
    std::unique_ptr<ImportSession> m_session;
    QString m_path;
    std::shared_ptr<const ImportPlan> m_plan;
    QString m_error;

    QComboBox *m_encoding = nullptr;
    QSpinBox *m_headerRow = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_period = nullptr;
    QTableWidget *m_table = nullptr;
    QList<QComboBox *> m_fields;
    QList<QComboBox *> m_months;
    QLabel *m_mappingNote = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QCheckBox *m_skipRejected = nullptr;
    QPushButton *m_importButton = nullptr;
    QList<QWidget *> m_inputs; // disabled while a step runs
    QProgressDialog *m_progressDialog = nullptr;
    bool m_updating = false; // filling the widgets: no re-planning yet
    std::optional<Work> m_work;
    ImportProgress *m_running = nullptr; // the step under way, to cancel it
    bool m_cancelled = false;
};

} // namespace zhibiao
