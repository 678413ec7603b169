#include "core/export/xlsxexport.h"

#include "core/export/exporterror.h"
#include "core/export/xlsxwriterlibrary.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

const XlsxWriterLibrary &lxw()
{
    return XlsxWriterLibrary::instance();
}

// workbook_close() frees the workbook; the deleter makes sure it runs on
// every path, an exception included.
struct WorkbookCloser
{
    void operator()(lxw_workbook *workbook) const { lxw().workbookClose(workbook); }
};
using Workbook = std::unique_ptr<lxw_workbook, WorkbookCloser>;

struct Formats
{
    lxw_format *title;
    lxw_format *header;
};

// Excel forbids []:*?/\ in sheet names and allows 31 characters.
QByteArray sheetName(const QString &name)
{
    QString clean = name;
    for (const QChar c : QStringView(u"[]:*?/\\"))
        clean.replace(c, u'_');
    return clean.left(31).toUtf8();
}

void writeText(lxw_worksheet *sheet, int row, int column, const QString &text, lxw_format *format = nullptr)
{
    lxw().worksheetWriteString(sheet, lxw_row_t(row), lxw_col_t(column), text.toUtf8().constData(), format);
}

void writeHeader(lxw_worksheet *sheet, const ExportSheet &table, const Formats &formats, int row)
{
    const int columns = int(table.columns.size());
    if (!table.hasGroups()) {
        for (int c = 0; c < columns; ++c)
            writeText(sheet, row, c, table.columns.at(c).label, formats.header);
        return;
    }
    for (int c = 0; c < columns;) {
        const ExportColumn &column = table.columns.at(c);
        if (column.group.isEmpty()) {
            lxw().worksheetMergeRange(sheet, lxw_row_t(row), lxw_col_t(c), lxw_row_t(row + 1), lxw_col_t(c),
                                  column.label.toUtf8().constData(), formats.header);
            ++c;
            continue;
        }
        int end = c;
        while (end + 1 < columns && table.columns.at(end + 1).group == column.group)
            ++end;
        if (end > c) {
            lxw().worksheetMergeRange(sheet, lxw_row_t(row), lxw_col_t(c), lxw_row_t(row), lxw_col_t(end),
                                  column.group.toUtf8().constData(), formats.header);
        } else {
            writeText(sheet, row, c, column.group, formats.header);
        }
        for (int k = c; k <= end; ++k)
            writeText(sheet, row + 1, k, table.columns.at(k).label, formats.header);
        c = end + 1;
    }
}

void writeSheet(lxw_workbook *workbook, const ExportSheet &table, const Formats &formats)
{
    lxw_worksheet *sheet = lxw().workbookAddWorksheet(workbook, sheetName(table.name).constData());
    if (!sheet)
        return;
    writeText(sheet, 0, 0, table.title, formats.title);
    const int headerRow = 1;
    writeHeader(sheet, table, formats, headerRow);
    const int firstDataRow = headerRow + (table.hasGroups() ? 2 : 1);
    for (int r = 0; r < table.rows.size(); ++r) {
        const QList<ExportCell> &cells = table.rows.at(r);
        for (int c = 0; c < cells.size(); ++c) {
            const ExportCell &cell = cells.at(c);
            if (cell.number)
                lxw().worksheetWriteNumber(sheet, lxw_row_t(firstDataRow + r), lxw_col_t(c), *cell.number, nullptr);
            else if (!cell.text.isEmpty())
                writeText(sheet, firstDataRow + r, c, cell.text);
        }
    }
    lxw().worksheetSetColumn(sheet, 0, 0, 28, nullptr);
    if (table.columns.size() > 1)
        lxw().worksheetSetColumn(sheet, 1, lxw_col_t(table.columns.size() - 1), 13, nullptr);
    lxw().worksheetFreezePanes(sheet, lxw_row_t(firstDataRow), 1);
}

} // namespace

QByteArray XlsxExport::bytes(const QList<ExportSheet> &sheets)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        throw ExportError(tr("No temporary folder is available for writing the workbook: %1").arg(scratch.errorString()));
    const QString path = scratch.filePath(u"export.xlsx"_s);
    const QByteArray tmpdir = QFile::encodeName(scratch.path());
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char *>(tmpdir.constData()); // libxlsxwriter only reads it
    {
        Workbook workbook(lxw().workbookNewOpt(QFile::encodeName(path).constData(), &options));
        if (!workbook)
            throw ExportError(tr("The workbook could not be created."));
        lxw_format *title = lxw().workbookAddFormat(workbook.get());
        lxw().formatSetBold(title);
        lxw().formatSetFontSize(title, 14);
        lxw_format *header = lxw().workbookAddFormat(workbook.get());
        lxw().formatSetBold(header);
        lxw().formatSetAlign(header, LXW_ALIGN_CENTER);
        lxw().formatSetAlign(header, LXW_ALIGN_VERTICAL_CENTER);
        lxw().formatSetTextWrap(header);
        lxw().formatSetBorder(header, LXW_BORDER_THIN);
        for (const ExportSheet &sheet : sheets)
            writeSheet(workbook.get(), sheet, Formats{title, header});
        const lxw_error error = lxw().workbookClose(workbook.release());
        if (error != LXW_NO_ERROR)
            throw ExportError(tr("The workbook could not be written: %1").arg(QString::fromUtf8(lxw().strerror(error))));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ExportError(tr("The workbook could not be written: %1").arg(file.errorString()));
    return file.readAll();
}

} // namespace zhibiao
