#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace zhibiao::test {

// A fresh folder per test for real SQLite files, removed afterwards.
class TestFolder
{
public:
    TestFolder();
    QString path(const QString &fileName) const;

private:
    QTemporaryDir m_dir;
};

// The bytes of a file, to prove that a rejected file was not touched.
QByteArray fileBytes(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

} // namespace zhibiao::test
