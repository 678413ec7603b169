#pragma once

#include "core/domain/period.h"

#include <QDateTime>
#include <QHashFunctions>
#include <QString>

#include <compare>
#include <optional>

namespace zhibiao {

// Which cell of the figures a value belongs to.
struct EntryKey
{
    QString indicatorCode;
    int year = 0;
    int month = 0; // Period::month(): 2 is the combined 1-2月 release

    // QString has no <=> in Qt 6.4; weak_ordering lets the default use its < and ==.
    friend std::weak_ordering operator<=>(const EntryKey &, const EntryKey &) = default;
    friend bool operator==(const EntryKey &, const EntryKey &) = default;
    // For hash tables (QHash, and std::unordered_map through a functor).
    friend std::size_t qHash(const EntryKey &key, std::size_t seed = 0) noexcept
    {
        return qHash(key.indicatorCode, seed) ^ (std::size_t(key.year) * 16 + std::size_t(key.month)) * 0x9E3779B97F4A7C15u;
    }
};

// The figures of one cell, without who stored them: what a batch under one
// stamp (an import's file, login and time) stores for each cell, so that a
// million of them need not carry the stamp each.
struct CellFigures
{
    EntryKey key;
    std::optional<double> ytdValue;
    std::optional<double> lastYearValue;
    std::optional<double> publishedGrowth;
    QString note;

    // Figures with none of the three values record that a cell was cleared.
    bool isCleared() const { return !ytdValue && !lastYearValue && !publishedGrowth; }
    // The same three values and note as other (CellFigures or an Entry),
    // whichever cell and whoever stored it.
    template<typename Figures>
    bool sameFiguresAs(const Figures &other) const
    {
        return ytdValue == other.ytdValue && lastYearValue == other.lastYearValue
            && publishedGrowth == other.publishedGrowth && note == other.note;
    }

    friend bool operator==(const CellFigures &, const CellFigures &) = default;
};

// Who stored a revision, from where and when.
struct EntryStamp
{
    QString source;    // where the figures came from: a file name, "区统计局月报"
    QString enteredBy; // login name
    QDateTime enteredAt; // UTC

    // The person at the keyboard (the login name: $USER, $USERNAME on
    // Windows), now in UTC, for figures from source. Taken when a change is
    // written, never earlier: an import stamped at its preview would say
    // the figures were stored before they were.
    static EntryStamp now(const QString &source = {});

    friend bool operator==(const EntryStamp &, const EntryStamp &) = default;
};

// One published figure as entered: a revision. Storing a new Entry for the
// same key keeps the old one in the history; reads return the latest.
struct Entry
{
    EntryKey key;
    std::optional<double> ytdValue;        // year-to-date amount, or the level/rate
    std::optional<double> lastYearValue;   // the same period last year, where known
    std::optional<double> publishedGrowth; // growth in % as published, where given
    QString note;
    QString source;    // where the figure came from, e.g. "区统计局月报"
    QString enteredBy; // login name of whoever entered it
    QDateTime enteredAt; // UTC

    // A revision with no figures records that a value was cleared.
    bool isCleared() const { return !ytdValue && !lastYearValue && !publishedGrowth; }

    friend bool operator==(const Entry &, const Entry &) = default;
};

} // namespace zhibiao
