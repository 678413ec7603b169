#pragma once

#include "rawtable.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class QuaZip;

namespace zhibiao {

// Opens an .xlsx workbook (Excel, WPS) and reads one sheet as text cells:
// finds the sheets through the workbook and its relationships, loads the
// shared strings and which styles are dates, then hands the worksheet XML
// to XlsxSheetParser. It does not interpret the cells.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::XlsxReader)

public:
    // Throws ImportError when path is not a readable workbook.
    explicit XlsxReader(const QString &path);
    ~XlsxReader();

    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    // The visible sheets, in the workbook's order.
    QStringList sheetNames() const;
    // The named sheet, or the first visible one when name is empty. Throws
    // ImportError for an unknown name or a damaged sheet.
    RawTable readSheet(const QString &name = {}) const;

private:
    struct Sheet
    {
        QString name;
        QString part; // path inside the zip, e.g. "xl/worksheets/sheet1.xml"
        bool hidden = false;
    };

    QByteArray readPart(const QString &part, bool required) const;
    void readWorkbook();
    [[noreturn]] void damaged() const;

    QString m_fileName;
    std::unique_ptr<QuaZip> m_zip;
    QList<Sheet> m_sheets;
    QStringList m_sharedStrings;
    QSet<int> m_dateStyles;
};

} // namespace zhibiao
