#include "core/domain/responsibleunit.h"

#include "core/domain/language.h"

namespace zhibiao {

QString ResponsibleUnit::name() const
{
    return pickLanguage(nameZh, nameEn);
}

} // namespace zhibiao
