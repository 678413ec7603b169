#include "app/dashboard/criterionpanel.h"

#include "app/dashboard/chartexport.h"
#include "app/dashboard/citystandingpanel.h"
#include "app/dashboard/progresschartbuilder.h"
#include "app/dashboard/statusbadge.h"
#include "core/models/progresstablemodel.h"
#include "core/progress/progressformat.h"
#include "core/progress/progressseries.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

QTableView *figuresView(QWidget *parent, ProgressTableModel *model, const QString &objectName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

} // namespace

CriterionPanel::CriterionPanel(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_note(new QLabel(this))
    , m_chartStack(new QStackedWidget(this))
    , m_chartView(new QChartView(m_chartStack))
    , m_emptyState(new QLabel(m_chartStack))
    , m_cityStanding(new CityStandingPanel(this))
    , m_tables(new QTabWidget(this))
    , m_quarterModel(new ProgressTableModel(this))
    , m_monthModel(new ProgressTableModel(this))
{
    m_status->setObjectName(u"criterionStatus"_s);
    m_note->setObjectName(u"criterionNote"_s);
    m_note->setWordWrap(true);
    m_chartView->setObjectName(u"progressChart"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFrameShape(QFrame::NoFrame);
    m_chartView->setMinimumHeight(260);
    m_chartView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_chartView, &QWidget::customContextMenuRequested, this, &CriterionPanel::showChartMenu);
    m_emptyState->setObjectName(u"chartEmptyState"_s);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setStyleSheet(u"QLabel { color: #4A4A4A; border: 1px dashed #B0B0B0; padding: 24px; }"_s);
    m_chartStack->addWidget(m_chartView);
    m_chartStack->addWidget(m_emptyState);
    m_cityStanding->setObjectName(u"cityStanding"_s);
    m_cityStanding->hide(); // until a city's table has the indicator

    m_quarterView = figuresView(m_tables, m_quarterModel, u"quarterTable"_s);
    m_monthView = figuresView(m_tables, m_monthModel, u"monthTable"_s);
    m_tables->setObjectName(u"figureTables"_s);
    m_tables->setDocumentMode(true);
    m_tables->addTab(m_quarterView, QString());
    m_tables->addTab(m_monthView, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 0, Qt::AlignLeft);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_chartStack, 3);
    charts->addWidget(m_cityStanding, 2);
    layout->addLayout(charts, 3);
    layout->addWidget(m_note);
    layout->addWidget(m_tables, 2);
}

void CriterionPanel::setSeries(const ProgressSeries &series, qsizetype criterion, const CityComparison &comparison)
{
    const CriterionSeries &quarters = series.quarters(criterion);
    const CriterionProgress &latest = series.latest().criteria.at(criterion);
    m_fileStem = u"%1-%2"_s.arg(quarters.indicator().code).arg(series.target().year);

    StatusBadge::apply(m_status, latest.status);
    m_status->setText(u"%1 · %2"_s.arg(quarters.indicator().name(), StatusStyle::label(latest.status)));
    // With one criterion the target's verdict in the header is this one.
    m_status->setVisible(series.criterionCount() > 1);
    const Indicator *reference = quarters.reference() ? &*quarters.reference() : nullptr;
    const QString missing = missingText(latest, quarters.indicator(), reference);
    QStringList notes;
    if (!missing.isEmpty())
        notes.append(missing);
    for (const ProgressWarning &warning : latest.warnings)
        notes.append(warning.message(quarters.indicatorName(warning.indicatorCode)));
    if (latest.projection)
        //: %1 the projected figure, %2 how it was projected
        notes.append(tr("Projected for the year: %1 (%2)")
                         .arg(formatMeasure(latest.projection->value, latest.measure, quarters.indicator().unit),
                              projectionMethodText(latest.projection->method)));
    m_note->setText(notes.join(u'\n'));
    m_note->setVisible(!notes.isEmpty());

    // setChart hands the old chart back to us rather than deleting it.
    const std::unique_ptr<QChart> previous(m_chartView->chart());
    m_chartView->setChart(ProgressChartBuilder::build(quarters).release());
    const bool drawable = quarters.hasValues(quarters.chartRoles().first());
    m_emptyState->setText(missing.isEmpty() ? tr("No figures to chart up to %1 yet.")
                                                  .arg(series.asOf().label(quarters.indicator().frequency))
                                            : missing);
    m_chartStack->setCurrentWidget(drawable ? static_cast<QWidget *>(m_chartView) : m_emptyState);
    m_cityStanding->setComparison(comparison, quarters.indicator(), series.asOf().month(), latest.cityStanding);

    m_quarterModel->setSeries(quarters);
    m_tables->setTabText(0, tr("Figures by quarter"));
    const bool monthly = series.hasMonthlyPath(criterion);
    if (monthly)
        m_monthModel->setSeries(series.months(criterion));
    else
        m_monthModel->clear();
    m_tables->setTabText(1, tr("Month by month"));
    m_tables->setTabVisible(1, monthly);
    for (QTableView *view : {m_quarterView, m_monthView})
        view->resizeColumnsToContents();
}

bool CriterionPanel::showsChart() const
{
    return m_chartStack->currentWidget() == m_chartView;
}

bool CriterionPanel::exportChart(const QString &path) const
{
    QChart *chart = m_chartView->chart();
    return path.endsWith(u".svg"_s, Qt::CaseInsensitive) ? saveChartAsSvg(*chart, path) : saveChartAsPng(*chart, path);
}

void CriterionPanel::showChartMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.addAction(tr("Save chart as PNG…"), this, [this] { exportWithDialog(u".png"_s); });
    menu.addAction(tr("Save chart as SVG…"), this, [this] { exportWithDialog(u".svg"_s); });
    menu.exec(m_chartView->mapToGlobal(position));
}

void CriterionPanel::exportWithDialog(const QString &suffix)
{
    const bool svg = suffix == u".svg"_s;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), QDir(folder).filePath(m_fileStem + suffix),
                                                svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    if (!exportChart(path))
        QMessageBox::warning(this, tr("Save chart"),
                             tr("The chart could not be saved to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace zhibiao
