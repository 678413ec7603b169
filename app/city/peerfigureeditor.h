#pragma once

#include "core/domain/peerfigure.h"

#include <QList>
#include <QModelIndex>
#include <QObject>
#include <QStringList>

class QUndoStack;

namespace zhibiao {

class ComparisonRepository;
class PeerGridModel;

// Turns what the user does in the city's comparison table grid (type a
// growth, paste a block, clear a selection) into stored, undoable changes,
// as FigureEditor does for the district's own figures: the numbers are
// read by the same parser, a paste is all or nothing and names every bad
// cell, and each change is one step on the window's undo stack, written in
// one transaction before it is pushed.
class PeerFigureEditor : public QObject
{
    Q_OBJECT

public:
    PeerFigureEditor(PeerGridModel &model, ComparisonRepository &comparison, QUndoStack &undoStack,
                     QObject *parent = nullptr);

    // Each returns true when the change was stored (or there was none).
    bool submitText(const QModelIndex &index, const QString &text);
    bool paste(const QModelIndex &topLeft, const QString &clipboardText);
    bool clear(const QModelIndexList &indexes);

Q_SIGNALS:
    // Why an edit was refused (or failed to be written), one line per cell,
    // in the UI language; index is the first cell concerned.
    void refused(const QStringList &reasons, const QModelIndex &index);
    void stored(int cellCount);
    // The city's figures changed: an edit stored, undone or redone.
    void cityFiguresChanged();

private:
    // On a read-only database (the model says): says so, and true.
    bool refusedAsReadOnly(const QModelIndex &anchor);
    // The cell's figure with growth in place of its own; amount and
    // published rank stay.
    std::optional<PeerFigure> withGrowth(const QModelIndex &index, std::optional<double> growth) const;
    bool submit(const QList<PeerFigure> &before, const QList<PeerFigure> &after, const QString &undoText,
                const QModelIndex &anchor);

    PeerGridModel &m_model;
    ComparisonRepository &m_comparison;
    QUndoStack &m_undoStack;
};

} // namespace zhibiao
