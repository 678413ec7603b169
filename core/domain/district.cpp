#include "core/domain/district.h"

#include "core/domain/language.h"

namespace zhibiao {

QString District::name() const { return pickLanguage(nameZh, nameEn); }
QString District::city() const { return pickLanguage(cityZh, cityEn); }

} // namespace zhibiao
