#include "core/export/xlsxwriterlibrary.h"

#include "core/export/exporterror.h"

#include <QLibrary>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

// The library stays loaded for the life of the process (QLibrary's
// destructor does not unload it).
struct LoadedLibrary
{
    QLibrary library{u"xlsxwriter"_s, QString::fromLatin1(LXW_SOVERSION)};

    LoadedLibrary()
    {
        library.setLoadHints(QLibrary::DeepBindHint);
        library.load();
    }
};

QLibrary &library()
{
    static LoadedLibrary loaded;
    return loaded.library;
}

template<typename Function>
void resolve(Function &function, const char *name)
{
    function = reinterpret_cast<Function>(library().resolve(name));
    if (!function) {
        throw ExportError(XlsxWriterLibrary::tr("Writing .xlsx needs libxlsxwriter %1 (Debian package libxlsxwriter4): %2")
                              .arg(QString::fromLatin1(LXW_VERSION), library().errorString()));
    }
}

} // namespace

XlsxWriterLibrary::XlsxWriterLibrary()
{
    resolve(workbookNewOpt, "workbook_new_opt");
    resolve(workbookAddWorksheet, "workbook_add_worksheet");
    resolve(workbookAddFormat, "workbook_add_format");
    resolve(workbookClose, "workbook_close");
    resolve(formatSetBold, "format_set_bold");
    resolve(formatSetFontSize, "format_set_font_size");
    resolve(formatSetAlign, "format_set_align");
    resolve(formatSetTextWrap, "format_set_text_wrap");
    resolve(formatSetBorder, "format_set_border");
    resolve(worksheetWriteString, "worksheet_write_string");
    resolve(worksheetWriteNumber, "worksheet_write_number");
    resolve(worksheetMergeRange, "worksheet_merge_range");
    resolve(worksheetSetColumn, "worksheet_set_column");
    resolve(worksheetFreezePanes, "worksheet_freeze_panes");
    resolve(strerror, "lxw_strerror");
}

const XlsxWriterLibrary &XlsxWriterLibrary::instance()
{
    // A constructor that throws leaves the static uninitialised: the next
    // call tries again.
    static const XlsxWriterLibrary api;
    return api;
}

} // namespace zhibiao
