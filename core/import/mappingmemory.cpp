#include "core/import/mappingmemory.h"

#include <QSettings>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

QString keyOf(const QString &signature)
{
    return u"import/mappings/"_s + signature;
}

} // namespace

std::optional<ColumnMapping> MappingMemory::recall(const QString &signature, int columnCount) const
{
    const QStringList codes = m_settings.value(keyOf(signature)).toStringList();
    if (codes.isEmpty() || codes.size() != columnCount)
        return std::nullopt;
    return ColumnMapping::fromCodes(codes);
}

void MappingMemory::remember(const QString &signature, const ColumnMapping &mapping)
{
    m_settings.setValue(keyOf(signature), mapping.toCodes());
}

void MappingMemory::forget(const QString &signature)
{
    m_settings.remove(keyOf(signature));
}

} // namespace zhibiao
