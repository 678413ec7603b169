#pragma once

#include "core/storage/seed.h"

#include <QCoreApplication>
#include <QString>

namespace zhibiao {

// Makes a new Zhibiao database file (File → New…), all or nothing: it is
// written beside its place under a temporary name, filled from the seed,
// closed, and only then renamed over path. A failure leaves no file behind
// and whatever was at path untouched; success replaces a file at path (the
// window asked the user first, and never offers the file it has open).
class NewDatabaseFile
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::NewDatabaseFile)

public:
    // Throws StorageError naming path.
    static void create(const QString &path, const Seed &seed);
};

} // namespace zhibiao
