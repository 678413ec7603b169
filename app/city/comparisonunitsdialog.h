#pragma once

#include "core/domain/comparisonunit.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace zhibiao {

class ComparisonUnitTableModel;
class Workspace;

// Edit → Comparison units…: the units the city compares its counties and
// districts by, in their order, with both names (typed in the table),
// which one is our district and which the city as a whole. Each change is
// stored at once and is one step on the window's undo stack. A unit with
// figures in the city's tables is not removed: the message names how many
// (its figures would go with it).
class ComparisonUnitsDialog : public QDialog
{
    Q_OBJECT

public:
    // Called after every write of the units (a change here, its undo or
    // redo, also once the dialog is closed), with the error message if it
    // failed: the window's city table and dashboard follow.
    using Written = std::function<void(const QString &error)>;

    ComparisonUnitsDialog(Workspace &workspace, QUndoStack &undoStack, Written written, QWidget *parent = nullptr);

    // What the buttons and the table do; each returns true when the change
    // was stored, and shows the reason under the table otherwise.
    bool addUnit(const QString &nameZh, const QString &nameEn);
    bool renameUnit(const QString &code, const QString &nameZh, const QString &nameEn);
    bool markOwnDistrict(const QString &code);
    bool markCity(const QString &code);
    // Moves the unit up (steps < 0) or down the list.
    bool moveUnit(const QString &code, int steps);
    bool removeUnit(const QString &code);

    ComparisonUnitTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Reads the units again (an undo, another window).
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    QString selectedCode() const;
    void addFromButton();
    void renameFromTable(const QModelIndex &index, const QString &text);
    bool commit(QList<ComparisonUnit> after, const QString &undoText, const QString &selectCode);

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    Written m_written;
    const bool m_readOnly;
    ComparisonUnitTableModel *m_model;
    QTableView *m_view;
    QLabel *m_hint;
    QLabel *m_message;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_own;
    QPushButton *m_city;
    QPushButton *m_close;
};

} // namespace zhibiao
