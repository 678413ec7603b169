#include "app/indicators/indicatordialog.h"

#include "core/domain/indicatortext.h"
#include "core/domain/years.h"
#include "core/editing/indicatorvalidator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

// The units bureaus publish in, offered first; any other can be typed.
const QStringList commonUnits = {u"亿元"_s, u"万元"_s, u"元"_s, u"%"_s, u"万吨"_s, u"吨"_s, u"吨标准煤"_s,
                                 u"万吨标准煤"_s, u"μg/m³"_s, u"人"_s, u"个"_s};

QStringList aliasLines(const QString &text)
{
    QStringList aliases;
    for (const QString &line : text.split(u'\n')) {
        const QString alias = line.trimmed();
        if (!alias.isEmpty() && !aliases.contains(alias))
            aliases.append(alias);
    }
    return aliases;
}

} // namespace

IndicatorDialog::IndicatorDialog(const std::optional<Indicator> &existing, const IndicatorUse &use,
                                 const QList<Indicator> &others, int year, QWidget *parent)
    : QDialog(parent)
    , m_others(others)
    , m_code(new QLineEdit(this))
    , m_nameZh(new QLineEdit(this))
    , m_nameEn(new QLineEdit(this))
    , m_unit(new QComboBox(this))
    , m_frequency(new QComboBox(this))
    , m_reporting(new QComboBox(this))
    , m_realGrowth(new QCheckBox(tr("Growth at comparable prices (real), as the bureau publishes it"), this))
    , m_lowerIsBetter(new QCheckBox(tr("A lower figure is better (unemployment, energy intensity, PM2.5)"), this))
    , m_aliases(new QPlainTextEdit(this))
    , m_retired(new QCheckBox(tr("Retired from"), this))
    , m_retiredFrom(new QSpinBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"indicatorDialog"_s);
    setWindowTitle(existing ? tr("Edit indicator") : tr("Add indicator"));
    m_code->setObjectName(u"code"_s);
    m_nameZh->setObjectName(u"nameZh"_s);
    m_nameEn->setObjectName(u"nameEn"_s);
    m_unit->setObjectName(u"unit"_s);
    m_frequency->setObjectName(u"frequency"_s);
    m_reporting->setObjectName(u"reporting"_s);
    m_realGrowth->setObjectName(u"realGrowth"_s);
    m_lowerIsBetter->setObjectName(u"lowerIsBetter"_s);
    m_aliases->setObjectName(u"aliases"_s);
    m_retired->setObjectName(u"retired"_s);
    m_retiredFrom->setObjectName(u"retiredFrom"_s);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #9C0006;"_s);

    m_code->setPlaceholderText(u"tourism_revenue"_s);
    m_unit->setEditable(true);
    m_unit->addItems(commonUnits);
    for (const Frequency frequency : {Frequency::Monthly, Frequency::Quarterly, Frequency::Annual})
        m_frequency->addItem(IndicatorText::frequency(frequency), QVariant::fromValue(int(frequency)));
    for (const Reporting reporting : {Reporting::AmountAndGrowth, Reporting::GrowthOnly, Reporting::Level})
        m_reporting->addItem(IndicatorText::reporting(reporting), QVariant::fromValue(int(reporting)));
    m_aliases->setPlaceholderText(tr("One per line: other names bureaus publish it under"));
    m_aliases->setTabChangesFocus(true);
    m_aliases->setFixedHeight(m_aliases->fontMetrics().lineSpacing() * 5 + 12);
    m_retiredFrom->setRange(FirstYear, LastYear);
    m_retiredFrom->setValue(year + 1);
    m_retired->setToolTip(tr("A retired indicator keeps its figures; the entry grid and the targets editor leave "
                             "it out from this year on."));

    if (use.inUse()) {
        m_code->setReadOnly(true);
        m_code->setToolTip(tr("Its figures, targets and exported files name it by this code, so it cannot change."));
    }

    auto *retiredRow = new QHBoxLayout;
    retiredRow->addWidget(m_retired);
    retiredRow->addWidget(m_retiredFrom);
    retiredRow->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Chinese name:"), m_nameZh);
    form->addRow(tr("&English name:"), m_nameEn);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Published:"), m_frequency);
    form->addRow(tr("&Reported as:"), m_reporting);
    form->addRow(QString(), m_realGrowth);
    form->addRow(QString(), m_lowerIsBetter);
    form->addRow(tr("&Other names:"), m_aliases);
    form->addRow(tr("Status:"), retiredRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retired, &QCheckBox::toggled, this, &IndicatorDialog::updateState);
    connect(m_reporting, &QComboBox::currentIndexChanged, this, &IndicatorDialog::updateState);

    m_start = existing.value_or(Indicator{});
    if (!existing)
        m_start.unit = commonUnits.first();
    fill(m_start);
}

void IndicatorDialog::fill(const Indicator &indicator)
{
    m_code->setText(indicator.code);
    m_nameZh->setText(indicator.nameZh);
    m_nameEn->setText(indicator.nameEn);
    m_unit->setCurrentText(indicator.unit);
    m_frequency->setCurrentIndex(m_frequency->findData(int(indicator.frequency)));
    m_reporting->setCurrentIndex(m_reporting->findData(int(indicator.reporting)));
    m_realGrowth->setChecked(indicator.realGrowth);
    m_lowerIsBetter->setChecked(indicator.lowerIsBetter);
    m_aliases->setPlainText(indicator.aliases.join(u'\n'));
    m_retired->setChecked(indicator.retiredFrom != 0);
    if (indicator.retiredFrom != 0)
        m_retiredFrom->setValue(indicator.retiredFrom);
    updateState();
}

void IndicatorDialog::updateState()
{
    m_retiredFrom->setEnabled(m_retired->isChecked());
    // A level (a rate, a concentration) has no growth of its own to judge.
    m_realGrowth->setEnabled(m_reporting->currentData().toInt() != int(Reporting::Level));
}

Indicator IndicatorDialog::indicator() const
{
    Indicator indicator = m_start; // keeps its place in the order
    indicator.code = m_code->text().trimmed();
    indicator.nameZh = m_nameZh->text().trimmed();
    indicator.nameEn = m_nameEn->text().trimmed();
    indicator.unit = m_unit->currentText().trimmed();
    indicator.frequency = Frequency(m_frequency->currentData().toInt());
    indicator.reporting = Reporting(m_reporting->currentData().toInt());
    indicator.realGrowth = m_realGrowth->isEnabled() && m_realGrowth->isChecked();
    indicator.lowerIsBetter = m_lowerIsBetter->isChecked();
    indicator.aliases = aliasLines(m_aliases->toPlainText());
    indicator.retiredFrom = m_retired->isChecked() ? m_retiredFrom->value() : 0;
    return indicator;
}

void IndicatorDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        if (const QString problem = IndicatorValidator(m_others).problem(indicator()); !problem.isEmpty()) {
            m_problem->setText(problem);
            return; // the form stays open with what was typed
        }
    }
    QDialog::done(result);
}

} // namespace zhibiao
