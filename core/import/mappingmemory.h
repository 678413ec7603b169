#pragma once

#include "core/import/columnmapping.h"

#include <QString>

#include <optional>

class QSettings;

namespace zhibiao {

// Remembers the column mapping a user confirmed for a file layout (keyed by
// TableLayout::signature()), so next month's file from the same bureau
// needs no mapping step. Kept in the user's settings rather than in the
// database: it is about the files a person receives, not about the
// district's figures, and it must not travel with a copied database.
class MappingMemory
{
public:
    explicit MappingMemory(QSettings &settings) : m_settings(settings) {}

    // The remembered mapping for the layout, when it still fits columnCount.
    std::optional<ColumnMapping> recall(const QString &signature, int columnCount) const;
    void remember(const QString &signature, const ColumnMapping &mapping);
    void forget(const QString &signature);

private:
    QSettings &m_settings;
};

} // namespace zhibiao
