#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>

namespace zhibiao {

class RawTable;

// One row of a RawTable, by reference: valid while the table lives and is
// not added to. Cells are views into the table's text.
class RawRow
{
public:
    RawRow(const RawTable &table, int row);

    qsizetype size() const { return m_end - m_first; }
    // An empty view outside the row.
    QStringView at(qsizetype column) const;
    // Whether every cell is empty or white space.
    bool isBlank() const;
    // The filled cells joined and shortened, so the user can find the row
    // a message is about: "渌口区 | 12.5 | 3".
    QString summary() const;
    QStringList toStringList() const;

private:
    const RawTable *m_table;
    qsizetype m_first; // index of the row's first cell in the table
    qsizetype m_end;
};

// A sheet or a text file as rows of cell texts, before anything is known
// about what the columns mean. Numbers from a spreadsheet arrive as the
// shortest decimal text that reads back to the same value, so every cell is
// read the same way afterwards (parseFigure). Rows may differ in length.
//
// The cells are spans of text, not a string each: a million-row file has
// six million cells, and a string per cell cost seconds and half a
// gigabyte (docs/performance.md). A text file's cells are spans of the
// decoded file itself; a cell whose text differs from the file's (quotes
// doubled) has its own text, kept in a second buffer.
class RawTable
{
public:
    RawTable() = default;
    // A table whose cells will be spans of text (addSpan).
    explicit RawTable(QString text);
    // A table of the given rows, for workbooks and tests.
    static RawTable fromRows(const QList<QStringList> &rows);

    int rowCount() const { return int(m_rowEnds.size()); }
    RawRow row(int row) const { return RawRow(*this, row); }
    // An empty view outside the table.
    QStringView cell(int row, int column) const;

    // Building, row by row: cells, then endRow().
    // A cell that is text.mid(start, length) of the text given at construction.
    void addSpan(qsizetype start, qsizetype length);
    // A cell of its own text.
    void addCell(QStringView text);
    void endRow();
    // Room for this many rows and cells, so that a large file is not copied as it grows.
    void reserve(qsizetype rows, qsizetype cells);

    // How the file was read, for the summary: "UTF-8, comma-separated",
    // "sheet “Sheet1” of 2".
    QString description;

private:
    friend class RawRow;
    struct Span
    {
        std::uint32_t start;
        std::uint32_t length;
    };
    // Starts below m_text's size are in m_text, the others in m_ownText
    // (counted on from m_text's end), so that neither is ever copied.
    QStringView spanText(qsizetype cell) const
    {
        const Span span = m_cells.at(cell);
        if (span.start < std::uint32_t(m_text.size()))
            return QStringView(m_text).sliced(span.start, span.length);
        return QStringView(m_ownText).sliced(span.start - m_text.size(), span.length);
    }

    QString m_text;    // the text given at construction, never changed
    QString m_ownText; // the texts of cells added with addCell()
    QList<Span> m_cells;
    QList<qsizetype> m_rowEnds; // per row, the index after its last cell
};

} // namespace zhibiao
