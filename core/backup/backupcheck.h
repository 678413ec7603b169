#pragma once

#include <QCoreApplication>
#include <QString>

namespace zhibiao {

// Whether a backup file can be restored: it opens, is a Zhibiao database
// of a data format this version reads, and passes SQLite's integrity check.
// Looks only; the file is opened read-only and never changed.
struct BackupCheck
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::BackupCheck)

public:
    bool restorable = false;
    int schemaVersion = 0;
    QString problem; // translated; empty when restorable

    static BackupCheck of(const QString &path);
};

} // namespace zhibiao
