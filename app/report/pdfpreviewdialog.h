#pragma once

#include <QDialog>

class QPdfDocument;
class QPdfView;

namespace zhibiao {

// The written PDF as it will print, page after page at the window's width,
// with a button to open it in the system's viewer (to print or mail it).
class PdfPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PdfPreviewDialog(const QString &path, QWidget *parent = nullptr);

    int pageCount() const;

private:
    QPdfDocument *m_document;
    QPdfView *m_view;
};

} // namespace zhibiao
