#include "app/dashboard/targettile.h"

#include "app/dashboard/completionbar.h"
#include "app/dashboard/sparkline.h"
#include "app/dashboard/statusbadge.h"
#include "core/progress/comparedfigure.h"
#include "core/progress/progressformat.h"
#include "core/progress/standingtext.h"
#include "core/progress/warninglight.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

void setTextColour(QLabel *label, const QColor &colour)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
}

QLabel *wrappedLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

void showText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

Sparkline::Values valuesOf(const CriterionSeries &series, SeriesRole role)
{
    Sparkline::Values values;
    for (qsizetype i = 0; i < series.size(); ++i)
        values.append(series.value(role, i));
    return values;
}

} // namespace

TargetTile::TargetTile(QWidget *parent)
    : QFrame(parent)
    , m_title(wrappedLabel(this, u"title"_s))
    , m_statement(wrappedLabel(this, u"statement"_s))
    , m_status(new QLabel(this))
    , m_warnings(wrappedLabel(this, u"warnings"_s))
    , m_blocksLayout(new QVBoxLayout)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred); // a row's tiles share its height
    m_status->setObjectName(u"status"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    setTextColour(m_statement, QColor(0x44, 0x44, 0x44));
    StatusBadge::applyTextColour(m_warnings, Status::Behind);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->setSpacing(3);
    layout->addWidget(m_title);
    layout->addWidget(m_statement);
    layout->addLayout(statusRow);
    layout->addLayout(m_blocksLayout);
    layout->addWidget(m_warnings);
    layout->addStretch();
    m_blocksLayout->setSpacing(2);
}

QSize TargetTile::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 30, QFrame::sizeHint().height()};
}

TargetTile::Block TargetTile::makeBlock()
{
    Block block{wrappedLabel(this, u"criterionName"_s),   wrappedLabel(this, u"actual"_s),
                wrappedLabel(this, u"secondary"_s),      wrappedLabel(this, u"gap"_s),
                wrappedLabel(this, u"light"_s),
                wrappedLabel(this, u"standingPeriod"_s), wrappedLabel(this, u"cityStanding"_s),
                wrappedLabel(this, u"missing"_s),        wrappedLabel(this, u"completion"_s),
                new CompletionBar(this),                 new Sparkline(this)};
    QFont nameFont = block.name->font();
    nameFont.setBold(true);
    block.name->setFont(nameFont);
    QFont headlineFont = block.headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.6);
    block.headline->setFont(headlineFont);
    block.headline->setTextFormat(Qt::PlainText);
    setTextColour(block.missing, QColor(0x4A, 0x4A, 0x4A));
    setTextColour(block.standingPeriod, QColor(0x4A, 0x4A, 0x4A));
    block.standing->setTextFormat(Qt::PlainText);
    QFont missingFont = block.missing->font();
    missingFont.setItalic(true);
    block.missing->setFont(missingFont);
    block.trend->setObjectName(u"trend"_s);
    block.trend->setToolTip(tr("This year's figures at the quarter ends (solid) against what they are judged by "
                               "(dashed)"));
    for (QWidget *widget : std::initializer_list<QWidget *>{block.name,     block.headline,   block.secondary,
                                                            block.gap,      block.light,     block.standingPeriod,
                                                            block.standing, block.missing,    block.completion,
                                                            block.completionBar, block.trend}) {
        m_blocksLayout->addWidget(widget);
        widget->show(); // the tile may be on screen already; setSeries hides what is empty
    }
    return block;
}

void TargetTile::setSeries(const ProgressSeries &series)
{
    m_series = series;
    const TargetProgress &latest = series.latest();
    const Target &target = series.target();
    setObjectName(u"targetTile%1"_s.arg(target.ordinal));
    m_title->setText(target.title());
    m_statement->setText(target.statement());
    StatusBadge::apply(m_status, latest.status);
    m_accent = StatusStyle::of(latest.status).accent;
    update();

    // A tile shows one target for its lifetime (the dashboard makes new
    // tiles when the year's targets change), so its blocks only ever grow.
    while (m_blocks.size() < series.criterionCount())
        m_blocks.append(makeBlock());
    for (qsizetype c = 0; c < series.criterionCount(); ++c)
        fillBlock(m_blocks.at(c), c);

    const QList<ProgressWarning> warnings = latest.warnings();
    QStringList messages;
    for (const ProgressWarning &warning : warnings)
        messages.append(m_series->warningText(warning));
    showText(m_warnings, warnings.isEmpty() ? QString() : tr("⚠ %n figure(s) to check", nullptr, int(warnings.size())));
    m_warnings->setToolTip(messages.join(u'\n'));
    //: Tooltip of a dashboard tile
    setToolTip(tr("Open the quarterly chart of “%1”").arg(target.title()));
    setAccessibleName(target.title() + u", "_s + statusText(latest.status));
}

