#include "core/storage/sqlite/filesystemkind.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

// The mount table writes a space, tab, newline or backslash in a path as
// an octal escape (\040 …).
QString unescapeMountPath(const QString &field)
{
    QString path;
    path.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field.at(i) == u'\\' && i + 3 < field.size()) {
            bool ok = false;
            const int code = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                path.append(QChar(code));
                i += 3;
                continue;
            }
        }
        path.append(field.at(i));
    }
    return path;
}

bool contains(const QString &mountPoint, const QString &path)
{
    if (mountPoint == u"/")
        return true;
    return path == mountPoint || path.startsWith(mountPoint + u'/');
}

// The folder that will hold the file: a new database's file does not exist yet.
QString existingFolderOf(const QString &path)
{
    QFileInfo info(path);
    QString folder = info.exists() ? info.canonicalFilePath() : QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : folder;
}

} // namespace

QString fileSystemTypeOf(const QString &path, const QString &mountTable)
{
    const QString place = existingFolderOf(path);
    QString bestPoint;
    QString bestType;
    for (const QStringView line : QStringView(mountTable).split(u'\n')) {
        const QList<QStringView> fields = line.split(u' ', Qt::SkipEmptyParts);
        if (fields.size() < 3)
            continue;
        const QString mountPoint = unescapeMountPath(fields.at(1).toString());
        // The longest mount point wins; a later mount over the same point hides an earlier one.
        if (contains(mountPoint, place) && mountPoint.size() >= bestPoint.size()) {
            bestPoint = mountPoint;
            bestType = fields.at(2).toString();
        }
    }
    return bestType;
}

QString fileSystemTypeOf(const QString &path)
{
    QFile mounts(u"/proc/self/mounts"_s);
    if (!mounts.open(QIODevice::ReadOnly))
        return {};
    return fileSystemTypeOf(path, QString::fromLocal8Bit(mounts.readAll()));
}

bool isNetworkFileSystem(const QString &type)
{
    static constexpr std::array<QStringView, 16> network = {
        u"nfs", u"nfs4", u"cifs", u"smb3", u"smbfs", u"fuse.sshfs", u"sshfs", u"9p", u"afs", u"ceph", u"glusterfs",
        u"fuse.glusterfs", u"fuse.davfs", u"davfs", u"ncpfs", u"fuse.rclone",
    };
    return std::find(network.cbegin(), network.cend(), type) != network.cend();
}

} // namespace zhibiao
