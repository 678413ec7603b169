#pragma once

#include <QList>
#include <QString>

namespace zhibiao {

// A bureau that reports figures (责任单位: 财政局, 人社局, 统计局 …): each
// indicator has one per year, whose clerks enter and submit its figures.
// Data, seeded for a Chinese district and editable.
struct ResponsibleUnit
{
    QString code; // stable identifier, e.g. "finance"
    QString nameZh;
    QString nameEn;
    QString contact; // whom to call about its figures; free text
    int sortOrder = 0;

    // In the UI language.
    QString name() const;

    friend bool operator==(const ResponsibleUnit &, const ResponsibleUnit &) = default;
};

} // namespace zhibiao
