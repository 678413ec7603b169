#include "app/import/columnmappingtable.h"

#include "core/domain/period.h"
#include "core/import/importsession.h"

#include <QComboBox>

#include <algorithm>

namespace zhibiao {

namespace {

// The first rows are enough to see what the columns hold.
constexpr int PreviewRows = 50;
// Rows 0 and 1 hold the role and period choosers.
constexpr int ChooserRows = 2;

constexpr ColumnField allFields[] = {
    ColumnField::Ignore, ColumnField::Indicator, ColumnField::Unit,          ColumnField::Year,   ColumnField::Period,
    ColumnField::Value,  ColumnField::LastYearValue, ColumnField::Growth, ColumnField::Note,
};

} // namespace

QComboBox *newMonthChooser(const QString &none, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(none, 0);
    for (int month = Period::FirstMonth; month <= Period::LastMonth; ++month)
        combo->addItem(Period::fromMonth(month)->monthLabel(), month);
    return combo;
}

ColumnMappingTable::ColumnMappingTable(QWidget *parent)
    : QTableWidget(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
}

void ColumnMappingTable::show(const ImportSession &session)
{
    const RawTable &table = session.table();
    const ColumnMapping &mapping = session.mapping();
    const int shown = std::min(table.rowCount(), PreviewRows);
    int columns = int(mapping.columns.size());
    for (int r = 0; r < shown; ++r)
        columns = std::max(columns, int(table.row(r).size()));

    clear();
    setRowCount(ChooserRows + shown);
    setColumnCount(columns);
    QStringList rowLabels = {tr("Holds"), tr("Period")};
    for (int r = 0; r < shown; ++r)
        rowLabels.append(QString::number(r + 1));
    setVerticalHeaderLabels(rowLabels);

    m_fields.clear();
    m_months.clear();
    for (int c = 0; c < columns; ++c) {
        const ColumnRole role = mapping.role(c);
        auto *field = new QComboBox(this);
        for (const ColumnField candidate : allFields)
            field->addItem(fieldLabel(candidate), int(candidate));
        field->setCurrentIndex(field->findData(int(role.field)));
        auto *month = newMonthChooser(tr("The row's"), this);
        month->setCurrentIndex(month->findData(role.month.value_or(0)));
        setCellWidget(0, c, field);
        setCellWidget(1, c, month);
        m_fields.append(field);
        m_months.append(month);
        // Connected once set, so that only the user's choices count.
        connect(field, &QComboBox::currentIndexChanged, this, &ColumnMappingTable::mappingChosen);
        connect(month, &QComboBox::currentIndexChanged, this, &ColumnMappingTable::mappingChosen);
    }
    for (int r = 0; r < shown; ++r) {
        const RawRow row = table.row(r);
        for (int c = 0; c < row.size(); ++c)
            setItem(ChooserRows + r, c, new QTableWidgetItem(row.at(c).toString()));
    }
    resizeColumnsToContents();
}

ColumnMapping ColumnMappingTable::chosenMapping(const ColumnMapping &base) const
{
    ColumnMapping mapping;
    for (qsizetype c = 0; c < m_fields.size(); ++c) {
        ColumnRole role = base.role(int(c));
        role.field = ColumnField(m_fields.at(c)->currentData().toInt());
        const int month = m_months.at(c)->currentData().toInt();
        role.month = month > 0 ? std::optional<int>(month) : std::nullopt;
        mapping.columns.append(role);
    }
    return mapping;
}

} // namespace zhibiao
