#pragma once

#include "core/domain/district.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace zhibiao {

// The district's names and city in both languages and its current year, as
// fields of a form: what File → New… asks for another district and Edit →
// District settings… changes. It only holds the answers; problems() says
// what is missing, in the UI language.
class DistrictForm : public QWidget
{
    Q_OBJECT

public:
    explicit DistrictForm(QWidget *parent = nullptr);

    District district() const;
    void setDistrict(const District &district);
    // What keeps the answers from being stored: the Chinese names are the
    // ones every title falls back to; English ones are optional.
    QStringList problems() const;
    // The Chinese and the English names both given (a new district's file).
    bool isComplete() const;

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLineEdit *m_nameZh;
    QLineEdit *m_nameEn;
    QLineEdit *m_cityZh;
    QLineEdit *m_cityEn;
    QSpinBox *m_year;
    QList<QLabel *> m_labels;
};

} // namespace zhibiao
