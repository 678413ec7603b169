#include "core/models/criteriontablemodel.h"

#include "core/progress/warninglight.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace zhibiao {

namespace {

struct CriterionText
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::CriterionTableModel)
};

} // namespace

QList<CriterionKind> allCriterionKinds()
{
    return {CriterionKind::GrowthAtLeast,  CriterionKind::AmountAtLeast,        CriterionKind::AmountAtMost,
            CriterionKind::DeclineAtLeast, CriterionKind::BelowReference,       CriterionKind::GrowthAboveReference,
            CriterionKind::BetterThanLastYear};
}

QString criterionKindText(CriterionKind kind)
{
    switch (kind) {
    case CriterionKind::GrowthAtLeast:
        return CriterionText::tr("Growth of at least (%)");
    case CriterionKind::AmountAtLeast:
        return CriterionText::tr("Amount of at least");
    case CriterionKind::AmountAtMost:
        return CriterionText::tr("Amount of at most");
    case CriterionKind::DeclineAtLeast:
        return CriterionText::tr("Decline of at least (%)");
    case CriterionKind::BelowReference:
        return CriterionText::tr("Below the reference series");
    case CriterionKind::GrowthAboveReference:
        return CriterionText::tr("Growth above the reference's growth");
    case CriterionKind::BetterThanLastYear:
        return CriterionText::tr("Better than last year");
    }
    return {};
}

CriterionTableModel::CriterionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CriterionTableModel::setCriteria(const QList<Criterion> &criteria, const QList<Indicator> &indicators)
{
    beginResetModel();
    m_criteria = criteria;
    m_indicators = indicators;
    endResetModel();
}

int CriterionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_criteria.size());
}

int CriterionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CriterionTableModel::indicatorName(const QString &code) const
{
    const auto found = std::ranges::find(m_indicators, code, &Indicator::code);
    return found == m_indicators.end() ? code : found->name();
}

Indicator CriterionTableModel::indicatorOf(const Criterion &criterion) const
{
    const auto found = std::ranges::find(m_indicators, criterion.indicatorCode, &Indicator::code);
    return found == m_indicators.end() ? Indicator{} : *found;
}

QVariant CriterionTableModel::thresholdData(const Criterion &criterion, int role) const
{
    const Indicator indicator = indicatorOf(criterion);
    const std::optional<double> &threshold = criterion.warningThreshold;
    switch (role) {
    case Qt::EditRole:
        return threshold ? QLocale().toString(*threshold, 'g', 15) : QString();
    case Qt::DisplayRole:
        return threshold ? thresholdAmountText(*threshold, warningThresholdUnit(criterion), indicator)
                         : defaultThresholdText(criterion, indicator);
    case DefaultThresholdRole:
        return defaultThresholdText(criterion, indicator);
    case Qt::ForegroundRole:
        // The default is a hint, not a figure someone entered.
        if (!threshold)
            return QPalette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::ToolTipRole:
        return tr("How far behind the target still reads as a yellow light rather than red. Leave it empty for "
                  "the default.");
    }
    return {};
}

QVariant CriterionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_criteria.size())
        return {};
    const Criterion &criterion = m_criteria.at(index.row());
    if (index.column() == ThresholdColumn)
        return thresholdData(criterion, role);
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case IndicatorColumn:
            return criterion.indicatorCode;
        case KindColumn:
            return toCode(criterion.kind);
        case FigureColumn:
            return criterion.figure ? QVariant(QLocale().toString(*criterion.figure, 'g', 15)) : QVariant(QString());
        case ReferenceColumn:
            return criterion.referenceCode;
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IndicatorColumn:
        return indicatorName(criterion.indicatorCode);
    case KindColumn:
        return criterionKindText(criterion.kind);
    case FigureColumn:
        if (!criterion.needsFigure())
            return {};
        return criterion.figure ? QLocale().toString(*criterion.figure, 'g', 15) : tr("(to be set by the city)");
    case ReferenceColumn:
        return criterion.needsReference() ? indicatorName(criterion.referenceCode) : QString();
    }
    return {};
}

QVariant CriterionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IndicatorColumn:
        return tr("Indicator");
    case KindColumn:
        return tr("Criterion");
    case FigureColumn:
        return tr("Figure");
    case ReferenceColumn:
        return tr("Compared with");
    case ThresholdColumn:
        return tr("Yellow light within");
    }
    return {};
}

Qt::ItemFlags CriterionTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_criteria.size())
        return Qt::NoItemFlags;
    const Criterion &criterion = m_criteria.at(index.row());
    const bool applies = (index.column() != FigureColumn || criterion.needsFigure())
        && (index.column() != ReferenceColumn || criterion.needsReference());
    return applies ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable : Qt::ItemIsEnabled;
}

} // namespace zhibiao
