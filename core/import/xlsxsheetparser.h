#pragma once

#include <QIODevice>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QXmlStreamReader>

namespace zhibiao {

// Reads the XML parts of an .xlsx workbook that hold cell text: the shared
// strings and one worksheet (SpreadsheetML, ECMA-376 part 1 §18.3). It
// turns every cell into the text a person sees in it, fills merged ranges
// with their top-left text (a header merged across three columns names all
// three), and knows nothing about zip files or what the cells mean.
class XlsxSheetParser
{
public:
    // sharedStrings: xl/sharedStrings.xml read with readSharedStrings();
    // dateStyles: indices of cell styles whose number format is a date.
    XlsxSheetParser(const QStringList &sharedStrings, const QSet<int> &dateStyles);

    // Rows of the worksheet. Returns false when the XML is malformed.
    bool parse(QIODevice &worksheet, QList<QStringList> &rows) const;

    // <si> entries in order; rich-text runs joined, phonetic guides left out.
    static bool readSharedStrings(QIODevice &part, QStringList &strings);
    // Indices into <cellXfs> whose number format shows a date.
    static bool readDateStyles(QIODevice &part, QSet<int> &dateStyles);

private:
    QString cellText(const QString &type, int style, const QString &value) const;

    QStringList m_sharedStrings;
    QSet<int> m_dateStyles;
};

} // namespace zhibiao
