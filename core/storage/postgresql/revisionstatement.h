#pragma once

#include "core/domain/entry.h"

#include <QList>

class QSqlDatabase;

namespace zhibiao {

// A few revisions (a typed figure, a paste, an undo) appended to
// entry_revisions in one statement and one round trip, change sets
// included: the path of every figure typed in a window, which on a shared
// server holds the write lock while it runs. The rules are those of the
// bulk path (revisioncopy.h, revisionbatch.h): ids in the batch's order
// (from the table's sequence); one change set per distinct stamp, in the
// order stamps first appear; a code that names no indicator fails the
// whole statement (the schema's NOT NULL). Both return the years the
// revisions touch, ascending.

// At most this many revisions go in one statement (each takes eleven of
// the protocol's 65,535 parameters); more go by COPY.
inline constexpr qsizetype MostRevisionsInOneStatement = 1000;

QList<int> insertFewPostgreSqlRevisions(const QSqlDatabase &connection, const QList<const Entry *> &entries);
QList<int> insertFewPostgreSqlRevisions(const QSqlDatabase &connection, const QList<const CellFigures *> &figures,
                                        const EntryStamp &stamp);

} // namespace zhibiao
