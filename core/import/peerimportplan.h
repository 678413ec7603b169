#pragma once

#include "core/domain/peerfigure.h"
#include "core/import/peertablereader.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace zhibiao {

class ComparisonRepository;
class Workspace;

// What importing the city's comparison table would do, before anything
// is written: the figures it stores (new or revised; those the database
// holds already are left alone), what they replace (for the undo), and
// warnings where the table disagrees with itself or with the district's
// own figures. Same rules as the figures import: nothing is written until
// apply(), which writes all or nothing.
class PeerImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::PeerImportPlan)

public:
    // Throws ImportError when the table names no period (and the options
    // gave none) or a period that is not year-to-date; StorageError when
    // the database cannot be read.
    static PeerImportPlan build(PeerTableReading reading, Workspace &workspace);

    const PeerTableReading &reading() const { return m_reading; }
    // The figures to store, in table order.
    const QList<PeerFigure> &changes() const { return m_changes; }
    // What the cells held before, one per change; a figure with nothing
    // in it where the cell was empty. Writing these undoes the import.
    const QList<PeerFigure> &before() const { return m_before; }
    int newCount() const { return m_new; }
    int unchangedCount() const { return m_unchanged; }
    // In the UI language, one sentence each.
    const QStringList &warnings() const { return m_warnings; }

    // Stores changes() in one transaction.
    void apply(ComparisonRepository &comparison) const;

    // The plan in a few lines, for the command line and the preview.
    QString summary(const QString &fileName) const;

private:
    PeerTableReading m_reading;
    QList<PeerFigure> m_changes;
    QList<PeerFigure> m_before;
    int m_new = 0;
    int m_unchanged = 0;
    QStringList m_warnings;
};

} // namespace zhibiao
