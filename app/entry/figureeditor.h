#pragma once

#include "core/editing/figurechange.h"
#include "core/editing/figurevalidator.h"

#include <QModelIndex>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QUndoStack;

namespace zhibiao {

class EntryGridModel;
class EntryRepository;

// Turns what the user does in the entry grid (type a cell, paste a block,
// clear a selection) into checked, stored, undoable changes. Nothing is
// written unless every cell passes: hard errors refuse the whole edit,
// warnings need the user's confirmation with a note.
class FigureEditor : public QObject
{
    Q_OBJECT

public:
    // Shows the warnings and asks for a note; nullopt when the user cancels.
    using WarningConfirmation = std::function<std::optional<QString>(const QStringList &warnings)>;
    // Shows figures someone else stored first, one line per cell with both
    // figures; true when the user stores theirs over them anyway.
    using ConflictChoice = std::function<bool(const QStringList &conflicts)>;

    FigureEditor(EntryGridModel &model, EntryRepository &entries, QUndoStack &undoStack,
                 const QList<Indicator> &indicators, QObject *parent = nullptr);

    void setWarningConfirmation(WarningConfirmation confirm) { m_confirm = std::move(confirm); }
    void setConflictChoice(ConflictChoice choose) { m_chooseOnConflict = std::move(choose); }
    void setStampSource(std::function<EntryStamp()> stamp) { m_stamp = std::move(stamp); }
    // The indicators figures are checked against (after one was added or edited).
    void setIndicators(const QList<Indicator> &indicators) { m_indicators = indicators; }

    // Each returns true when the change was stored.
    bool submitText(const QModelIndex &index, const QString &text);
    bool paste(const QModelIndex &topLeft, const QString &clipboardText);
    bool clear(const QModelIndexList &indexes);

    // Stores the figures typed while the server was away (the model keeps
    // them), as one undoable step, checked against others' changes as
    // typed figures are; those still not stored stay kept.
    bool storeUnstored();

    // "社会消费品零售总额 · 本年累计（亿元） · 1-5月": how messages name a cell.
    QString cellName(const QModelIndex &index) const;

Q_SIGNALS:
    // Why an edit was refused (or failed to be written), one line per cell,
    // in the UI language; index is the first cell concerned.
    void refused(const QStringList &reasons, const QModelIndex &index);
    void stored(int cellCount);

private:
    // On a read-only database (the model says): says so, and true.
    bool refusedAsReadOnly(const QModelIndex &anchor);
    bool submit(const QList<FigureChange> &changes, const QString &undoText, const QModelIndex &anchor);
    // Writes changes; when someone else stored figures in their cells
    // first, asks the user, and on "store mine" writes them again over
    // what is there now. Returns the changes as stored, or nothing.
    std::optional<QList<FigureChange>> write(QList<FigureChange> changes, const QModelIndex &anchor);

    EntryGridModel &m_model;
    EntryRepository &m_entries;
    QUndoStack &m_undoStack;
    QList<Indicator> m_indicators;
    WarningConfirmation m_confirm;
    ConflictChoice m_chooseOnConflict; // none: a conflict is refused
    std::function<EntryStamp()> m_stamp; // who and when, for each write
};

} // namespace zhibiao
