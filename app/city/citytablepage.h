#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QUndoStack;

namespace zhibiao {

class EntryGridView;
class PeerFigureEditor;
class PeerGridModel;
class Workspace;

// The city's comparison table typed in by hand: the comparison units down,
// the indicators across, each unit's growth for one month of the window's
// year, with the entry grid's keyboard, paste and undo. The month starts
// at the period the dashboard opens on (defaultAsOf). Every accepted value
// is stored at once; the dashboard follows through cityFiguresChanged.
class CityTablePage : public QWidget
{
    Q_OBJECT

public:
    CityTablePage(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);

    // A year's table, at its default month.
    void setYear(int year);
    void setMonth(int month);
    // Reads units, indicators, targets and figures again (an import, the
    // units editor, another window).
    void reload();

    PeerGridModel *model() const { return m_model; }
    EntryGridView *view() const { return m_view; }
    PeerFigureEditor *editor() const { return m_editor; }

Q_SIGNALS:
    // The city's figures changed here: stored, undone or redone.
    void cityFiguresChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillMonths();
    QStringList growthJudged(int year) const;
    void showRefusal(const QStringList &reasons, const QModelIndex &index);

    Workspace &m_workspace;
    int m_year;
    PeerGridModel *m_model;
    EntryGridView *m_view;
    PeerFigureEditor *m_editor;
    QLabel *m_monthLabel;
    QComboBox *m_month;
    QLabel *m_hint;
    QLabel *m_message;
};

} // namespace zhibiao
