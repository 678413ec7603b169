#include "core/approval/entrypermissions.h"

#include "core/domain/indicatortext.h"

#include <algorithm>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

// How many cells a refusal names; the rest are counted.
constexpr qsizetype MostNamed = 12;

} // namespace

EntryRefusal EntryPermissions::refusalOf(const EntryKey &cell) const
{
    const auto state = m_facts.states.find(cell);
    const ApprovalState stateNow = state == m_facts.states.end() ? ApprovalState::Open : state->second;
    QString unit;
    if (const auto year = m_facts.reporting.find(cell.year); year != m_facts.reporting.end()) {
        if (const auto reporter = year->second.find(cell.indicatorCode); reporter != year->second.end())
            unit = reporter->second;
    }
    return ApprovalRules::entryRefusal(m_facts.who, unit, stateNow,
                                       m_facts.closed.contains(std::pair{cell.year, cell.month}));
}

bool EntryPermissions::refusesAny() const
{
    if (m_facts.who.role == Role::Clerk || m_facts.who.role == Role::Viewer)
        return true;
    return std::ranges::any_of(m_facts.states, [](const auto &state) { return ApprovalRules::isLocked(state.second); });
}

QString EntryPermissions::reasonFor(const EntryKey &cell) const
{
    switch (refusalOf(cell)) {
    case EntryRefusal::None:
        return {};
    case EntryRefusal::Locked:
        return tr("Approved and locked: this month's figures change only after a reviewer reopens it.");
    case EntryRefusal::ReadOnly:
        //: %1 the login
        return tr("%1 may only read these figures.").arg(m_facts.who.login);
    case EntryRefusal::OtherUnit:
        //: %1 the clerk's own unit
        return tr("Another unit reports this figure: a clerk of %1 enters only %1's figures.")
            .arg(m_facts.unitNames.value(m_facts.who.unitCode, m_facts.who.unitCode));
    case EntryRefusal::Closed:
        return tr("Past this month's closing date: a reviewer returns or reopens the month before its figures change.");
    }
    Q_UNREACHABLE();
}

EntryPermissions::WriteRefusal EntryPermissions::describe(const std::map<EntryRefusal, std::set<EntryKey>> &refused,
                                                          const QHash<QString, Indicator> &indicators) const
{
    if (refused.empty())
        return {};
    const auto named = [&indicators](const std::set<EntryKey> &keys) {
        QStringList names;
        for (const EntryKey &key : keys) {
            if (names.size() == MostNamed)
                break;
            Indicator unknown;
            unknown.code = unknown.nameZh = unknown.nameEn = key.indicatorCode;
            names.append(IndicatorText::cell(indicators.value(key.indicatorCode, unknown), key.month, key.year));
        }
        QString text = names.join(tr(", "));
        if (qsizetype(keys.size()) > names.size())
            text += u' ' + tr("(%n more not named)", nullptr, qsizetype(keys.size()) - names.size());
        return text;
    };
    QStringList sentences;
    for (const auto &[kind, keys] : refused) {
        const int count = int(keys.size());
        switch (kind) {
        case EntryRefusal::None:
            break;
        case EntryRefusal::Locked:
            sentences.append(tr("%n approved month(s) would change: %1. An approved month's figures change only "
                                "after a reviewer reopens it.",
                                nullptr, count)
                                 .arg(named(keys)));
            break;
        case EntryRefusal::ReadOnly:
            sentences.append(tr("%1 may only read: a viewer enters no figures.").arg(m_facts.who.login));
            break;
        case EntryRefusal::OtherUnit:
            //: %1 the cells, %2 the clerk's own unit
            sentences.append(tr("%n figure(s) of other units' indicators: %1. A clerk of %2 enters only %2's figures.",
                                nullptr, count)
                                 .arg(named(keys), m_facts.unitNames.value(m_facts.who.unitCode, m_facts.who.unitCode)));
            break;
        case EntryRefusal::Closed:
            sentences.append(tr("%n figure(s) of months past their closing date: %1. A reviewer returns or reopens "
                                "such a month before its figures change.",
                                nullptr, count)
                                 .arg(named(keys)));
            break;
        }
    }
    sentences.append(tr("Nothing of this change was stored."));
    // A lock or a closing date is the month's; who may write is the person's.
    const bool monthsOnly = std::ranges::all_of(refused, [](const auto &entry) {
        return entry.first == EntryRefusal::Locked || entry.first == EntryRefusal::Closed;
    });
    const EntryRefusal kind = monthsOnly                               ? EntryRefusal::Locked
                              : refused.contains(EntryRefusal::ReadOnly) ? EntryRefusal::ReadOnly
                                                                          : EntryRefusal::OtherUnit;
    return {kind, sentences.join(u' ')};
}

} // namespace zhibiao
