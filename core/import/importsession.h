#pragma once

#include "core/domain/comparisonunit.h"
#include "core/import/columnmapping.h"
#include "core/import/figurereader.h"
#include "core/import/importplan.h"
#include "core/import/importprogress.h"
#include "core/import/peertablereader.h"
#include "core/import/rawtable.h"
#include "core/import/tablefile.h"
#include "core/import/tablelayout.h"

#include <QCoreApplication>
#include <QString>

namespace zhibiao {

class Database;
class MappingMemory;

// One file on its way in: the pipeline the command line and the import
// dialog share. Read the file once (the constructor), find its layout,
// choose the column mapping (remembered for this layout, else guessed from
// the headers, or set by the user), plan the import against a database
// (plan()), and apply the plan (ImportPlan::apply(), stamped then). The
// session never writes.
//
// Reading and planning take seconds for a large file, so both may run on
// any thread: reading touches no database, and planning reads through a
// connection of its own. The dialog runs them on the thread pool and only
// shows where they are; the command line calls them in place. Changing
// the layout or mapping while plan() runs on another thread is the
// caller's to prevent.
class ImportSession
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ImportSession)

public:
    // Reads path. Throws ImportError, or ImportCancelled when progress is cancelled.
    ImportSession(const QString &path, const TableFileOptions &options,
                  const ImportProgress &progress = ImportProgress::none());

    QString fileName() const { return m_fileName; }
    const RawTable &table() const { return m_table; }
    const TableLayout &layout() const { return m_layout; }
    const ColumnMapping &mapping() const { return m_mapping; }
    bool usesRememberedMapping() const { return m_remembered; }

    // The user points at the header row (0-based); the mapping is guessed again.
    void setHeaderRow(int row);
    void setMapping(const ColumnMapping &mapping);
    // Takes the mapping remembered for this layout, if any. Returns whether it did.
    bool recallMapping(const MappingMemory &memory);
    void rememberMapping(MappingMemory &memory) const;

    // What importing the file under the mapping would do to database,
    // whose committed figures it reads through a second connection
    // (Database::SecondConnection), on the calling thread: database's own
    // connection stays with its thread. Throws ImportError when no header
    // was found or the mapping cannot give figures (see
    // ColumnMapping::problem()), StorageError, and ImportCancelled.
    ImportPlan plan(const Database &database, const ImportOptions &options,
                    const ImportProgress &progress = ImportProgress::none()) const;
    // The first half of plan(), without the database: the figures of the
    // file under the mapping. Throws as plan() does.
    FigureReading readFigures(const QList<Indicator> &indicators, const ImportOptions &options,
                              const ImportProgress &progress = ImportProgress::none()) const;

    // The file as the city's comparison table, when its unit names say it
    // is one (then it is imported as such, not as the district's figures).
    std::optional<PeerTableReading> cityTable(const QList<ComparisonUnit> &units, const QList<Indicator> &indicators,
                                              const ImportOptions &options) const;

private:
    QString m_fileName;
    RawTable m_table;
    TableLayout m_layout;
    ColumnMapping m_mapping;
    bool m_remembered = false;
};

} // namespace zhibiao
