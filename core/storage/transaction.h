#pragma once

#include "core/domain/entry.h"

#include <QList>

namespace zhibiao {

class Database;

// A write scope that rolls back unless commit() is called: destroy it by an
// exception or an early return and nothing it wrote reaches the file.
// Scopes nest (as savepoints), so a batch such as a paste or an import can
// wrap many single-value writes into one all-or-nothing transaction.
class Transaction
{
public:
    explicit Transaction(Database &database);
    // A scope that writes revisions of these cells only: on a server,
    // writers of other cells go on meanwhile (DatabaseEngine::beginCellWrite).
    // More than MostCellsLocked, or none, and it locks the whole database.
    Transaction(Database &database, QList<EntryKey> cells);

    static constexpr qsizetype MostCellsLocked = 64;
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_database;
    int m_depth;
    bool m_finished = false;
};

} // namespace zhibiao
