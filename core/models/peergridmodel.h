#pragma once

#include "core/domain/comparisonunit.h"
#include "core/domain/indicator.h"
#include "core/domain/peerfigure.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace zhibiao {

class ComparisonRepository;

// The city's comparison table of one month as a grid to type it in: one
// row per comparison unit (in their order, the city's own line where the
// units put it), one column per indicator that the year's city tables
// have, or that a target of the year judges by its growth, showing each
// unit's growth in %. Read-only as a model: edits go through undo steps
// that write through ComparisonRepository, after which reload() reads the
// month again. A growth typed keeps the amount and published rank an
// import stored beside it.
class PeerGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { UnitColumn, FirstIndicatorColumn };

    explicit PeerGridModel(ComparisonRepository &comparison, QObject *parent = nullptr);

    // The indicators a column may be for, and the codes of those the
    // year's targets judge by growth (they have a column even before the
    // city's first table).
    void setIndicators(const QList<Indicator> &indicators, const QStringList &growthJudged);
    void setPeriod(int year, int month);
    int year() const { return m_year; }
    int month() const { return m_month; }
    // Reads the units and the month's figures again (an edit, its undo,
    // an import, another window): no reset while the rows and columns
    // stay, so the current cell stays where the user left it.
    void reload();

    // Why nothing here may be edited (a read-only database), shown as
    // every cell's tooltip; empty: editable.
    void setReadOnlyReason(const QString &reason);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }

    const QList<ComparisonUnit> &units() const { return m_units; }
    const QList<Indicator> &columns() const { return m_columns; }
    // The cell takes a growth: a figure column, its indicator published in
    // the month (a quarterly one at quarter ends only). Read-only or not.
    bool isEditable(const QModelIndex &index) const;
    // The cell's figure as stored, or an empty one with its unit,
    // indicator and period; nullopt outside the figure columns.
    std::optional<PeerFigure> figureAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &unitCode, const QString &indicatorCode) const;
    // "渌口区 · 规模工业增加值 · 1-6月": how messages name a cell.
    QString cellName(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    static QString key(const QString &unitCode, const QString &indicatorCode) { return unitCode + u'\n' + indicatorCode; }
    QVariant figureData(const QModelIndex &index, int role) const;

    ComparisonRepository &m_comparison;
    QList<Indicator> m_indicators;
    QStringList m_growthJudged;
    int m_year = 0;
    int m_month = 12;
    QString m_readOnlyReason;
    QList<ComparisonUnit> m_units;
    QList<Indicator> m_columns;
    QHash<QString, PeerFigure> m_figures; // the month's, by key()
};

} // namespace zhibiao
