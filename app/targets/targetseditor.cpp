#include "app/targets/targetseditor.h"

#include "app/targets/changetargetscommand.h"
#include "core/domain/language.h"
#include "core/editing/numberparser.h"
#include "core/models/criteriontablemodel.h"
#include "core/models/targettablemodel.h"
#include "core/progress/warninglight.h"
#include "core/storage/storageerror.h"
#include "core/storage/workspace.h"

#include <QUndoStack>

namespace zhibiao {

using namespace Qt::StringLiterals;

TargetsEditor::TargetsEditor(Workspace &workspace, QUndoStack &undoStack, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_year(workspace.district().currentYear)
{
}

bool TargetsEditor::commit(int year, const QList<Target> &before, const QList<Target> &after, const QString &undoText)
{
    if (before == after)
        return true;
    try {
        m_workspace.targets().replaceYear(year, after);
    } catch (const StorageError &error) {
        Q_EMIT refused(error.message());
        return false;
    }
    m_undoStack.push(new ChangeTargetsCommand(
        m_workspace.targets(), year, before, after,
        [this, year](const QString &error) {
            if (!error.isEmpty())
                Q_EMIT refused(error);
            Q_EMIT changed(year);
        },
        undoText));
    Q_EMIT changed(year);
    return true;
}

bool TargetsEditor::setTargetText(int row, int column, const QString &text)
{
    const QList<Target> before = m_workspace.targets().forYear(m_year);
    if (row < 0 || row >= before.size())
        return false;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        Q_EMIT refused(tr("A target needs a title and a statement; the text was not changed."));
        return false;
    }
    QList<Target> after = before;
    Target &target = after[row];
    const bool chinese = uiIsChinese();
    if (column == TargetTableModel::TitleColumn)
        (chinese ? target.titleZh : target.titleEn) = trimmed;
    else if (column == TargetTableModel::StatementColumn)
        (chinese ? target.statementZh : target.statementEn) = trimmed;
    else
        return false;
    return commit(m_year, before, after, tr("Edit target %1").arg(target.ordinal));
}

bool TargetsEditor::setCriterion(int targetRow, int criterionRow, int column, const QVariant &value)
{
    const QList<Target> before = m_workspace.targets().forYear(m_year);
    if (targetRow < 0 || targetRow >= before.size() || criterionRow < 0
        || criterionRow >= before.at(targetRow).criteria.size())
        return false;
    QList<Target> after = before;
    Criterion &criterion = after[targetRow].criteria[criterionRow];
    const Criterion original = criterion;
    switch (column) {
    case CriterionTableModel::IndicatorColumn:
        criterion.indicatorCode = value.toString();
        break;
    case CriterionTableModel::KindColumn: {
        const auto kind = criterionKindFromCode(value.toString());
        if (!kind)
            return false;
        criterion.kind = *kind;
        if (!criterion.needsReference())
            criterion.referenceCode.clear();
        else if (criterion.referenceCode.isEmpty())
            criterion.referenceCode = criterion.kind == CriterionKind::GrowthAboveReference ? u"gdp"_s
                                                                                            : criterion.indicatorCode;
        if (!criterion.needsFigure())
            criterion.figure.reset();
        break;
    }
    case CriterionTableModel::FigureColumn: {
        const ParsedNumber parsed = parseFigure(value.toString());
        if (parsed.isError()) {
            Q_EMIT refused(parsed.errorMessage());
            return false;
        }
        // Blank: the city has not set the figure yet. Only city-set kinds
        // (amounts, the intensity decline) may wait; a growth target is
        // written with its figure.
        if (!parsed.isValue() && criterion.kind == CriterionKind::GrowthAtLeast) {
            Q_EMIT refused(tr("A growth target needs its figure, e.g. 8.5 for “增长8.5%”."));
            return false;
        }
        criterion.figure = parsed.isValue() ? std::optional(parsed.value()) : std::nullopt;
        if (criterion.figure && *criterion.figure < 0) {
            Q_EMIT refused(tr("Enter a decline as a positive figure: “decline of at least 3” means −3%."));
            return false;
        }
        break;
    }
    case CriterionTableModel::ReferenceColumn:
        criterion.referenceCode = value.toString();
        break;
    case CriterionTableModel::ThresholdColumn:
        if (!setThreshold(criterion, value.toString()))
            return false;
        break;
    default:
        return false;
    }
    keepThresholdMeaning(original, criterion);
    return commit(m_year, before, after, tr("Edit target %1").arg(after.at(targetRow).ordinal));
}

bool TargetsEditor::setThreshold(Criterion &criterion, const QString &text)
{
    const QString typed = text.trimmed();
    const ParsedNumber parsed = parseFigure(typed);
    if (parsed.isError()) {
        //: %1 what was typed
        Q_EMIT refused(tr("“%1” is not a number: enter the yellow light's threshold as a number such as 0.5, or "
                          "leave it empty for the default. The threshold was not changed.")
                           .arg(typed));
        return false;
    }
    if (parsed.isValue() && parsed.value() < 0) {
        Q_EMIT refused(tr("The yellow light's threshold cannot be negative (“%1”): it says how far behind the "
                          "target still reads yellow. The threshold was not changed.")
                           .arg(typed));
        return false;
    }
    // Blank (or "—"): the default for the criterion's kind.
    criterion.warningThreshold = parsed.isValue() ? std::optional(parsed.value()) : std::nullopt;
    return true;
}

void TargetsEditor::keepThresholdMeaning(const Criterion &before, Criterion &after)
{
    // A threshold counts percentage points, points of time progress or the
    // indicator's unit, by the criterion's kind (and, for levels, its
    // indicator): when that changes, the number no longer means what was
    // set, so the criterion falls back to the new kind's default.
    const WarningLight::ThresholdUnit unit = warningThresholdUnit(after);
    const bool sameMeaning = unit == warningThresholdUnit(before)
        && (unit != WarningLight::ThresholdUnit::IndicatorUnit || after.indicatorCode == before.indicatorCode);
    if (!sameMeaning)
        after.warningThreshold.reset();
}

bool TargetsEditor::addTarget()
{
    const QList<Target> before = m_workspace.targets().forYear(m_year);
    QList<Target> after = before;
    const int ordinal = before.isEmpty() ? 1 : before.last().ordinal + 1;
    const QList<Indicator> indicators = m_workspace.indicators().all();
    if (indicators.isEmpty())
        return false;
    after.append(Target{m_year, ordinal, tr("New target"), tr("New target"), tr("Grow by 0%"), tr("Grow by 0%"),
                        {Criterion{indicators.first().code, CriterionKind::GrowthAtLeast, 0.0, {}}}});
    return commit(m_year, before, after, tr("Add target %1").arg(ordinal));
}

bool TargetsEditor::removeTarget(int row)
{
    const QList<Target> before = m_workspace.targets().forYear(m_year);
    if (row < 0 || row >= before.size())
        return false;
    QList<Target> after = before;
    const int ordinal = after.takeAt(row).ordinal;
    return commit(m_year, before, after, tr("Remove target %1").arg(ordinal));
}

bool TargetsEditor::addCriterion(int targetRow)
{
    const QList<Target> before = m_workspace.targets().forYear(m_year);
    if (targetRow < 0 || targetRow >= before.size())
        return false;
    QList<Target> after = before;
    Target &target = after[targetRow];
    const Criterion &model = target.criteria.isEmpty() ? Criterion{} : target.criteria.last();
    target.criteria.append(Criterion{model.indicatorCode.isEmpty() ? u"gdp"_s : model.indicatorCode, model.kind,
                                     std::nullopt, model.referenceCode});
    return commit(m_year, before, after, tr("Edit target %1").arg(target.ordinal));
}

bool TargetsEditor::removeCriterion(int targetRow, int criterionRow)
{
    const QList<Target> before = m_workspace.targets().forYear(m_year);
    if (targetRow < 0 || targetRow >= before.size() || criterionRow < 0
        || criterionRow >= before.at(targetRow).criteria.size())
        return false;
    if (before.at(targetRow).criteria.size() == 1) {
        Q_EMIT refused(tr("A target is judged on at least one criterion; remove the target instead."));
        return false;
    }
    QList<Target> after = before;
    after[targetRow].criteria.removeAt(criterionRow);
    return commit(m_year, before, after, tr("Edit target %1").arg(after.at(targetRow).ordinal));
}

bool TargetsEditor::copyToNextYear()
{
    const int next = m_year + 1;
    if (!m_workspace.targets().forYear(next).isEmpty()) {
        Q_EMIT refused(tr("%1 already has targets; they were left as they are.").arg(next));
        return false;
    }
    QList<Target> copy = m_workspace.targets().forYear(m_year);
    for (Target &target : copy)
        target.year = next;
    return commit(next, {}, copy, tr("Copy the targets of %1 to %2").arg(m_year).arg(next));
}

} // namespace zhibiao
