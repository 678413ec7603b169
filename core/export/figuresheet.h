#pragma once

#include "core/domain/entry.h"
#include "core/domain/indicator.h"
#include "core/export/exportsheet.h"

#include <QCoreApplication>
#include <QList>

namespace zhibiao {

// Lays out a year's figures in the wide layout bureaus publish: one row
// per indicator (name, code, unit), and per period a group of columns —
// year-to-date value, same period last year, growth %, note — of which only
// those holding something appear. Zhibiao's importer reads this layout
// back (docs/import-export.md), so headers use the words it recognises.
class FigureSheet
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::FigureSheet)

public:
    // indicators in display order; entries: the year's latest figures.
    static ExportSheet build(const QString &districtName, int year, const QList<Indicator> &indicators,
                             const QList<Entry> &entries);
};

} // namespace zhibiao
