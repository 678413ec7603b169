#pragma once

#include "core/import/rawtable.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class QuaZip;

namespace zhibiao {

// A device as the workbook's parsers read it: at most limit bytes of
// source, then every read fails, as from a damaged zip entry, and
// exceeded() says why. The zip's declared size of a part is checked before
// it is opened, but it is a number anyone can write; these are the bytes
// really inflated. Public for its test.
class XlsxPartDevice : public QIODevice
{
public:
    // Takes source open for reading; reads it sequentially.
    XlsxPartDevice(std::unique_ptr<QIODevice> source, qint64 limit);
    ~XlsxPartDevice() override;

    bool isSequential() const override { return true; }
    // Whether the source had more than limit bytes.
    bool exceeded() const { return m_exceeded; }
    // Bytes taken from the source so far (at most limit + 1).
    qint64 bytesRead() const { return m_read; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    std::unique_ptr<QIODevice> m_source;
    qint64 m_limit;
    qint64 m_read = 0;
    bool m_exceeded = false;
};

// Opens an .xlsx workbook (Excel, WPS) and reads one sheet as text cells:
// finds the sheets through the workbook and its relationships, loads the
// shared strings and which styles are dates, then hands the worksheet XML
// to XlsxSheetParser. It does not interpret the cells. Every part is
// streamed from the zip, none unpacked whole into memory, and none may
// unpack to more than a limit: a zip of a few kilobytes can hold gigabytes
// of XML (a "zip bomb").
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::XlsxReader)

public:
    // The most one part (a sheet, the shared strings …) may unpack to. A
    // sheet of a million rows of six figures is about 250 MB of XML.
    static constexpr qint64 DefaultMaxPartSize = qint64(256) << 20;

    // Throws ImportError when path is not a readable workbook, or one of
    // its parts would unpack to more than maxPartSize bytes (named in the
    // message in whole MB).
    explicit XlsxReader(const QString &path, qint64 maxPartSize = DefaultMaxPartSize);
    ~XlsxReader();

    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    // The visible sheets, in the workbook's order.
    QStringList sheetNames() const;
    // The named sheet, or the first visible one when name is empty. Throws
    // ImportError for an unknown name or a damaged sheet.
    RawTable readSheet(const QString &name = {}) const;

private:
    struct Sheet
    {
        QString name;
        QString part; // path inside the zip, e.g. "xl/worksheets/sheet1.xml"
        bool hidden = false;
    };

    // The part streamed, or nullptr when the zip has no such part. Throws
    // when the zip declares it larger than the limit.
    std::unique_ptr<XlsxPartDevice> openPart(const QString &part) const;
    // After a parser stopped on a part: too large, or else damaged.
    [[noreturn]] void unreadable(const XlsxPartDevice &part) const;
    void readWorkbook();
    [[noreturn]] void damaged() const;
    [[noreturn]] void tooLarge() const;

    QString m_fileName;
    qint64 m_maxPartSize;
    std::unique_ptr<QuaZip> m_zip;
    QList<Sheet> m_sheets;
    QStringList m_sharedStrings;
    QSet<int> m_dateStyles;
};

} // namespace zhibiao
