#pragma once

#include "core/domain/target.h"

#include <QObject>
#include <QVariant>

class QUndoStack;

namespace zhibiao {

class Workspace;

// Every change to a year's targets: text as written, criteria, adding and
// removing, and copying the year to the next. Each is checked, written in
// one transaction and pushed as one undo step.
class TargetsEditor : public QObject
{
    Q_OBJECT

public:
    TargetsEditor(Workspace &workspace, QUndoStack &undoStack, QObject *parent = nullptr);

    void setYear(int year) { m_year = year; }
    int year() const { return m_year; }

    // Sets the title or statement, in the UI language, of target row.
    bool setTargetText(int row, int column, const QString &text);
    // column is a CriterionTableModel::Column; value is a code, or the
    // figure's or the yellow-light threshold's text (empty: the default).
    bool setCriterion(int targetRow, int criterionRow, int column, const QVariant &value);
    bool addTarget();
    bool removeTarget(int row);
    bool addCriterion(int targetRow);
    bool removeCriterion(int targetRow, int criterionRow);
    // Copies this year's targets to year + 1; refused when that year has targets.
    bool copyToNextYear();

Q_SIGNALS:
    void changed(int year);
    void refused(const QString &reason);

private:
    // Reads a typed threshold into criterion; refused (and said why) when it
    // is not a number or is negative.
    bool setThreshold(Criterion &criterion, const QString &text);
    static void keepThresholdMeaning(const Criterion &before, Criterion &after);
    bool commit(int year, const QList<Target> &before, const QList<Target> &after, const QString &undoText);

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    int m_year;
};

} // namespace zhibiao
