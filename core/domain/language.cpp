#include "core/domain/language.h"

#include <QCoreApplication>

namespace zhibiao {

bool uiIsChinese()
{
    // The zh_CN catalogue translates this marker; the English build leaves it.
    //: Translate as "zh" in the Chinese catalogue. Used to pick names from data.
    return QCoreApplication::translate("Language", "en") == u"zh";
}

} // namespace zhibiao
