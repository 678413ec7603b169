#include "core/export/csvexport.h"

#include "core/export/formulaguard.h"

#include <QLocale>
#include <QStringList>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

QString field(const QString &unguarded)
{
    // Text that Excel would run as a formula gets an apostrophe in front.
    const QString text = guardFormula(unguarded);
    const bool needsQuotes = text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r') || text != text.trimmed();
    if (!needsQuotes)
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString field(const ExportCell &cell)
{
    if (cell.number)
        return QString::number(*cell.number, 'f', QLocale::FloatingPointShortest);
    return field(cell.text);
}

} // namespace

QByteArray csvBytes(const QList<ExportSheet> &sheets)
{
    QStringList lines;
    for (const ExportSheet &sheet : sheets) {
        if (!lines.isEmpty())
            lines.append(QString());
        lines.append(field(sheet.title));
        QStringList header;
        for (const ExportColumn &column : sheet.columns)
            header.append(field(column.combined));
        lines.append(header.join(u','));
        for (const QList<ExportCell> &row : sheet.rows) {
            QStringList fields;
            for (const ExportCell &cell : row)
                fields.append(field(cell));
            lines.append(fields.join(u','));
        }
    }
    return "\xEF\xBB\xBF" + (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

} // namespace zhibiao
