#pragma once

#include "core/domain/period.h"
#include "core/report/reportfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace zhibiao {

class ReportExportRun;
class Workspace;

// File → Export report…: PDF or OpenDocument text, the year and the month
// the summary runs to, where to write it, and what to do with it
// afterwards (preview a PDF here, open the file in the system's viewer or
// word processor). Shows progress while the report is drawn, a part per
// turn of the event loop (ReportExportRun), and says in words why an
// export failed; the report itself is ReportExport's.
class ExportReportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportReportDialog(Workspace &workspace, int year, Period asOf, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    void setFormat(ReportFormat format);
    void setYear(int year);
    void setAsOf(Period asOf);
    // What to do once written; remembered for the next export.
    void setPreviewWhenDone(bool preview);
    void setOpenWhenDone(bool open);

    ReportFormat chosenFormat() const;
    // The last export's error, empty after a success.
    QString errorMessage() const { return m_error; }
    // Between Export and the file written or the error shown.
    bool isExporting() const;

    // Validates the choices and starts the export; the dialog is accepted
    // when the file is written.
    void accept() override;
    // Not while exporting: the export cannot be stopped half way.
    void reject() override;

Q_SIGNALS:
    // A report was written to path and is complete.
    void exported(const QString &path);

private:
    QString defaultFileName() const;
    int chosenYear() const;
    Period chosenAsOf() const;
    void showFormatChoices();
    void browse();
    void setBusy(bool busy);
    void showProgress(int done, int total);
    void showError(const QString &message);
    void finishExport(const QString &path);
    void afterExport(const QString &path);

    Workspace &m_workspace;
    QComboBox *m_formatSelector;
    QComboBox *m_yearSelector;
    QComboBox *m_asOfSelector;
    QLineEdit *m_pathEdit;
    QPushButton *m_browseButton;
    QCheckBox *m_previewCheck;
    QCheckBox *m_openCheck;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    ReportExportRun *m_run;
    QString m_error;
};

} // namespace zhibiao
