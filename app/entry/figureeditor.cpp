#include "app/entry/figureeditor.h"

#include "app/entry/setfigurescommand.h"
#include "app/file/readonlynotice.h"
#include "core/editing/figureconflict.h"
#include "core/editing/numberparser.h"
#include "core/editing/pastedblock.h"
#include "core/models/entrygridmodel.h"
#include "core/storage/entryrepository.h"
#include "core/storage/storageerror.h"

#include <QUndoStack>

namespace zhibiao {

using namespace Qt::StringLiterals;


FigureEditor::FigureEditor(EntryGridModel &model, EntryRepository &entries, QUndoStack &undoStack,
                           const QList<Indicator> &indicators, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_entries(entries)
    , m_undoStack(undoStack)
    , m_indicators(indicators)
    , m_stamp([] { return EntryStamp::now(); })
{
}

QString FigureEditor::cellName(const QModelIndex &index) const
{
    const auto key = m_model.keyAt(index);
    if (!key)
        return {};
    const EntryGridModel::Row &row = m_model.row(index.row());
    //: A cell of the entry grid: indicator · figure · period
    return tr("%1 · %2 · %3")
        .arg(row.indicator.name(), fieldLabel(row.indicator, row.field), Period::fromMonth(key->month)->monthLabel());
}

bool FigureEditor::refusedAsReadOnly(const QModelIndex &anchor)
{
    if (!m_model.isReadOnly())
        return false;
    Q_EMIT refused({ReadOnlyNotice::message()}, anchor);
    return true;
}

bool FigureEditor::submitText(const QModelIndex &index, const QString &text)
{
    if (refusedAsReadOnly(index))
        return false;
    const auto key = m_model.keyAt(index);
    if (!key || !m_model.isEditable(index)) {
        Q_EMIT refused({tr("%1: this cell takes no figure.").arg(cellName(index))}, index);
        return false;
    }
    const ParsedNumber parsed = parseFigure(text);
    if (parsed.isError()) {
        Q_EMIT refused({cellName(index) + u": "_s + parsed.errorMessage()}, index);
        return false;
    }
    const std::optional<double> after = parsed.isValue() ? std::optional(parsed.value()) : std::nullopt;
    const std::optional<double> before = m_model.valueAt(index);
    if (before == after)
        return true;
    const FigureChange change{*key, m_model.row(index.row()).field, before, after, {}};
    return submit({change}, after ? tr("Enter %1").arg(cellName(index)) : tr("Clear %1").arg(cellName(index)), index);
}

bool FigureEditor::paste(const QModelIndex &topLeft, const QString &clipboardText)
{
    if (refusedAsReadOnly(topLeft))
        return false;
    const QList<QStringList> grid = parsePastedBlock(clipboardText);
    if (grid.isEmpty() || !topLeft.isValid())
        return false;
    const PastedFigures figures = parseFigures(grid);
    QList<FigureChange> changes;
    QStringList reasons;
    for (int r = 0; r < figures.rowCount(); ++r) {
        for (int c = 0; c < figures.columnCount(); ++c) {
            const ParsedNumber &cell = figures.cells.at(r).at(c);
            // Blank and "—" cells of a pasted block leave the grid as it is:
            // a paste never erases figures by accident.
            if (cell.isMissing())
                continue;
            const QModelIndex target = m_model.index(topLeft.row() + r, topLeft.column() + c);
            if (!target.isValid()) {
                reasons.append(tr("The pasted block reaches beyond the grid (row %1, column %2 of the block).")
                                   .arg(r + 1)
                                   .arg(c + 1));
                continue;
            }
            if (cell.isError()) {
                reasons.append(cellName(target) + u": "_s + cell.errorMessage());
                continue;
            }
            if (!m_model.isEditable(target)) {
                reasons.append(tr("%1: this cell takes no figure.").arg(cellName(target).isEmpty()
                                                                         ? tr("A label column")
                                                                         : cellName(target)));
                continue;
            }
            const std::optional<double> before = m_model.valueAt(target);
            if (before == cell.value())
                continue;
            changes.append(FigureChange{*m_model.keyAt(target), m_model.row(target.row()).field, before, cell.value(), {}});
        }
    }
    if (!reasons.isEmpty()) {
        Q_EMIT refused(reasons, topLeft);
        return false;
    }
    if (changes.isEmpty())
        return true;
    return submit(changes, tr("Paste %n figure(s)", nullptr, int(changes.size())), topLeft);
}

bool FigureEditor::clear(const QModelIndexList &indexes)
{
    if (refusedAsReadOnly(indexes.isEmpty() ? QModelIndex() : indexes.first()))
        return false;
    QList<FigureChange> changes;
    for (const QModelIndex &index : indexes) {
        const std::optional<double> before = m_model.valueAt(index);
        if (m_model.isEditable(index) && before)
            changes.append(FigureChange{*m_model.keyAt(index), m_model.row(index.row()).field, before, std::nullopt, {}});
    }
    if (changes.isEmpty())
        return true;
    return submit(changes, tr("Clear %n figure(s)", nullptr, int(changes.size())),
                  indexes.isEmpty() ? QModelIndex() : indexes.first());
}

bool FigureEditor::submit(const QList<FigureChange> &proposed, const QString &undoText, const QModelIndex &anchor)
{
    QList<FigureChange> changes = proposed;
    const FigureValidator validator(m_indicators, m_model.entries());
    QStringList errors;
    QStringList warnings;
    for (const auto &[change, problem] : validator.check(changes)) {
        const QString line = cellName(m_model.indexOf(change.key, change.field)) + u": "_s + problem.message;
        (problem.isError() ? errors : warnings).append(line);
    }
    if (!errors.isEmpty()) {
        Q_EMIT refused(errors, anchor);
        return false;
    }
    if (!warnings.isEmpty()) {
        const std::optional<QString> note = m_confirm ? m_confirm(warnings) : std::nullopt;
        if (!note) {
            Q_EMIT refused(QStringList{tr("Not stored: the unusual figures were not confirmed.")} + warnings, anchor);
            return false;
        }
        for (FigureChange &change : changes)
            change.note = *note;
    }
    const std::optional<QList<FigureChange>> written = write(changes, anchor);
    if (!written)
        return false;
    m_undoStack.push(new SetFiguresCommand(
        m_entries, *written, m_stamp, [this, anchor](const QString &message) { Q_EMIT refused({message}, anchor); },
        undoText));
    Q_EMIT stored(int(written->size()));
    return true;
}

std::optional<QList<FigureChange>> FigureEditor::write(QList<FigureChange> changes, const QModelIndex &anchor)
{
    // Another user may store again while this one decides: ask again then.
    for (;;) {
        try {
            writeFigureChanges(m_entries, changes, ChangeDirection::Apply, m_stamp());
            return changes;
        } catch (const FigureConflictError &conflict) {
            QStringList lines;
            for (const FigureConflict &cell : conflict.conflicts())
                lines.append(cellName(m_model.indexOf(cell.key, cell.field)) + u": "_s + cell.description());
            if (!m_chooseOnConflict || !m_chooseOnConflict(lines)) {
                Q_EMIT refused(QStringList{tr("Not stored: the figures stored by others were kept.")} + lines, anchor);
                return std::nullopt;
            }
            // Mine over theirs: the change now starts from what is there.
            for (FigureChange &change : changes) {
                for (const FigureConflict &cell : conflict.conflicts()) {
                    if (cell.key == change.key && cell.field == change.field)
                        change.before = cell.theirs;
                }
            }
        } catch (const StorageError &error) {
            // What could not reach the server stays on screen, marked,
            // to be stored when it is back.
            if (error.code() == StorageError::Code::ConnectionLost) {
                for (const FigureChange &change : std::as_const(changes))
                    m_model.keepUnstored(change);
            }
            Q_EMIT refused({error.message()}, anchor);
            return std::nullopt;
        }
    }
}

bool FigureEditor::storeUnstored()
{
    const QList<FigureChange> kept = m_model.unstored();
    if (kept.isEmpty())
        return true;
    const std::optional<QList<FigureChange>> written = write(kept, m_model.indexOf(kept.first().key, kept.first().field));
    if (!written)
        return false;
    for (const FigureChange &change : *written)
        m_model.forgetUnstored(change.key, change.field);
    m_undoStack.push(new SetFiguresCommand(
        m_entries, *written, m_stamp, [this](const QString &message) { Q_EMIT refused({message}, {}); },
        tr("Store %n figure(s) typed while the server was away", nullptr, int(written->size()))));
    Q_EMIT stored(int(written->size()));
    return true;
}

} // namespace zhibiao
