#include "subcommand.h"

namespace zhibiao {

const QList<Subcommand> &subcommands()
{
    // Commands register by adding a line here (see app/commands/).
    static const QList<Subcommand> all = {};
    return all;
}

const Subcommand *findSubcommand(const QString &name)
{
    for (const Subcommand &command : subcommands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

} // namespace zhibiao
