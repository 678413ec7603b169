#include "app/district/districtdialog.h"

#include "app/district/districtform.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace zhibiao {

using namespace Qt::StringLiterals;

DistrictDialog::DistrictDialog(const District &current, QWidget *parent)
    : QDialog(parent)
    , m_form(new DistrictForm(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"districtDialog"_s);
    setWindowTitle(tr("District settings"));
    m_form->setDistrict(current);
    m_message->setObjectName(u"districtMessage"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #A4262C;"_s);
    auto *note = new QLabel(tr("The names head the dashboard, the window, the PDF summary and the exports. The "
                               "current year is the one the window opens on."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &DistrictForm::edited, m_message, &QLabel::clear);
}

District DistrictDialog::district() const
{
    return m_form->district();
}

void DistrictDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        if (const QStringList problems = m_form->problems(); !problems.isEmpty()) {
            m_message->setText(problems.join(u'\n'));
            return; // the dialog stays, with the answers as they were
        }
    }
    QDialog::done(result);
}

} // namespace zhibiao
