#include "app/report/exportpdfdialog.h"

#include "app/report/pdfexportrun.h"
#include "app/report/pdfpreviewdialog.h"
#include "core/storage/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

const QString folderKey = u"report/folder"_s;
const QString previewKey = u"report/preview"_s;
const QString openKey = u"report/open"_s;

} // namespace

ExportPdfDialog::ExportPdfDialog(Workspace &workspace, int year, Period asOf, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_yearSelector(new QComboBox(this))
    , m_asOfSelector(new QComboBox(this))
    , m_pathEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_previewCheck(new QCheckBox(tr("&Preview the PDF when it is written"), this))
    , m_openCheck(new QCheckBox(tr("&Open it in the PDF viewer"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_run(new PdfExportRun(workspace, this))
{
    setWindowTitle(tr("Export PDF summary"));
    m_yearSelector->setObjectName(u"yearSelector"_s);
    m_asOfSelector->setObjectName(u"asOfSelector"_s);
    m_pathEdit->setObjectName(u"pathEdit"_s);
    m_previewCheck->setObjectName(u"previewCheck"_s);
    m_openCheck->setObjectName(u"openCheck"_s);
    m_browseButton->setObjectName(u"browseButton"_s);
    m_progress->setObjectName(u"progress"_s);
    m_status->setObjectName(u"status"_s);

    for (const int targetYear : workspace.targets().years())
        m_yearSelector->addItem(QString::number(targetYear), targetYear);
    for (int month = Period::FirstMonth; month <= Period::LastMonth; ++month)
        m_asOfSelector->addItem(Period::fromMonth(month)->monthLabel(), month);
    setYear(year);
    setAsOf(asOf);

    connect(m_browseButton, &QPushButton::clicked, this, &ExportPdfDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_browseButton);

    auto *form = new QFormLayout;
    form->addRow(tr("&Year:"), m_yearSelector);
    //: The month the figures in the PDF run to
    form->addRow(tr("&As of:"), m_asOfSelector);
    form->addRow(tr("&File:"), pathRow);

    const QSettings settings;
    m_previewCheck->setChecked(settings.value(previewKey, true).toBool());
    m_openCheck->setChecked(settings.value(openKey, false).toBool());
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setVisible(false);

    QPushButton *exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(u"exportButton"_s);
    exportButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportPdfDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportPdfDialog::reject);
    connect(m_run, &PdfExportRun::progressed, this, &ExportPdfDialog::showProgress);
    connect(m_run, &PdfExportRun::finished, this, &ExportPdfDialog::finishExport);
    connect(m_run, &PdfExportRun::failed, this, &ExportPdfDialog::showError);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_previewCheck);
    layout->addWidget(m_openCheck);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    // The file name follows the year and month until the user picks one.
    const QString folder = settings.value(folderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    m_pathEdit->setText(QDir(folder).filePath(defaultFileName()));
    const auto renameDefault = [this] {
        const QFileInfo current(path());
        m_pathEdit->setText(current.dir().filePath(defaultFileName()));
    };
    connect(m_yearSelector, &QComboBox::activated, this, renameDefault);
    connect(m_asOfSelector, &QComboBox::activated, this, renameDefault);
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

QString ExportPdfDialog::path() const
{
    return m_pathEdit->text().trimmed();
}

void ExportPdfDialog::setPath(const QString &path)
{
    m_pathEdit->setText(path);
}

void ExportPdfDialog::setYear(int year)
{
    const int index = m_yearSelector->findData(year);
    m_yearSelector->setCurrentIndex(index >= 0 ? index : m_yearSelector->count() - 1);
}

void ExportPdfDialog::setAsOf(Period asOf)
{
    m_asOfSelector->setCurrentIndex(m_asOfSelector->findData(asOf.month()));
}

void ExportPdfDialog::setPreviewWhenDone(bool preview)
{
    m_previewCheck->setChecked(preview);
}

void ExportPdfDialog::setOpenWhenDone(bool open)
{
    m_openCheck->setChecked(open);
}

int ExportPdfDialog::chosenYear() const
{
    return m_yearSelector->currentData().toInt();
}

Period ExportPdfDialog::chosenAsOf() const
{
    return Period::fromMonth(m_asOfSelector->currentData().toInt()).value_or(Period::yearEnd());
}

QString ExportPdfDialog::defaultFileName() const
{
    //: Default name of the PDF file: %1 district, %2 year, %3 month number
    return tr("%1 targets %2, to month %3.pdf")
        .arg(m_workspace.district().name())
        .arg(chosenYear())
        .arg(chosenAsOf().month());
}

void ExportPdfDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export PDF summary"), path(),
                                                        tr("PDF files (*.pdf)"));
    if (chosen.isEmpty())
        return;
    m_pathEdit->setText(chosen.endsWith(u".pdf"_s, Qt::CaseInsensitive) ? chosen : chosen + u".pdf"_s);
}

bool ExportPdfDialog::isExporting() const
{
    return m_run->isExporting();
}

void ExportPdfDialog::setBusy(bool busy)
{
    // Every choice is fixed while the PDF is drawn: the events the export
    // lets through between its steps include the user's.
    m_buttons->setEnabled(!busy);
    m_yearSelector->setEnabled(!busy);
    m_asOfSelector->setEnabled(!busy);
    m_pathEdit->setEnabled(!busy);
    m_browseButton->setEnabled(!busy);
    m_previewCheck->setEnabled(!busy);
    m_openCheck->setEnabled(!busy);
    m_progress->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0); // busy until the report is read and its parts counted
        m_status->setVisible(false);
    }
}

void ExportPdfDialog::showProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void ExportPdfDialog::accept()
{
    if (isExporting())
        return; // Enter reaches the dialog even with its buttons disabled
    const QString target = path();
    if (target.isEmpty()) {
        showError(tr("Say where to write the PDF."));
        return; // the dialog stays open to correct the choice
    }
    if (QFileInfo(target).suffix().compare(u"pdf"_s, Qt::CaseInsensitive) != 0) {
        showError(tr("“%1” should end in .pdf.").arg(target));
        return;
    }
    m_error.clear();
    setBusy(true);
    m_run->start(chosenYear(), chosenAsOf(), target);
}

void ExportPdfDialog::reject()
{
    if (!isExporting())
        QDialog::reject();
}

void ExportPdfDialog::showError(const QString &message)
{
    setBusy(false);
    m_error = message;
    m_status->setText(m_error);
    m_status->setVisible(true);
}

void ExportPdfDialog::finishExport(const QString &path)
{
    setBusy(false);
    QSettings settings;
    settings.setValue(folderKey, QFileInfo(path).absolutePath());
    settings.setValue(previewKey, m_previewCheck->isChecked());
    settings.setValue(openKey, m_openCheck->isChecked());
    Q_EMIT exported(path);
    QDialog::accept();
    afterExport(path);
}

void ExportPdfDialog::afterExport(const QString &path)
{
    if (m_openCheck->isChecked())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    if (m_previewCheck->isChecked()) {
        auto *preview = new PdfPreviewDialog(path, parentWidget());
        preview->setAttribute(Qt::WA_DeleteOnClose);
        preview->show();
    }
}

} // namespace zhibiao
