#pragma once

#include <QWidget>

class QTableView;

namespace zhibiao {

class TargetTableModel;
class Workspace;

// The year's targets as the conference set them, with the indicators each
// is judged on.
class TargetsPage : public QWidget
{
    Q_OBJECT

public:
    TargetsPage(Workspace &workspace, QWidget *parent = nullptr);

    void setYear(int year);
    // Names come from data in both languages: pick again after a language change.
    void reload();

private:
    Workspace &m_workspace;
    int m_year = 0;
    TargetTableModel *m_model;
    QTableView *m_view;
};

} // namespace zhibiao
