#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace zhibiao {

class CriterionTableModel;
class TargetTableModel;
class TargetsEditor;
class Workspace;

// The targets editor: the year's targets as the conference set them (top)
// and the criteria each is judged on (below), with the city-set figures
// entered here. Copying a year's targets starts the next year.
class TargetsPage : public QWidget
{
    Q_OBJECT

public:
    TargetsPage(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);

    void setYear(int year);
    int year() const { return m_year; }
    // Names come from data in both languages: pick again after a language change.
    void reload();
    TargetsEditor *editor() const { return m_editor; }

Q_SIGNALS:
    // A year was given targets (copied from the one before).
    void yearCreated(int year);
    void targetsChanged(int year);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCriteria();
    int currentTargetRow() const;

    Workspace &m_workspace;
    TargetsEditor *m_editor;
    int m_year = 0;
    TargetTableModel *m_targetModel;
    CriterionTableModel *m_criterionModel;
    QTableView *m_targetView;
    QTableView *m_criterionView;
    QLabel *m_criteriaTitle;
    QLabel *m_message;
    QPushButton *m_addTarget;
    QPushButton *m_removeTarget;
    QPushButton *m_addCriterion;
    QPushButton *m_removeCriterion;
    QPushButton *m_copyToNextYear;
    // The database may only be read: the tables do not edit, the buttons are greyed.
    const bool m_readOnly;
};

} // namespace zhibiao
