#pragma once

#include "core/domain/entry.h"

#include <QList>

class QSqlDatabase;

namespace zhibiao {

// SQLite's bulk insert behind EntryRepository's writes (SqliteEngine):
// appends revisions to entry_revisions within the caller's transaction,
// through SQLite's C API on the same connection (through Qt Sql every row
// cost several times more; docs/performance.md). Ids follow the highest stored, in the batch's
// order, so a cell's latest revision is its highest id; rows are inserted
// sorted by cell (the table is clustered by cell) and who stored them goes
// into one change set per distinct stamp. A code that names no indicator
// is refused by the schema (NOT NULL), failing the whole batch.
//
// Both return the years the revisions touch, ascending. The PostgreSQL
// engine follows the same rules (postgresql/revisioncopy.h). Only the
// engine calls these; everyone else writes through EntryRepository.

// Each entry under its own stamp (source, login, time).
QList<int> insertSqliteRevisions(const QSqlDatabase &connection, const QList<const Entry *> &entries);
// Every cell's figures under one stamp: an import of a million figures
// stores its file name, login and time once.
QList<int> insertSqliteRevisions(const QSqlDatabase &connection, const QList<const CellFigures *> &figures,
                                 const EntryStamp &stamp);

} // namespace zhibiao
