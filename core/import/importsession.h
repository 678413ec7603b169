#pragma once

#include "core/import/columnmapping.h"
#include "core/import/figurereader.h"
#include "core/import/importplan.h"
#include "core/import/importprogress.h"
#include "core/import/rawtable.h"
#include "core/import/tablefile.h"
#include "core/import/tablelayout.h"

#include <QCoreApplication>
#include <QString>

namespace zhibiao {

class MappingMemory;
class Workspace;

// One file on its way in, the steps the command line and the import
// dialog share: read the file once, find its layout, choose the column
// mapping (remembered for this layout, else guessed from the headers, or
// set by the user), and plan the import against a database. Writing is
// the plan's apply(); the session never writes.
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

    // Throws ImportError when no header was found or the mapping cannot
    // give figures (see ColumnMapping::problem()).
    ImportPlan plan(Workspace &workspace, const ImportOptions &options, const EntryStamp &stamp) const;
    // The first half of plan(), without the database, so that it can run on
    // another thread: the figures of the file under the mapping. Then
    // ImportPlan::existingCells() (on the database's thread) and
    // ImportPlan::build(). Throws as plan() does, and ImportCancelled.
    FigureReading readFigures(const QList<Indicator> &indicators, const ImportOptions &options,
                              const ImportProgress &progress = ImportProgress::none()) const;

private:
    QString m_fileName;
    RawTable m_table;
    TableLayout m_layout;
    ColumnMapping m_mapping;
    bool m_remembered = false;
};

} // namespace zhibiao
