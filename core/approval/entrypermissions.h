#pragma once

#include "core/approval/approvalrules.h"
#include "core/domain/entry.h"
#include "core/domain/indicator.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <map>
#include <set>
#include <utility>

namespace zhibiao {

// Which cells the person at the keyboard may write now, for a few years:
// the facts read once (ApprovalRepository::entryPermissions), the rule
// ApprovalRules::entryRefusal's, asked for each cell by the gateway before
// a write and by the entry grid for its padlocks and tooltips.
class EntryPermissions
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::EntryPermissions)

public:
    struct Facts
    {
        Approver who;
        // year → indicator code → the code of the unit that reports it
        std::map<int, std::map<QString, QString>> reporting;
        // Each indicator's state in a month, where someone acted.
        std::map<EntryKey, ApprovalState> states;
        // The months (year, month) past their closing date today.
        std::set<std::pair<int, int>> closed;
        // unit code → its name, for the messages
        QHash<QString, QString> unitNames;
    };

    // Everything may be written: a file's user before any approval.
    EntryPermissions() = default;
    explicit EntryPermissions(Facts facts) : m_facts(std::move(facts)) {}

    const Approver &who() const { return m_facts.who; }
    EntryRefusal refusalOf(const EntryKey &cell) const;
    // Why the cell may not be written, in the UI language, for its
    // tooltip; empty when it may.
    QString reasonFor(const EntryKey &cell) const;

    // A write of cells refused as a whole: Locked when all it touches is
    // refused for its month (locked, or closed), else the person's refusal
    // (ReadOnly, OtherUnit); and the message naming the cells (a dozen at
    // most of each kind).
    struct WriteRefusal
    {
        EntryRefusal kind = EntryRefusal::None;
        QString message;
    };
    // Kind None when every cell may be written. items: any range, whose
    // cells keyOf gives (an EntryKey, or what holds one: a plain loop, as
    // clang 14 with GCC 12's <ranges> cannot take a Qt container through
    // views::transform); indicators: by code, to name them (an unknown
    // code is named by itself).
    template<typename Items, typename KeyOf>
    WriteRefusal refusalOfWrite(const Items &items, KeyOf keyOf, const QHash<QString, Indicator> &indicators) const
    {
        if (!refusesAny())
            return {};
        std::map<EntryRefusal, std::set<EntryKey>> refused;
        for (const auto &item : items) {
            const EntryKey &cell = keyOf(item);
            if (const EntryRefusal refusal = refusalOf(cell); refusal != EntryRefusal::None)
                refused[refusal].insert(cell);
        }
        return describe(refused, indicators);
    }

    // May anything at all be refused? False lets a large write skip the
    // cell-by-cell look.
    bool refusesAny() const;

private:
    // The refused cells by kind, each once, in order.
    WriteRefusal describe(const std::map<EntryRefusal, std::set<EntryKey>> &refused,
                          const QHash<QString, Indicator> &indicators) const;

    Facts m_facts;
};

} // namespace zhibiao
