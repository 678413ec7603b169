#include "core/import/tablefile.h"

#include "core/import/delimitedtext.h"
#include "core/import/importerror.h"
#include "core/import/xlsxreader.h"
#include "core/memory/largememory.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

// Gives the free functions below a translation context of their own.
struct TableFile
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::TableFile)
};

QString delimiterName(QChar delimiter)
{
    if (delimiter == u'\t')
        return TableFile::tr("tab-separated");
    if (delimiter == u';')
        return TableFile::tr("semicolon-separated");
    return TableFile::tr("comma-separated");
}

} // namespace

RawTable readTableFile(const QString &path, const TableFileOptions &options, const ImportProgress &progress)
{
    const QFileInfo info(path);
    const QString fileName = info.fileName();
    if (!info.exists() || !info.isFile())
        throw ImportError(TableFile::tr("There is no file “%1”.").arg(path));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ImportError(TableFile::tr("“%1” cannot be read: %2").arg(path, file.errorString()));
    const QByteArray head = file.peek(8);
    // Zip archives start with "PK\3\4"; .xlsx is one, whatever it is called.
    if (head.startsWith("PK\x03\x04")) {
        file.close();
        return XlsxReader(path).readSheet(options.sheetName);
    }
    // The compound-document signature of Excel 97-2003 files.
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        throw ImportError(TableFile::tr("“%1” is an old Excel 97-2003 file (.xls). Open it in Excel or WPS and "
                                        "save it as .xlsx or CSV.")
                              .arg(fileName));
    }

    QByteArray bytes(file.size(), Qt::Uninitialized);
    preferHugePages(bytes.data(), std::size_t(bytes.size()));
    const qint64 read = file.read(bytes.data(), bytes.size());
    if (read < 0)
        throw ImportError(TableFile::tr("“%1” cannot be read: %2").arg(path, file.errorString()));
    bytes.truncate(read); // a file cut short while it was read
    DecodedText decoded = decodeText(bytes, options.encoding, fileName);
    bytes = QByteArray(); // its text is decoded: not kept while the table is split
    const QChar delimiter = detectDelimiter(decoded.text);
    RawTable table = splitDelimited(std::move(decoded.text), delimiter, progress);
    const TextEncoding encoding = decoded.encoding;
    //: %1 encoding such as UTF-8, %2 "comma-separated" or "tab-separated"
    table.description = TableFile::tr("%1, %2").arg(encodingName(encoding), delimiterName(delimiter));
    return table;
}

} // namespace zhibiao
