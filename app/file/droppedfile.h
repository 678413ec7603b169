#pragma once

#include <QString>

class QMimeData;

namespace zhibiao {

// What a file dropped on the window is for: a database to open, figures
// to import (the import preview, as File → Import figures…), or neither.
enum class DroppedFileKind { Database, Figures, Unsupported };

// An SQLite file (by its first bytes, whatever its name) or a name Zhibiao
// gives databases (.sqlite, .db, .zhibiao) is a database; a spreadsheet
// the import reads (.xlsx, .csv, .tsv, .txt) is figures. Reads 16 bytes at most.
DroppedFileKind droppedFileKind(const QString &path);

// The one local file a drag carries; empty when it carries none, several,
// or something that is not a local file (a web link, text).
QString droppedLocalFile(const QMimeData &mime);

} // namespace zhibiao
