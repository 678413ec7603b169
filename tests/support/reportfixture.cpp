#include "tests/support/reportfixture.h"

#include "core/storage/workspace.h"
#include "tests/support/lukoufigures.h"

#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>

namespace zhibiao::test {

using namespace Qt::StringLiterals;

LukouDatabase::LukouDatabase()
{
    REQUIRE(folder.isValid());
    Workspace workspace(path);
    fillLukou2022(workspace);
}

QString poppler(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &path, int page)
{
    QStringList arguments;
    if (page > 0)
        arguments << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    return poppler(u"pdftotext"_s, arguments << path << u"-"_s);
}

int pdfPages(const QString &path)
{
    const QRegularExpressionMatch match
        = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(poppler(u"pdfinfo"_s, {path}));
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

QString squeezed(QString text)
{
    return text.remove(QRegularExpression(u"\\s+"_s));
}

} // namespace zhibiao::test
