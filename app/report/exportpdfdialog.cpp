#include "app/report/exportpdfdialog.h"

#include "app/report/pdfexport.h"
#include "app/report/pdfpreviewdialog.h"
#include "core/export/exporterror.h"
#include "core/storage/storageerror.h"
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
#include <QMessageBox>
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
    , m_previewCheck(new QCheckBox(tr("&Preview the PDF when it is written"), this))
    , m_openCheck(new QCheckBox(tr("&Open it in the PDF viewer"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export PDF summary"));
    m_yearSelector->setObjectName(u"yearSelector"_s);
    m_asOfSelector->setObjectName(u"asOfSelector"_s);
    m_pathEdit->setObjectName(u"pathEdit"_s);
    m_previewCheck->setObjectName(u"previewCheck"_s);
    m_openCheck->setObjectName(u"openCheck"_s);
    m_progress->setObjectName(u"progress"_s);
    m_status->setObjectName(u"status"_s);

    for (const int targetYear : workspace.targets().years())
        m_yearSelector->addItem(QString::number(targetYear), targetYear);
    for (int month = Period::FirstMonth; month <= Period::LastMonth; ++month)
        m_asOfSelector->addItem(Period::fromMonth(month)->monthLabel(), month);
    setYear(year);
    setAsOf(asOf);

    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ExportPdfDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(browseButton);

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

void ExportPdfDialog::setBusy(bool busy)
{
    m_buttons->setEnabled(!busy);
    m_yearSelector->setEnabled(!busy);
    m_asOfSelector->setEnabled(!busy);
    m_pathEdit->setEnabled(!busy);
    m_progress->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0);
        m_status->setVisible(false);
    }
}

void ExportPdfDialog::accept()
{
    const QString target = path();
    m_error.clear();
    if (target.isEmpty())
        m_error = tr("Say where to write the PDF.");
    else if (QFileInfo(target).suffix().compare(u"pdf"_s, Qt::CaseInsensitive) != 0)
        m_error = tr("“%1” should end in .pdf.").arg(target);
    if (m_error.isEmpty()) {
        setBusy(true);
        try {
            // Drawing happens here, on the GUI thread (Qt Charts must); the
            // bar moves after each target, and the window repaints meanwhile.
            exportPdf(m_workspace, chosenYear(), chosenAsOf(), target, [this](int done, int total) {
                m_progress->setRange(0, total);
                m_progress->setValue(done);
                QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
            });
        } catch (const ExportError &error) {
            m_error = error.message();
        } catch (const StorageError &error) {
            m_error = error.message();
        }
        setBusy(false);
    }
    if (!m_error.isEmpty()) {
        m_status->setText(m_error);
        m_status->setVisible(true);
        return; // the dialog stays open to correct the choice
    }

    QSettings settings;
    settings.setValue(folderKey, QFileInfo(target).absolutePath());
    settings.setValue(previewKey, m_previewCheck->isChecked());
    settings.setValue(openKey, m_openCheck->isChecked());
    Q_EMIT exported(target);
    QDialog::accept();
    afterExport(target);
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
