#pragma once

#include "core/storage/databaselocation.h"

#include <QCoreApplication>

#include <memory>

class QWidget;

namespace zhibiao {

class Workspace;

// Opens a database for a window, at start and from File → New…, Open…,
// Open Recent and a drop: as Workspace does (the same checks as --db, the
// user's number of backups), and a file in a network folder only once the
// user, asked over parent, says it is for this desk alone.
class WindowWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::WindowWorkspace)

public:
    // Throws StorageError for a place that is refused (nothing written
    // there) or a network folder the user did not accept.
    static std::unique_ptr<Workspace> open(const DatabaseLocation &location, QWidget *parent);
};

} // namespace zhibiao