void TargetTile::fillBlock(const Block &block, qsizetype criterion)
{
    const CriterionProgress &progress = m_series->latest().criteria.at(criterion);
    const CriterionSeries &quarters = m_series->quarters(criterion);
    const Indicator &indicator = quarters.indicator();
    const QString &unit = indicator.unit;
    const bool several = m_series->criterionCount() > 1;

    showText(block.name, several ? indicator.name() : QString());
    block.headline->setText(progress.actual ? formatMeasure(*progress.actual, progress.measure, unit) : u"—"_s);
    block.headline->setToolTip(progress.dataPeriod ? progress.dataPeriod->label(indicator.frequency) : QString());

    QString secondary;
    if (progress.dataPeriod)
        //: Under the figure on a tile: the period it is for, e.g. "Jan–Jun".
        secondary = tr("Figure for %1").arg(progress.dataPeriod->label(indicator.frequency));
    const auto addLine = [&secondary](const QString &line) {
        secondary += (secondary.isEmpty() ? QString() : u"\n"_s) + line;
    };
    const auto withName = [&](SeriesRole role, double value) {
        //: A named figure on a tile: "Same period last year: 41 μg/m³"
        return tr("%1: %2").arg(quarters.name(role), formatFigure(value, quarters.unit(role)));
    };
    if (const std::optional<ComparedFigure> compared = comparedFigure(progress))
        addLine(withName(compared->role, compared->value));
    showText(block.secondary, secondary);

    //: The gap to the target on a tile: "Gap +0.1 pp"; + is always good news.
    showText(block.gap, progress.gap ? tr("Gap %1").arg(formatGap(*progress.gap, progress.measure, unit)) : QString());
    StatusBadge::applyTextColour(block.gap, progress.status);
    const WarningLight light = warningLight(progress, indicator);
    showText(block.light, lightText(light.colour));
    block.light->setToolTip(thresholdText(light, indicator));
    fillStanding(block, progress.cityStanding);
    const Indicator *reference = quarters.reference() ? &*quarters.reference() : nullptr;
    showText(block.missing, missingText(progress, indicator, reference));

    if (progress.amount) {
        showText(block.completion, tr("Completion %1 · time progress %2")
                                       .arg(formatShare(progress.amount->completion),
                                            formatShare(progress.amount->timeProgress)));
        // Amount targets are judged on completion against the calendar; a
        // growth target's amount (revenue) is shown, but the growth decides.
        const bool decides = progress.measure == Measure::Amount;
        block.completionBar->setShares(progress.amount->completion, progress.amount->timeProgress,
                                       decides ? StatusStyle::of(progress.status).accent : SeriesColour::main);
    } else {
        showText(block.completion, QString());
    }
    block.completionBar->setVisible(progress.amount.has_value());

    const QList<SeriesRole> roles = quarters.chartRoles();
    block.trend->setValues(valuesOf(quarters, roles.at(0)), roles.size() > 1 ? valuesOf(quarters, roles.at(1))
                                                                             : Sparkline::Values{});
    block.trend->setVisible(quarters.hasValues(roles.at(0)));
}

void TargetTile::fillStanding(const Block &block, const std::optional<CityStanding> &standing)
{
    // Nothing at all without the city's table: no placeholder to puzzle over.
    showText(block.standing, standing ? standingText(*standing) : QString());
    const bool earlier = standing && standing->month < m_series->asOf().month();
    //: Above the district's rank on a tile when the city's latest table is of an
    //: earlier period than the tile's, e.g. "Jan–Jun city comparison" (1-6月全市对比)
    showText(block.standingPeriod,
             earlier ? tr("%1 city comparison").arg(Period::fromMonth(standing->month)->monthLabel()) : QString());
}

void TargetTile::paintEvent(QPaintEvent *)
{
    // A card: white, a thin border (the status colour when focused) and a
    // stripe in the status colour down the left edge.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(hasFocus() ? m_accent : QColor(0xC8, 0xC8, 0xC8), hasFocus() ? 2.0 : 1.0));
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(card, 4, 4);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_accent);
    painter.drawRoundedRect(QRectF(card.left(), card.top(), 6, card.height()), 3, 3);
}

void TargetTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()) && m_series)
        Q_EMIT activated(ordinal());
    QFrame::mouseReleaseEvent(event);
}

void TargetTile::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if ((key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) && m_series) {
        Q_EMIT activated(ordinal());
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace zhibiao
