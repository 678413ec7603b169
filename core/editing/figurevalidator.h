#pragma once

#include "core/domain/entry.h"
#include "core/domain/indicator.h"
#include "core/editing/figurechange.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <map>
#include <optional>

namespace zhibiao {

// What is wrong with a proposed figure. Errors refuse the value; warnings
// (plausible but unusual) let the user confirm with a note.
struct FigureProblem
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    QString message; // in the UI language

    bool isError() const { return severity == Severity::Error; }
    friend bool operator==(const FigureProblem &, const FigureProblem &) = default;
};

// Checks figures before they are stored, against the year's other figures
// and the other changes made together with them (a pasted block is judged
// as a whole). It reads only the snapshot it was given; it writes nothing.
class FigureValidator
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::FigureValidator)

public:
    FigureValidator(const QList<Indicator> &indicators, const QList<Entry> &yearEntries);

    // The first problem of each change, in the state where all of changes
    // are applied; changes without a problem are left out.
    QList<std::pair<FigureChange, FigureProblem>> check(const QList<FigureChange> &changes) const;
    std::optional<FigureProblem> check(const FigureChange &change) const;

    // A month's increase this many times the usual one is worth a second look.
    static constexpr double JumpFactor = 3.0;

private:
    using Cells = std::map<EntryKey, Entry>;
    std::optional<FigureProblem> checkOne(const FigureChange &change, const Cells &cells) const;
    std::optional<FigureProblem> checkCumulative(const Indicator &indicator, const FigureChange &change,
                                                 const Cells &cells) const;
    std::optional<FigureProblem> checkJump(const Indicator &indicator, const FigureChange &change,
                                           const Cells &cells) const;
    std::optional<FigureProblem> checkGrowthAgreement(const Indicator &indicator, const EntryKey &key,
                                                      const Cells &cells) const;

    QHash<QString, Indicator> m_indicators;
    Cells m_cells;
};

} // namespace zhibiao
