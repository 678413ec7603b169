#pragma once

#include <QByteArrayView>

namespace zhibiao::fuzz {

// Runs an import's reading half on bytes as the content of a file: the
// same path as `zhibiao import` and the import dialog take (ImportSession:
// readTableFile, detectLayout, then FigureReader against the seed's
// indicators), up to where the database would be asked. Errors the import
// reports to the user (ImportError) are expected; anything else that
// escapes is a finding.
void readAsImportedFile(QByteArrayView bytes);

} // namespace zhibiao::fuzz
