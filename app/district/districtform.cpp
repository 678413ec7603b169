#include "app/district/districtform.h"

#include "core/domain/years.h"

#include <QDate>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace zhibiao {

using namespace Qt::StringLiterals;

DistrictForm::DistrictForm(QWidget *parent)
    : QWidget(parent)
    , m_nameZh(new QLineEdit(this))
    , m_nameEn(new QLineEdit(this))
    , m_cityZh(new QLineEdit(this))
    , m_cityEn(new QLineEdit(this))
    , m_year(new QSpinBox(this))
{
    m_nameZh->setObjectName(u"districtNameZh"_s);
    m_nameEn->setObjectName(u"districtNameEn"_s);
    m_cityZh->setObjectName(u"cityNameZh"_s);
    m_cityEn->setObjectName(u"cityNameEn"_s);
    m_year->setObjectName(u"currentYear"_s);
    // Examples in the language they are asked in, whatever the UI's.
    m_nameZh->setPlaceholderText(u"渌口区"_s);
    m_nameEn->setPlaceholderText(u"Lukou District"_s);
    m_cityZh->setPlaceholderText(u"株洲市"_s);
    m_cityEn->setPlaceholderText(u"Zhuzhou"_s);
    m_year->setRange(FirstYear, LastYear);
    m_year->setValue(QDate::currentDate().year());

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    for (QWidget *field : std::initializer_list<QWidget *>{m_nameZh, m_nameEn, m_cityZh, m_cityEn, m_year}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels.append(label);
        form->addRow(label, field);
    }
    for (QLineEdit *edit : {m_nameZh, m_nameEn, m_cityZh, m_cityEn})
        connect(edit, &QLineEdit::textChanged, this, &DistrictForm::edited);
    connect(m_year, &QSpinBox::valueChanged, this, &DistrictForm::edited);
    retranslate();
}

District DistrictForm::district() const
{
    return District{m_nameZh->text().trimmed(), m_nameEn->text().trimmed(), m_cityZh->text().trimmed(),
                    m_cityEn->text().trimmed(), m_year->value()};
}

void DistrictForm::setDistrict(const District &district)
{
    m_nameZh->setText(district.nameZh);
    m_nameEn->setText(district.nameEn);
    m_cityZh->setText(district.cityZh);
    m_cityEn->setText(district.cityEn);
    m_year->setValue(district.currentYear);
}

QStringList DistrictForm::problems() const
{
    const District answers = district();
    QStringList problems;
    if (answers.nameZh.isEmpty())
        problems.append(tr("Enter the district's name in Chinese (the English one is optional)."));
    if (answers.cityZh.isEmpty())
        problems.append(tr("Enter the city's name in Chinese (the English one is optional)."));
    if (!isPlausibleYear(answers.currentYear))
        problems.append(tr("The current year must lie between %1 and %2.").arg(FirstYear).arg(LastYear));
    return problems;
}

bool DistrictForm::isComplete() const
{
    const District answers = district();
    return problems().isEmpty() && !answers.nameEn.isEmpty() && !answers.cityEn.isEmpty();
}

void DistrictForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DistrictForm::retranslate()
{
    const QStringList texts{tr("&District (Chinese):"), tr("District (&English):"), tr("C&ity (Chinese):"),
                            tr("Ci&ty (English):"), tr("Current &year:")};
    for (qsizetype i = 0; i < m_labels.size(); ++i)
        m_labels.at(i)->setText(texts.at(i));
}

} // namespace zhibiao
