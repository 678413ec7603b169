#include "core/import/importprogress.h"

#include <algorithm>

namespace zhibiao {

void ImportProgress::advance(Step step, qint64 done, qint64 total) const
{
    if (m_cancelled)
        throw ImportCancelled();
    if (!m_callback)
        return;
    const int percent = total > 0 ? int(std::clamp<qint64>(done * 100 / total, 0, 100)) : 100;
    if (step == m_lastStep && percent == m_lastPercent)
        return;
    m_lastStep = step;
    m_lastPercent = percent;
    m_callback(step, percent);
}

const ImportProgress &ImportProgress::none()
{
    static const ImportProgress nothing;
    return nothing;
}

} // namespace zhibiao
