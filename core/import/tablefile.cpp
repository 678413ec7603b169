#include "tablefile.h"

#include "delimitedtext.h"
#include "importerror.h"
#include "xlsxreader.h"

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

    const QByteArray bytes = file.readAll();
    RawTable table;
    QChar delimiter;
    TextEncoding encoding = TextEncoding::Utf8;
    if (const std::optional<QByteArrayView> utf8 = utf8Body(bytes, options.encoding)) {
        // Most files: split straight from the bytes, without a decoded copy
        // twice their size (a million rows: 84 MB less to allocate).
        const char byteDelimiter = detectDelimiter(*utf8);
        table.rows = splitDelimitedUtf8(*utf8, byteDelimiter, progress);
        delimiter = QChar::fromLatin1(byteDelimiter);
    } else {
        const DecodedText decoded = decodeText(bytes, options.encoding, fileName);
        delimiter = detectDelimiter(decoded.text);
        table.rows = splitDelimitedText(decoded.text, delimiter, progress);
        encoding = decoded.encoding;
    }
    //: %1 encoding such as UTF-8, %2 "comma-separated" or "tab-separated"
    table.description = TableFile::tr("%1, %2").arg(encodingName(encoding), delimiterName(delimiter));
    return table;
}

} // namespace zhibiao
