#pragma once

#include "core/domain/entry.h"

#include <QList>

class QSqlDatabase;

namespace zhibiao {

// PostgreSQL's bulk insert behind EntryRepository's writes
// (PostgreSqlEngine): appends revisions to entry_revisions within the
// caller's transaction with COPY … FROM STDIN through libpq on the same
// connection, the protocol's fastest way in, one round trip per megabyte
// instead of one per row. The rules are SQLite's (revisionbatch.h): ids
// in the batch's order within each cell (from the table's sequence), rows sorted by cell, one
// change set per distinct stamp, an unknown indicator fails the batch.
// Figures go as the shortest text that reads back as the same double.
// Both return the years the revisions touch, ascending.

// Each entry under its own stamp (source, login, time).
QList<int> copyPostgreSqlRevisions(const QSqlDatabase &connection, const QList<const Entry *> &entries);
// Every cell's figures under one stamp.
QList<int> copyPostgreSqlRevisions(const QSqlDatabase &connection, const QList<const CellFigures *> &figures,
                                   const EntryStamp &stamp);

} // namespace zhibiao
