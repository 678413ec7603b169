#pragma once

#include "core/domain/entry.h"
#include "core/domain/entryfield.h"
#include "core/domain/usererror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace zhibiao {

// A figure someone else stored in a cell after this user saw the cell and
// before this user's change of it was written: writing it would have
// replaced theirs without anyone seeing. The change was not stored.
struct FigureConflict
{
    EntryKey key;
    EntryField field = EntryField::YtdValue;
    std::optional<double> seen;   // what this user's change started from
    std::optional<double> theirs; // what the cell holds now
    QString theirLogin;
    QDateTime theirTime;
    std::optional<double> yours;  // what this user's change would have stored

    friend bool operator==(const FigureConflict &, const FigureConflict &) = default;

    // "changed to 41,200 by liu at 10:02; yours: 41,300", in the UI language.
    QString description() const;
};

// Thrown by writeFigureChanges when any cell of a change was changed by
// someone else first: nothing of the change was stored.
class FigureConflictError : public UserError
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::FigureConflictError)

public:
    explicit FigureConflictError(QList<FigureConflict> conflicts);

    const QList<FigureConflict> &conflicts() const { return m_conflicts; }

private:
    QList<FigureConflict> m_conflicts;
};

} // namespace zhibiao
