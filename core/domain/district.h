#pragma once

#include <QString>

namespace zhibiao {

// Whose figures a database holds. One database file serves one district;
// the same layout serves any other district.
struct District
{
    QString nameZh; // 渌口区
    QString nameEn; // Lukou District
    QString cityZh; // 株洲市: owner of the reference series and city-set targets
    QString cityEn;
    int currentYear = 0; // the year the window opens on

    QString name() const;
    QString city() const;

    friend bool operator==(const District &, const District &) = default;
};

} // namespace zhibiao
