#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

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
// inChild runs in the child before the program starts (limits, signals;
// async-signal-safe calls only: QProcess::setChildProcessModifier).
CliRun runZhibiaoCli(const QStringList &arguments, const QString &locale = QStringLiteral("en_US.UTF-8"),
                     const std::function<void()> &inChild = {});

// The same in English, with standardInput on the program's standard input
// (a password, say), closed after it.
CliRun runZhibiaoCliWithInput(const QStringList &arguments, const QByteArray &standardInput);

} // namespace zhibiao::test
