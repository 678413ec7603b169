#include "core/report/reportfont.h"

#include <QFontDatabase>
#include <QStringList>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

// WenQuanYi Micro Hei (fonts-wqy-microhei): its cmap gives 口, 月, 至, 生
// and the other characters that double as Kangxi radicals their own
// glyphs, so the ToUnicode map Qt writes into a PDF gives back the
// characters written. Noto Sans CJK shares those glyphs with U+2Fxx, and
// searching a PDF set in it for 渌口区 finds nothing
// (tests/core/tst_pdfreport.cpp).
const QString ReportFont = u"WenQuanYi Micro Hei"_s;
const QString ReportFontFile = u"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"_s;

} // namespace

QString reportFontFamily()
{
    // Loaded from its file when fontconfig does not list it (an application
    // font is found by family name like an installed one).
    static const QString family = [] {
        if (QFontDatabase::hasFamily(ReportFont))
            return ReportFont;
        const int id = QFontDatabase::addApplicationFont(ReportFontFile);
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        return families.contains(ReportFont) ? ReportFont : QString();
    }();
    return family;
}

} // namespace zhibiao
