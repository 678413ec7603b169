#include "app/entry/revisionhistorydialog.h"

#include "core/models/revisionhistorymodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace zhibiao {

RevisionHistoryDialog::RevisionHistoryDialog(const QString &cellName, RevisionHistoryModel *model, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Revision history"));
    model->setParent(this);
    auto *view = new QTableView(this);
    view->setObjectName(QStringLiteral("historyView"));
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(cellName, this));
    layout->addWidget(view);
    layout->addWidget(buttons);
    resize(720, 360);
}

} // namespace zhibiao
