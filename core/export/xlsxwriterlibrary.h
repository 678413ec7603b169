#pragma once

#include <QCoreApplication>

#include <xlsxwriter.h>

namespace zhibiao {

// libxlsxwriter, loaded at run time into a lookup scope of its own.
//
// Why not simply link it: Debian's libxlsxwriter zips through the system
// libminizip, and QuaZip (which reads .xlsx) exports its own, incompatible
// copy of the same minizip functions (zipOpen, zipOpen3, ...). Linked into
// one process, the dynamic linker binds libxlsxwriter's zipOpen to QuaZip's
// and writing a workbook crashes. Loaded with RTLD_DEEPBIND
// (QLibrary::DeepBindHint), libxlsxwriter and its libminizip resolve
// against each other first, while QuaZip keeps its own copy.
//
// Only the functions XlsxExport uses are resolved; their types come from
// the library's header, so a changed signature fails to compile.
class XlsxWriterLibrary
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::XlsxWriterLibrary)

public:
    // Loaded once per process. Throws ExportError when the library or one
    // of its functions is missing.
    static const XlsxWriterLibrary &instance();

    decltype(&::workbook_new_opt) workbookNewOpt = nullptr;
    decltype(&::workbook_add_worksheet) workbookAddWorksheet = nullptr;
    decltype(&::workbook_add_format) workbookAddFormat = nullptr;
    decltype(&::workbook_close) workbookClose = nullptr;
    decltype(&::format_set_bold) formatSetBold = nullptr;
    decltype(&::format_set_font_size) formatSetFontSize = nullptr;
    decltype(&::format_set_align) formatSetAlign = nullptr;
    decltype(&::format_set_text_wrap) formatSetTextWrap = nullptr;
    decltype(&::format_set_border) formatSetBorder = nullptr;
    decltype(&::worksheet_write_string) worksheetWriteString = nullptr;
    decltype(&::worksheet_write_number) worksheetWriteNumber = nullptr;
    decltype(&::worksheet_merge_range) worksheetMergeRange = nullptr;
    decltype(&::worksheet_set_column) worksheetSetColumn = nullptr;
    decltype(&::worksheet_freeze_panes) worksheetFreezePanes = nullptr;
    decltype(&::lxw_strerror) strerror = nullptr;

private:
    XlsxWriterLibrary();
};

} // namespace zhibiao
