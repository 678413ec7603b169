#include "app/report/exportreportdialog.h"

#include "app/report/reportexportrun.h"
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

#include <algorithm>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

const QString folderKey = u"report/folder"_s;
const QString previewKey = u"report/preview"_s;
const QString openKey = u"report/open"_s;
const QString formatKey = u"report/format"_s;

QString suffixOf(ReportFormat format)
{
    return format == ReportFormat::Odt ? u"odt"_s : u"pdf"_s;
}

// path with the suffix of format in place of a report suffix it has.
QString withSuffix(const QString &path, ReportFormat format)
{
    const QString suffix = u"."_s + suffixOf(format);
    if (path.isEmpty() || path.endsWith(suffix, Qt::CaseInsensitive))
        return path;
    const QFileInfo file(path);
    const QString base = ReportFile::formatOf(path) ? file.completeBaseName() : file.fileName();
    return file.dir().filePath(base + suffix);
}

} // namespace

ExportReportDialog::ExportReportDialog(Workspace &workspace, int year, Period asOf, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_formatSelector(new QComboBox(this))
    , m_yearSelector(new QComboBox(this))
    , m_asOfSelector(new QComboBox(this))
    , m_pathEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_previewCheck(new QCheckBox(tr("&Preview the PDF when it is written"), this))
    , m_openCheck(new QCheckBox(tr("&Open it when it is written"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_run(new ReportExportRun(workspace, this))
{
    setWindowTitle(tr("Export report"));
    m_formatSelector->setObjectName(u"formatSelector"_s);
    m_formatSelector->addItem(tr("PDF, to read and print (.pdf)"), int(ReportFormat::Pdf));
    m_formatSelector->addItem(tr("OpenDocument text, to edit in WPS, Word or LibreOffice (.odt)"),
                              int(ReportFormat::Odt));
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

    connect(m_browseButton, &QPushButton::clicked, this, &ExportReportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_browseButton);

    auto *form = new QFormLayout;
    form->addRow(tr("For&mat:"), m_formatSelector);
    form->addRow(tr("&Year:"), m_yearSelector);
    //: The month the figures in the report run to
    form->addRow(tr("&As of:"), m_asOfSelector);
    // The field is a row of two widgets: its label names the line edit as
    // its buddy, or it would show its "&" instead of the shortcut.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_pathEdit);
    form->addRow(fileLabel, pathRow);

    const QSettings settings;
    m_formatSelector->setCurrentIndex(std::max(0, m_formatSelector->findData(settings.value(formatKey).toInt())));
    m_previewCheck->setChecked(settings.value(previewKey, true).toBool());
    m_openCheck->setChecked(settings.value(openKey, false).toBool());
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setVisible(false);

    QPushButton *exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(u"exportButton"_s);
    exportButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportReportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportReportDialog::reject);
    connect(m_run, &ReportExportRun::progressed, this, &ExportReportDialog::showProgress);
    connect(m_run, &ReportExportRun::finished, this, &ExportReportDialog::finishExport);
    connect(m_run, &ReportExportRun::failed, this, &ExportReportDialog::showError);

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
    connect(m_formatSelector, &QComboBox::currentIndexChanged, this, [this] {
        m_pathEdit->setText(withSuffix(path(), chosenFormat()));
        showFormatChoices();
    });
    showFormatChoices();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

QString ExportReportDialog::path() const
{
    return m_pathEdit->text().trimmed();
}

void ExportReportDialog::setPath(const QString &path)
{
    m_pathEdit->setText(path);
}

void ExportReportDialog::setYear(int year)
{
    const int index = m_yearSelector->findData(year);
    m_yearSelector->setCurrentIndex(index >= 0 ? index : m_yearSelector->count() - 1);
}

void ExportReportDialog::setAsOf(Period asOf)
{
    m_asOfSelector->setCurrentIndex(m_asOfSelector->findData(asOf.month()));
}

void ExportReportDialog::setPreviewWhenDone(bool preview)
{
    m_previewCheck->setChecked(preview);
}

void ExportReportDialog::setOpenWhenDone(bool open)
{
    m_openCheck->setChecked(open);
}

int ExportReportDialog::chosenYear() const
{
    return m_yearSelector->currentData().toInt();
}

ReportFormat ExportReportDialog::chosenFormat() const
{
    return ReportFormat(m_formatSelector->currentData().toInt());
}

void ExportReportDialog::setFormat(ReportFormat format)
{
    m_formatSelector->setCurrentIndex(m_formatSelector->findData(int(format)));
}

void ExportReportDialog::showFormatChoices()
{
    // The preview is a PDF viewer's; an .odt is opened in the word processor.
    const bool pdf = chosenFormat() == ReportFormat::Pdf;
    m_previewCheck->setEnabled(pdf && !isExporting());
    m_previewCheck->setToolTip(pdf ? QString() : tr("Only a PDF is previewed here; open the .odt in your word processor."));
}

Period ExportReportDialog::chosenAsOf() const
{
    return Period::fromMonth(m_asOfSelector->currentData().toInt()).value_or(Period::yearEnd());
}

QString ExportReportDialog::defaultFileName() const
{
    //: Default name of the report file, before its suffix: %1 district, %2 year, %3 month number
    return tr("%1 targets %2, to month %3")
               .arg(m_workspace.district().name())
               .arg(chosenYear())
               .arg(chosenAsOf().month())
           + u"."_s + suffixOf(chosenFormat());
}

void ExportReportDialog::browse()
{
    const QString pdfFilter = tr("PDF files (*.pdf)");
    const QString odtFilter = tr("OpenDocument text (*.odt)");
    QString filter = chosenFormat() == ReportFormat::Odt ? odtFilter : pdfFilter;
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export report"), path(),
                                                        pdfFilter + u";;"_s + odtFilter, &filter);
    if (chosen.isEmpty())
        return;
    // The filter chosen decides a name typed without a suffix.
    const ReportFormat format = ReportFile::formatOf(chosen).value_or(filter == odtFilter ? ReportFormat::Odt
                                                                                          : ReportFormat::Pdf);
    setFormat(format);
    m_pathEdit->setText(withSuffix(chosen, format));
}

bool ExportReportDialog::isExporting() const
{
    return m_run->isExporting();
}

void ExportReportDialog::setBusy(bool busy)
{
    // Every choice is fixed while the PDF is drawn: the events the export
    // lets through between its steps include the user's.
    m_buttons->setEnabled(!busy);
    m_formatSelector->setEnabled(!busy);
    m_yearSelector->setEnabled(!busy);
    m_asOfSelector->setEnabled(!busy);
    m_pathEdit->setEnabled(!busy);
    m_browseButton->setEnabled(!busy);
    m_previewCheck->setEnabled(!busy && chosenFormat() == ReportFormat::Pdf);
    m_openCheck->setEnabled(!busy);
    m_progress->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0); // busy until the report is read and its parts counted
        m_status->setVisible(false);
    }
}

void ExportReportDialog::showProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void ExportReportDialog::accept()
{
    if (isExporting())
        return; // Enter reaches the dialog even with its buttons disabled
    const QString target = path();
    if (target.isEmpty()) {
        showError(tr("Say where to write the report."));
        return; // the dialog stays open to correct the choice
    }
    // The name's suffix decides: a name typed ending in .odt is an .odt.
    const std::optional<ReportFormat> format = ReportFile::formatOf(target);
    if (!format) {
        showError(tr("“%1” should end in .pdf or .odt.").arg(target));
        return;
    }
    setFormat(*format);
    m_error.clear();
    setBusy(true);
    m_run->start(chosenYear(), chosenAsOf(), *format, target);
}

void ExportReportDialog::reject()
{
    if (!isExporting())
        QDialog::reject();
}

void ExportReportDialog::showError(const QString &message)
{
    setBusy(false);
    m_error = message;
    m_status->setText(m_error);
    m_status->setVisible(true);
}

void ExportReportDialog::finishExport(const QString &path)
{
    setBusy(false);
    QSettings settings;
    settings.setValue(folderKey, QFileInfo(path).absolutePath());
    settings.setValue(previewKey, m_previewCheck->isChecked());
    settings.setValue(openKey, m_openCheck->isChecked());
    settings.setValue(formatKey, int(chosenFormat()));
    Q_EMIT exported(path);
    QDialog::accept();
    afterExport(path);
}

void ExportReportDialog::afterExport(const QString &path)
{
    if (m_openCheck->isChecked())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    if (m_previewCheck->isChecked() && chosenFormat() == ReportFormat::Pdf) {
        auto *preview = new PdfPreviewDialog(path, parentWidget());
        preview->setAttribute(Qt::WA_DeleteOnClose);
        preview->show();
    }
}

} // namespace zhibiao
