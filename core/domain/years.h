#pragma once

namespace zhibiao {

// The years a district's figures and targets can have: the People's
// Republic onwards, with room to plan ahead. Anything else where a year is
// read (a seed, an imported cell, --year) is a typing mistake.
inline constexpr int FirstYear = 1949;
inline constexpr int LastYear = 2200;

// One below FirstYear: a year field's "none" (a spin box shows it as its
// special value text), which no real year can be mistaken for.
inline constexpr int NoYear = FirstYear - 1;

constexpr bool isPlausibleYear(int year)
{
    return year >= FirstYear && year <= LastYear;
}

} // namespace zhibiao
