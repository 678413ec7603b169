#include "app/report/pdfpreviewdialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace zhibiao {

using namespace Qt::StringLiterals;

PdfPreviewDialog::PdfPreviewDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_document(new QPdfDocument(this))
    , m_view(new QPdfView(this))
{
    //: Title of the preview window: %1 the PDF's file name
    setWindowTitle(tr("Preview: %1").arg(QFileInfo(path).fileName()));
    m_view->setObjectName(u"pdfView"_s);
    m_document->load(path);
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("&Open in PDF viewer"), QDialogButtonBox::ActionRole);
    connect(open, &QPushButton::clicked, this, [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(760, 900);
}

int PdfPreviewDialog::pageCount() const
{
    return m_document->pageCount();
}

} // namespace zhibiao
