#include "core/editing/figureconflict.h"

#include <QLocale>

namespace zhibiao {

namespace {

QString shownValue(const std::optional<double> &value)
{
    // As typed: every digit the user gave, grouped for reading.
    return value ? QLocale().toString(*value, 'g', 15) : FigureConflictError::tr("empty");
}

QString conflictsMessage(const QList<FigureConflict> &conflicts)
{
    QStringList lines;
    lines.append(FigureConflictError::tr("Not stored: someone else changed %n of these figures while you were "
                                         "editing.",
                                         nullptr, int(conflicts.size())));
    for (const FigureConflict &conflict : conflicts) {
        //: %1 indicator code, %2 month, %3 year, %4 "changed to … by … at …; yours: …"
        lines.append(FigureConflictError::tr("%1, %2/%3: %4")
                         .arg(conflict.key.indicatorCode)
                         .arg(conflict.key.month)
                         .arg(conflict.key.year)
                         .arg(conflict.description()));
    }
    return lines.join(u'\n');
}

} // namespace

QString FigureConflict::description() const
{
    const QString when = QLocale().toString(theirTime.toLocalTime(), QLocale::ShortFormat);
    //: %1 the figure stored by the other user, %2 their login, %3 when, %4 the figure this user typed
    return FigureConflictError::tr("changed to %1 by %2 at %3; yours: %4")
        .arg(shownValue(theirs), theirLogin, when, shownValue(yours));
}

FigureConflictError::FigureConflictError(QList<FigureConflict> conflicts)
    : UserError(conflictsMessage(conflicts))
    , m_conflicts(std::move(conflicts))
{
}

} // namespace zhibiao
