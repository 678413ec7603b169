#pragma once

#include <QString>
#include <QStringList>

namespace zhibiao::test {

// What a run of the real zhibiao binary printed and returned.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the built zhibiao executable with no display at all, no ZHIBIAO_DB,
// settings out of reach and the given locale (English unless said).
CliRun runZhibiaoCli(const QStringList &arguments, const QString &locale = QStringLiteral("en_US.UTF-8"));

} // namespace zhibiao::test
