#pragma once

#include "core/domain/indicator.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace zhibiao {

class Database;

// What refers to an indicator: why it may not be deleted or given another code.
struct IndicatorUse
{
    bool hasFigures = false;
    QList<int> targetYears; // years whose targets judge it (or compare with it), ascending

    bool inUse() const { return hasFigures || !targetYears.isEmpty(); }
};

// The gateway to the indicators table and their aliases: every read and
// write of indicator definitions goes through here. Refusals (a code taken,
// an indicator in use) are StorageErrors with a message for the user,
// thrown before anything is written.
class IndicatorRepository
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::IndicatorRepository)

public:
    explicit IndicatorRepository(Database &database) : m_database(database) {}

    // In display order (sort_order, then code), retired ones included.
    QList<Indicator> all() const;
    std::optional<Indicator> find(const QString &code) const;
    IndicatorUse use(const QString &code) const;

    // Inserts, or replaces the definition with the same code (the seed).
    void save(const Indicator &indicator);
    // A new indicator; refused if its code is taken. A sortOrder of 0
    // puts it after the others. Returns it as stored.
    Indicator add(Indicator indicator);
    // Replaces the definition of code with indicator, which may carry
    // another code only while nothing refers to the old one (figures and
    // targets, and the files exported with it, name it).
    void replace(const QString &code, const Indicator &indicator);
    // Deletes an indicator nothing refers to; one with figures or targets
    // is refused with a message saying to retire it instead.
    void remove(const QString &code);

private:
    void writeAliases(const Indicator &indicator);
    void refuseTakenCode(const QString &code) const;

    Database &m_database;
};

} // namespace zhibiao
