#include "core/backup/backup.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

constexpr std::array<std::pair<BackupReason, const char16_t *>, 4> reasonCodes = {{
    {BackupReason::Manual, u"manual"},
    {BackupReason::Daily, u"daily"},
    {BackupReason::BeforeMigration, u"before-migration"},
    {BackupReason::BeforeRestore, u"before-restore"},
}};

const QString timeFormat = u"yyyyMMdd-HHmmss.zzz"_s;

} // namespace

QString Backup::fileName(const QDateTime &takenAt, BackupReason reason)
{
    QString code;
    for (const auto &[value, text] : reasonCodes) {
        if (value == reason)
            code = QString::fromUtf16(text);
    }
    return takenAt.toUTC().toString(timeFormat) + u"Z-"_s + code + u".sqlite"_s;
}

std::optional<Backup> Backup::fromFileName(const QString &path)
{
    static const QRegularExpression pattern(uR"(^(\d{8})-(\d{6}\.\d{3})Z-([a-z-]+)\.sqlite$)"_s);
    const QFileInfo info(path);
    const QRegularExpressionMatch match = pattern.match(info.fileName());
    if (!match.hasMatch())
        return std::nullopt;
    // Date and time apart: read as one local date-time, a time in a
    // daylight-saving gap would be moved.
    const QDateTime takenAt(QDate::fromString(match.captured(1), u"yyyyMMdd"_s),
                            QTime::fromString(match.captured(2), u"HHmmss.zzz"_s), Qt::UTC);
    if (!takenAt.isValid())
        return std::nullopt;
    for (const auto &[value, text] : reasonCodes) {
        if (match.captured(3) == QStringView(text))
            return Backup{info.absoluteFilePath(), takenAt, value, info.size()};
    }
    return std::nullopt;
}

QString Backup::reasonLabel(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Manual:
        return tr("Made on request");
    case BackupReason::Daily:
        return tr("Daily");
    case BackupReason::BeforeMigration:
        return tr("Before a data format update");
    case BackupReason::BeforeRestore:
        return tr("Before a restore");
    }
    return {};
}

} // namespace zhibiao
