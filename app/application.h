#pragma once

namespace zhibiao {

// The whole program behind main(): parses the command line, picks the
// language, opens the database and shows the window or runs a command.
// Returns the process exit code.
int runZhibiao(int argc, char **argv);

} // namespace zhibiao
