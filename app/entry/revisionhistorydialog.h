#pragma once

#include <QDialog>

namespace zhibiao {

class RevisionHistoryModel;

// Lists every revision of one figure: value, who, when, note.
class RevisionHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    RevisionHistoryDialog(const QString &cellName, RevisionHistoryModel *model, QWidget *parent = nullptr);
};

} // namespace zhibiao
