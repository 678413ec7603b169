#pragma once

#include "core/domain/period.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace zhibiao {

class Workspace;

// File → Export PDF…: the year and the month the summary runs to, where to
// write it, and what to do with it afterwards (preview it here, open it in
// the system's PDF viewer). Shows progress while the report is drawn and
// says in words why an export failed; the report itself is exportPdf()'s.
class ExportPdfDialog : public QDialog
{
    Q_OBJECT

public:
    ExportPdfDialog(Workspace &workspace, int year, Period asOf, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    void setYear(int year);
    void setAsOf(Period asOf);
    // What to do once written; remembered for the next export.
    void setPreviewWhenDone(bool preview);
    void setOpenWhenDone(bool open);

    // The last export's error, empty after a success.
    QString errorMessage() const { return m_error; }

    void accept() override;

Q_SIGNALS:
    // A PDF was written to path and is complete.
    void exported(const QString &path);

private:
    QString defaultFileName() const;
    int chosenYear() const;
    Period chosenAsOf() const;
    void browse();
    void setBusy(bool busy);
    void afterExport(const QString &path);

    Workspace &m_workspace;
    QComboBox *m_yearSelector;
    QComboBox *m_asOfSelector;
    QLineEdit *m_pathEdit;
    QCheckBox *m_previewCheck;
    QCheckBox *m_openCheck;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QString m_error;
};

} // namespace zhibiao
