#include "tests/support/testdatabase.h"

#include <QFile>

#include <catch2/catch.hpp>

namespace zhibiao::test {

TestFolder::TestFolder()
{
    REQUIRE(m_dir.isValid());
}

QString TestFolder::path(const QString &fileName) const
{
    return m_dir.filePath(fileName);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace zhibiao::test
