#include "core/report/odtreport.h"

#include "core/export/exporterror.h"
#include "core/report/odfpackage.h"
#include "core/report/reportfont.h"

#include <QBuffer>
#include <QTextDocumentWriter>

namespace zhibiao {

using namespace Qt::StringLiterals;

OdtReport::OdtReport(const SummaryReport &report, const ReportChartPainter &charts, const QString &path)
    : m_content(report, charts)
    , m_path(path)
    , m_file(path)
    , m_layout(reportFontFamily())
{
    // Opened now, so a file that cannot be written is said before the
    // charts are drawn.
    if (!m_file.open(QIODevice::WriteOnly))
        throw ExportError(tr("“%1” could not be written: %2").arg(path, m_file.errorString()));
}

void OdtReport::drawNextPart()
{
    Q_ASSERT(!allDrawn());
    m_content.writePart(m_layout, m_partsDrawn);
    ++m_partsDrawn;
}

int OdtReport::finish()
{
    Q_ASSERT(allDrawn());
    QBuffer qtPackage;
    qtPackage.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&qtPackage, "odf");
    if (!writer.write(&m_layout.document()))
        throw ExportError(tr("“%1” could not be written: Qt could not write the document.").arg(m_path));
    const QByteArray package = OdfPackage::finish(qtPackage.data(), m_layout.headingLevels());

    // Written beside the file and renamed over it: a failure leaves no half file.
    if (m_file.write(package) != package.size() || !m_file.commit())
        throw ExportError(tr("“%1” could not be written: %2").arg(m_path, m_file.errorString()));
    return 0;
}

} // namespace zhibiao
