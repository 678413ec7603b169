#pragma once

#include <QString>

namespace zhibiao {
class Workspace;
}

namespace zhibiao::test {

// Imports the city's comparison table in file (a file under
// tests/data/city/) into workspace, as File → Import figures… does;
// fails the test when the table cannot be read whole.
void importCityTable(Workspace &workspace, const QString &file);

} // namespace zhibiao::test
