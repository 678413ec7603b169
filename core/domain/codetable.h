#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace zhibiao {

// A fixed two-way mapping between an enum and the text code that stands for
// it in the database and in files. Text, not numbers, so that `sqlite3` and
// a seed file stay readable.
template<typename Enum, std::size_t N>
class CodeTable
{
public:
    constexpr explicit CodeTable(std::array<std::pair<Enum, QStringView>, N> entries)
        : m_entries(entries)
    {
    }

    QString code(Enum value) const
    {
        for (const auto &[candidate, text] : m_entries) {
            if (candidate == value)
                return text.toString();
        }
        return {};
    }

    std::optional<Enum> value(QStringView code) const
    {
        for (const auto &[candidate, text] : m_entries) {
            if (text == code)
                return candidate;
        }
        return std::nullopt;
    }

private:
    std::array<std::pair<Enum, QStringView>, N> m_entries;
};

} // namespace zhibiao
