#include "core/import/rawtable.h"

#include "core/import/importerror.h"
#include "core/memory/largememory.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

// Gives the messages below a translation context.
struct RawTableText
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::RawTable)
};

// Spans count in 32 bits, which halves the memory of a large file's cells.
// Four billion characters is eight gigabytes of text: no table of figures.
void requireSpan(qsizetype start, qsizetype length)
{
    constexpr qsizetype limit = std::numeric_limits<std::uint32_t>::max();
    if (start < 0 || length < 0 || start > limit || length > limit - start)
        throw ImportError(RawTableText::tr("The file is too large to import."));
}

} // namespace

RawRow::RawRow(const RawTable &table, int row)
    : m_table(&table)
    , m_first(row > 0 && row < table.rowCount() ? table.m_rowEnds.at(row - 1) : 0)
    , m_end(row >= 0 && row < table.rowCount() ? table.m_rowEnds.at(row) : 0)
{
}

QStringView RawRow::at(qsizetype column) const
{
    if (column < 0 || column >= size())
        return {};
    return m_table->spanText(m_first + column);
}

bool RawRow::isBlank() const
{
    for (qsizetype c = 0; c < size(); ++c) {
        if (!at(c).trimmed().isEmpty())
            return false;
    }
    return true;
}

QString RawRow::summary() const
{
    constexpr qsizetype maxLength = 80;
    QStringList filled;
    for (qsizetype c = 0; c < size(); ++c) {
        if (const QStringView cell = at(c).trimmed(); !cell.isEmpty())
            filled.append(cell.toString().simplified());
    }
    const QString text = filled.join(u" | "_s);
    return text.size() <= maxLength ? text : text.first(maxLength - 1) + u'…';
}

QStringList RawRow::toStringList() const
{
    QStringList cells;
    cells.reserve(size());
    for (qsizetype c = 0; c < size(); ++c)
        cells.append(at(c).toString());
    return cells;
}

RawTable::RawTable(QString text)
    : m_text(std::move(text))
{
}

RawTable RawTable::fromRows(const QList<QStringList> &rows)
{
    RawTable table;
    qsizetype cells = 0;
    for (const QStringList &row : rows)
        cells += row.size();
    table.reserve(rows.size(), cells);
    for (const QStringList &row : rows) {
        for (const QString &cell : row)
            table.addCell(cell);
        table.endRow();
    }
    return table;
}

QStringView RawTable::cell(int row, int column) const
{
    return RawRow(*this, row).at(column);
}

void RawTable::addSpan(qsizetype start, qsizetype length)
{
    requireSpan(start, length);
    Q_ASSERT(start + length <= m_text.size());
    m_cells.append(Span{std::uint32_t(start), std::uint32_t(length)});
}

void RawTable::addCell(QStringView text)
{
    const qsizetype start = m_text.size() + m_ownText.size();
    requireSpan(start, text.size());
    m_ownText.append(text);
    m_cells.append(Span{std::uint32_t(start), std::uint32_t(text.size())});
}

void RawTable::endRow()
{
    m_rowEnds.append(m_cells.size());
}

void RawTable::reserve(qsizetype rows, qsizetype cells)
{
    reserveLarge(m_rowEnds, rows);
    reserveLarge(m_cells, cells);
}

} // namespace zhibiao
