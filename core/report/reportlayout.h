#pragma once

#include "core/progress/progress.h"

#include <QPainter>
#include <QRectF>
#include <QString>

#include <functional>
#include <optional>

namespace zhibiao {

struct ReportTable;

// What the summary report is made of, in reading order: the one list of
// blocks (reportcontent.h) that both the PDF (ReportFlow, pages laid out
// here) and the OpenDocument text (OdtLayout, pages laid out by the word
// processor) are written from, so the two files say the same.
//
// keepWith is the height (device units) of what must follow a block on
// the same page; a layout that does not break pages itself ignores it.
class ReportLayout
{
public:
    using ChartDrawer = std::function<void(QPainter &, const QRectF &)>;

    virtual ~ReportLayout() = default;

    virtual void title(const QString &text) = 0;
    // A target's heading, with its status in words on the right.
    virtual void heading(const QString &text, const QString &statusText, std::optional<Status> status,
                         double keepWith) = 0;
    virtual void subheading(const QString &text, double keepWith) = 0;
    virtual void paragraph(const QString &text) = 0;
    virtual void table(const ReportTable &table) = 0;
    // A chart of the given height (mm) across the text width.
    virtual void chart(double heightMm, const ChartDrawer &draw, double keepWith = 0) = 0;
    virtual void space(double mm) = 0;
    virtual void pageBreak() = 0;

    // Device units for a length in millimetres, and the height of a
    // table's header and first rows: the measures keepWith is given in.
    virtual double mm(double millimetres) const = 0;
    virtual double tableStartHeight(const ReportTable &table, int rows) const = 0;
};

} // namespace zhibiao
