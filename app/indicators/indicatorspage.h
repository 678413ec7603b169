#pragma once

#include "core/domain/indicator.h"
#include "core/storage/indicatorrepository.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace zhibiao {

class IndicatorTableModel;
class Workspace;

// The indicators screen: every indicator of the database, added, edited,
// retired and deleted here, each change one undo step. An indicator with
// figures or targets is never deleted (the repository refuses, and the
// message says to retire it); a retired one keeps its figures and leaves
// the later years' screens.
class IndicatorsPage : public QWidget
{
    Q_OBJECT

public:
    // Shows the form for one indicator (nullopt: a new one); nullopt when
    // the user cancels. The default is IndicatorDialog; tests replace it.
    using Form = std::function<std::optional<Indicator>(QWidget *parent, const std::optional<Indicator> &existing,
                                                        const IndicatorUse &use, const QList<Indicator> &others,
                                                        int year)>;

    IndicatorsPage(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);

    void setForm(Form form) { m_form = std::move(form); }
    // The year on screen: retiring leaves the indicator out from the next one.
    void setYear(int year) { m_year = year; }
    // Reads the indicators again (another window changed them, the language changed).
    void reload();

    // What the buttons do once the form is filled; each returns true when
    // the change was stored, and shows the reason under the table otherwise.
    bool addIndicator(const Indicator &indicator);
    bool editIndicator(const QString &code, const Indicator &indicator);
    // Retires the indicator from the year after the one on screen, or
    // brings a retired one back.
    bool toggleRetired(const QString &code);
    bool removeIndicator(const QString &code);

    IndicatorTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    // An indicator was added, changed or deleted (by an edit or its undo):
    // the entry grid and the targets editor read them again.
    void indicatorsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    std::optional<Indicator> selected() const;
    void askAndAdd();
    void askAndEdit();
    bool commit(const std::optional<Indicator> &before, const std::optional<Indicator> &after, const QString &text);
    QList<Indicator> othersThan(const QString &code) const;

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    Form m_form;
    int m_year;
    IndicatorTableModel *m_model;
    QTableView *m_view;
    QLabel *m_message;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_retire;
    QPushButton *m_remove;
    // The database may only be read: every button greyed.
    const bool m_readOnly;
};

} // namespace zhibiao
