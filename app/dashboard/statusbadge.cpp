#include "app/dashboard/statusbadge.h"

#include <QLabel>

namespace zhibiao {

void StatusBadge::apply(QLabel *label, Status status)
{
    const StatusStyle style = StatusStyle::of(status);
    label->setText(StatusStyle::label(status));
    QPalette palette = label->palette();
    palette.setColor(QPalette::Window, style.background);
    palette.setColor(QPalette::WindowText, style.text);
    label->setPalette(palette);
    label->setAutoFillBackground(true);
    label->setFrameStyle(QFrame::Box | QFrame::Plain); // a plain frame is drawn in the text colour
    label->setMargin(2);
    label->setIndent(4);
    label->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
}

void StatusBadge::applyTextColour(QLabel *label, Status status)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, StatusStyle::of(status).text);
    label->setPalette(palette);
}

} // namespace zhibiao
