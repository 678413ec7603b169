// A second process for the notification benchmark (bench_server.cpp,
// "[server-notify]"): opens the server database named on its command line
// and, for each figure read on its standard input (one a line), stores it
// as a new revision of one cell in a transaction of its own. It takes the
// time just before the commit (std::chrono::steady_clock: on Linux the
// system-wide monotonic clock, which the benchmark's process reads too)
// and prints it, in nanoseconds, once the commit is done.
//
//   zhibiao_bench_writer URL CODE YEAR MONTH
//   prints "ready" once connected, then one time per figure read
#include "core/storage/database.h"
#include "core/storage/databaselocation.h"
#include "core/storage/entryrepository.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QCoreApplication>

#include <chrono>
#include <iostream>
#include <string>

using namespace zhibiao;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (arguments.size() != 5) {
        std::cerr << "usage: zhibiao_bench_writer URL CODE YEAR MONTH\n";
        return 2;
    }
    try {
        Database database(DatabaseLocation::parse(arguments.at(1)));
        EntryRepository entries(database);
        const EntryKey cell{arguments.at(2), arguments.at(3).toInt(), arguments.at(4).toInt()};
        std::cout << "ready" << std::endl;
        std::string line;
        while (std::getline(std::cin, line)) {
            Transaction transaction(database);
            entries.record(Entry{cell, std::stod(line), std::nullopt, std::nullopt, {}, u"bench"_s, u"bench-writer"_s,
                                 QDateTime::currentDateTimeUtc()});
            const auto beforeCommit = std::chrono::steady_clock::now();
            transaction.commit();
            std::cout << std::chrono::duration_cast<std::chrono::nanoseconds>(beforeCommit.time_since_epoch()).count()
                      << std::endl;
        }
    } catch (const StorageError &error) {
        std::cerr << error.message().toStdString() << '\n';
        return 1;
    }
    return 0;
}
