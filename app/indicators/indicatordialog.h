#pragma once

#include "core/domain/indicator.h"
#include "core/storage/indicatorrepository.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace zhibiao {

// Add… and Edit… on the indicators screen: one indicator's definition in a
// form. It only asks and checks (IndicatorValidator, against the other
// indicators); the screen stores the result as an undoable step. The code
// of an indicator in use cannot change, and the form says why.
class IndicatorDialog : public QDialog
{
    Q_OBJECT

public:
    // existing: the indicator edited, nullopt to add one; use: what refers
    // to it; others: every other indicator; year: the year on screen, the
    // default to retire from is the one after it.
    IndicatorDialog(const std::optional<Indicator> &existing, const IndicatorUse &use,
                    const QList<Indicator> &others, int year, QWidget *parent = nullptr);

    // After Accepted: the definition as the form holds it.
    Indicator indicator() const;

    void done(int result) override;

private:
    void fill(const Indicator &indicator);
    void updateState();

    QList<Indicator> m_others;
    Indicator m_start;
    QLineEdit *m_code;
    QLineEdit *m_nameZh;
    QLineEdit *m_nameEn;
    QComboBox *m_unit;
    QComboBox *m_frequency;
    QComboBox *m_reporting;
    QCheckBox *m_realGrowth;
    QCheckBox *m_lowerIsBetter;
    QPlainTextEdit *m_aliases;
    QCheckBox *m_retired;
    QSpinBox *m_retiredFrom;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace zhibiao
