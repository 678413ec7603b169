#pragma once

// What the report tests share: a database of the 2022 Lukou figures, the
// UI language for one test, and the text of a PDF as poppler reads it.
#include "app/uilanguage.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace zhibiao::test {

// A database file in a folder of its own with the 2022 figures of
// lukoufigures.h.
struct LukouDatabase
{
    QTemporaryDir folder;
    QString path = folder.filePath(QStringLiteral("lukou-2022.sqlite"));

    LukouDatabase();
};

// The language for one test, back to the machine's after it.
struct LanguageFor
{
    UiLanguage language;
    explicit LanguageFor(const char *code) { language.choose(QString::fromLatin1(code)); }
    ~LanguageFor() { language.choose(QString()); }
};

// What a poppler tool prints about the file; fails the test when it fails.
QString poppler(const QString &tool, const QStringList &arguments);
// The text layer of a PDF (one page, or all when page is 0).
QString pdfText(const QString &path, int page = 0);
int pdfPages(const QString &path);
// Text without the line breaks and spaces a layout puts between the parts of a wrapped cell.
QString squeezed(QString text);

} // namespace zhibiao::test
