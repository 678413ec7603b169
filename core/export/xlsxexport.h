#pragma once

#include "core/export/exportsheet.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace zhibiao {

// Writes sheets as an .xlsx workbook with libxlsxwriter: per sheet a bold
// title, the header (groups such as "1-5月" merged over their columns, the
// columns without a group merged down over both header rows), frozen
// panes under the header, numbers as numbers. Returns the file's bytes so
// that the caller decides where and how they land on disk (QSaveFile).
class XlsxExport
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::XlsxExport)

public:
    // Throws ExportError when libxlsxwriter fails (its scratch space is a
    // temporary folder).
    static QByteArray bytes(const QList<ExportSheet> &sheets);
};

} // namespace zhibiao
