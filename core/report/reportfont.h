#pragma once

#include <QString>

namespace zhibiao {

// The font family the summary report is set in, PDF and OpenDocument alike.
QString reportFontFamily();

} // namespace zhibiao
