#include "app/city/peerfigureeditor.h"

#include "app/city/changepeerfigurescommand.h"
#include "app/file/readonlynotice.h"
#include "core/domain/usererror.h"
#include "core/editing/numberparser.h"
#include "core/editing/pastedblock.h"
#include "core/models/peergridmodel.h"
#include "core/storage/comparisonrepository.h"

#include <QUndoStack>

namespace zhibiao {

using namespace Qt::StringLiterals;

PeerFigureEditor::PeerFigureEditor(PeerGridModel &model, ComparisonRepository &comparison, QUndoStack &undoStack,
                                   QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_comparison(comparison)
    , m_undoStack(undoStack)
{
}

bool PeerFigureEditor::refusedAsReadOnly(const QModelIndex &anchor)
{
    if (!m_model.isReadOnly())
        return false;
    Q_EMIT refused({ReadOnlyNotice::message()}, anchor);
    return true;
}

std::optional<PeerFigure> PeerFigureEditor::withGrowth(const QModelIndex &index, std::optional<double> growth) const
{
    std::optional<PeerFigure> figure = m_model.figureAt(index);
    if (figure)
        figure->growth = growth;
    return figure;
}

bool PeerFigureEditor::submitText(const QModelIndex &index, const QString &text)
{
    if (refusedAsReadOnly(index))
        return false;
    const std::optional<PeerFigure> before = m_model.figureAt(index);
    if (!before || !m_model.isEditable(index)) {
        Q_EMIT refused({tr("This cell takes no figure.")}, index);
        return false;
    }
    const ParsedNumber parsed = parseFigure(text);
    if (parsed.isError()) {
        Q_EMIT refused({m_model.cellName(index) + u": "_s + parsed.errorMessage()}, index);
        return false;
    }
    const std::optional<double> growth = parsed.isValue() ? std::optional(parsed.value()) : std::nullopt;
    if (before->growth == growth)
        return true;
    //: Undo menu text; %1 names a cell of the city's table
    const QString undoText = growth ? tr("Enter %1").arg(m_model.cellName(index))
                                    : tr("Clear %1").arg(m_model.cellName(index));
    return submit({*before}, {*withGrowth(index, growth)}, undoText, index);
}

bool PeerFigureEditor::paste(const QModelIndex &topLeft, const QString &clipboardText)
{
    if (refusedAsReadOnly(topLeft))
        return false;
    const QList<QStringList> grid = parsePastedBlock(clipboardText);
    if (grid.isEmpty() || !topLeft.isValid())
        return false;
    const PastedFigures figures = parseFigures(grid);
    QList<PeerFigure> before;
    QList<PeerFigure> after;
    QStringList reasons;
    for (int r = 0; r < figures.rowCount(); ++r) {
        for (int c = 0; c < figures.columnCount(); ++c) {
            const ParsedNumber &cell = figures.cells.at(r).at(c);
            // As in the entry grid: blank and "—" cells of a pasted block
            // leave the table as it is, so a paste never erases by accident.
            if (cell.isMissing())
                continue;
            const QModelIndex target = m_model.index(topLeft.row() + r, topLeft.column() + c);
            if (!target.isValid()) {
                reasons.append(tr("The pasted block reaches beyond the table (row %1, column %2 of the block).")
                                   .arg(r + 1)
                                   .arg(c + 1));
                continue;
            }
            const QString name = m_model.cellName(target);
            if (cell.isError()) {
                reasons.append((name.isEmpty() ? tr("The unit column") : name) + u": "_s + cell.errorMessage());
                continue;
            }
            if (!m_model.isEditable(target)) {
                reasons.append(tr("%1: this cell takes no figure.").arg(name.isEmpty() ? tr("The unit column") : name));
                continue;
            }
            const PeerFigure stored = *m_model.figureAt(target);
            if (stored.growth == cell.value())
                continue;
            before.append(stored);
            after.append(*withGrowth(target, cell.value()));
        }
    }
    if (!reasons.isEmpty()) {
        Q_EMIT refused(QStringList{tr("Nothing was pasted:")} + reasons, topLeft);
        return false;
    }
    if (after.isEmpty())
        return true;
    //: Undo menu text
    return submit(before, after, tr("Paste %n figure(s) of the city's table", nullptr, int(after.size())), topLeft);
}

bool PeerFigureEditor::clear(const QModelIndexList &indexes)
{
    const QModelIndex anchor = indexes.isEmpty() ? QModelIndex() : indexes.first();
    if (refusedAsReadOnly(anchor))
        return false;
    QList<PeerFigure> before;
    QList<PeerFigure> after;
    for (const QModelIndex &index : indexes) {
        const std::optional<PeerFigure> stored = m_model.figureAt(index);
        if (!stored || !stored->growth || !m_model.isEditable(index))
            continue;
        before.append(*stored);
        after.append(*withGrowth(index, std::nullopt));
    }
    if (after.isEmpty())
        return true;
    //: Undo menu text
    return submit(before, after, tr("Clear %n figure(s) of the city's table", nullptr, int(after.size())), anchor);
}

bool PeerFigureEditor::submit(const QList<PeerFigure> &before, const QList<PeerFigure> &after,
                              const QString &undoText, const QModelIndex &anchor)
{
    try {
        m_comparison.write(after);
    } catch (const UserError &error) {
        // One transaction: nothing of the change was stored.
        Q_EMIT refused({error.message()}, anchor);
        return false;
    }
    m_undoStack.push(new ChangePeerFiguresCommand(
        m_comparison, before, after,
        [this, anchor](const QString &error) {
            if (!error.isEmpty())
                Q_EMIT refused({error}, anchor);
            m_model.reload();
            Q_EMIT cityFiguresChanged();
        },
        undoText));
    m_model.reload();
    Q_EMIT stored(int(after.size()));
    Q_EMIT cityFiguresChanged();
    return true;
}

} // namespace zhibiao
