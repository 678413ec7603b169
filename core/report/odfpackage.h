#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

namespace zhibiao {

// Qt's ODF writer (QTextDocumentWriter "odf") writes the text, tables and
// pictures of a QTextDocument, but every paragraph as a plain paragraph
// and no page layout at all. A word processor then shows no headings in
// its navigation, numbers none in a table of contents, and lays the page
// out as its own default (Letter, on some machines). This finishes the
// package Qt wrote:
// - the paragraphs whose format is a heading become ODF headings
//   (text:h with their outline level), their styles children of
//   "Heading 1/2/3", which keep with the next paragraph;
// - character styles name their font for Chinese text too (Qt writes
//   the Western font only, and a word processor sets Chinese in its own);
// - styles.xml gives the page: A4 portrait, the PDF's margins.
// Everything else Qt wrote is kept byte for byte.
class OdfPackage
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::OdfPackage)

public:
    // headingLevels: the level of each paragraph format index that is a
    // heading (OdtLayout::headingLevels). Throws ExportError when the
    // package cannot be read or written.
    static QByteArray finish(const QByteArray &qtPackage, const QHash<int, int> &headingLevels);

    // The page margins of the text, in millimetres.
    static constexpr double PageMarginMm = 16;
};

} // namespace zhibiao
