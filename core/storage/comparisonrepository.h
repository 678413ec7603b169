#pragma once

#include "core/domain/comparisonunit.h"
#include "core/domain/peerfigure.h"

#include <QCoreApplication>
#include <QList>

namespace zhibiao {

class Database;

// The gateway to the city's comparison table: its units (the city's
// counties and districts, the city as a whole) and their figures.
class ComparisonRepository
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ComparisonRepository)

public:
    explicit ComparisonRepository(Database &database) : m_database(database) {}

    // In display order (sort_order, then code).
    QList<ComparisonUnit> units() const;
    // Inserts, or replaces the unit with the same code.
    void saveUnit(const ComparisonUnit &unit);
    // Makes the units exactly these (the units editor's every change, and
    // its undo), in one transaction: units left out are removed as
    // removeUnit() does, the others inserted or updated by code. Names and
    // roles may move between units (two swap their names, our district
    // moves) without tripping the schema's unique indexes on the way.
    // Refused as a whole (StorageError, nothing written) when
    // unitListProblem() finds a problem or a unit left out has figures.
    void saveUnits(const QList<ComparisonUnit> &units);
    // Removes a unit without figures. One with figures is refused (InUse,
    // naming their count): the schema would delete its figures with it,
    // and the city's tables are not ours to lose.
    void removeUnit(const QString &code);
    // How many figures, of any year, the city's tables hold for the unit.
    int figureCount(const QString &unitCode) const;

    // Every unit's figures of the year, by indicator, month and unit.
    QList<PeerFigure> figures(int year) const;
    // Stores figures in one transaction, each replacing the one of its
    // unit, indicator and month; a figure with neither growth, amount
    // nor rank removes it (the undo of a first import). Figures naming a
    // unit or indicator the database does not have are refused as a whole.
    void write(const QList<PeerFigure> &figures);

private:
    Database &m_database;
};

} // namespace zhibiao
