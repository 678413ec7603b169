#pragma once

#include "core/import/columnmapping.h"

#include <QStringView>

namespace zhibiao {

// Guesses a column's role from its header text as bureaus, departments and
// Zhibiao's own export write it, in Chinese or English: "指标名称",
// "单位", "1-5月累计", "1-5月 同比增长%", "上年同期", "本年累计（万元）",
// "Jan–May YTD", "Growth %". A period in the header becomes the column's
// own period; a unit in brackets becomes its unit. Unknown headers and
// columns that are not figures of the period ("目标", "排名", "当月") are
// Ignore. A guess only: the user confirms or changes it in the mapping step.
ColumnRole recognizeHeader(QStringView header);

} // namespace zhibiao
