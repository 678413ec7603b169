#include "app/file/droppedfile.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

#include <array>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

constexpr std::array databaseSuffixes{u"sqlite", u"sqlite3", u"db", u"zhibiao"};
constexpr std::array figureSuffixes{u"xlsx", u"csv", u"tsv", u"txt"};

template<typename List>
bool listed(const List &suffixes, const QString &suffix)
{
    for (const auto candidate : suffixes)
        if (suffix.compare(QStringView(candidate), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool startsLikeSqlite(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

} // namespace

DroppedFileKind droppedFileKind(const QString &path)
{
    const QFileInfo file(path);
    if (!file.isFile())
        return DroppedFileKind::Unsupported;
    if (startsLikeSqlite(path) || listed(databaseSuffixes, file.suffix()))
        return DroppedFileKind::Database;
    if (listed(figureSuffixes, file.suffix()))
        return DroppedFileKind::Figures;
    return DroppedFileKind::Unsupported;
}

QString droppedLocalFile(const QMimeData &mime)
{
    const QList<QUrl> urls = mime.urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return {};
    return urls.first().toLocalFile();
}

} // namespace zhibiao
