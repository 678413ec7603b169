#pragma once

#include <QString>
#include <QStringView>

namespace zhibiao {

// What one typed or pasted cell holds: a figure, no figure ("—", blank), or
// text that is not a figure, with a message already in the UI language.
// Copyable value; a default-constructed ParsedNumber is a blank cell.
class ParsedNumber
{
public:
    enum class Kind {
        Value,   // a finite number
        Missing, // the cell deliberately holds no figure
        Error,   // the text is not a number; errorMessage() says why
    };

    ParsedNumber() = default;

    static ParsedNumber number(double value, bool hadPercentSign = false);
    static ParsedNumber missing();
    static ParsedNumber error(const QString &message);

    Kind kind() const { return m_kind; }
    bool isValue() const { return m_kind == Kind::Value; }
    bool isMissing() const { return m_kind == Kind::Missing; }
    bool isError() const { return m_kind == Kind::Error; }

    // 0 unless isValue().
    double value() const { return m_value; }
    // "12.3%" and "12.3" both have the value 12.3: growth rates are kept in
    // percent as published (Entry::publishedGrowth), so the sign only tells
    // the caller what was written, e.g. to warn when a column holds amounts.
    bool hadPercentSign() const { return m_percent; }
    // Empty unless isError().
    QString errorMessage() const { return m_message; }

    friend bool operator==(const ParsedNumber &, const ParsedNumber &) = default;

private:
    Kind m_kind = Kind::Missing;
    double m_value = 0.0;
    bool m_percent = false;
    QString m_message;
};

// Reads a figure as district staff type it or paste it from Excel, WPS or a
// Chinese document: surrounding spaces (also U+3000 and no-break space),
// thousands separators in groups of three ("38,620.5", "１，２３４．５"),
// full-width digits and signs, a leading + or - (also "－" and U+2212) and a
// trailing "%" or "％". Blank cells and the placeholders "—", "-", "－", "/"
// and "…" are Missing. Exponents, "inf" and "nan" are errors.
// Independent of the locale: the default QLocale may well be Chinese.
ParsedNumber parseFigure(QStringView text);

// A stored figure as a grid shows it and its editor starts from: as typed,
// no forced decimals, in the UI's locale (so parseFigure reads it back).
QString figureText(double value);

} // namespace zhibiao
