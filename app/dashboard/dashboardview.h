#pragma once

#include <QWidget>

namespace zhibiao {

class Workspace;

// The screen leadership looks at: one tile per target of the year with its
// verdict as of the chosen period, and a detail view per target.
// (Placeholder until the dashboard lands: see issue 6.)
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    DashboardView(Workspace &workspace, QWidget *parent = nullptr);

    void setYear(int year);
    int year() const { return m_year; }

Q_SIGNALS:
    // The user asked to go and enter figures (from an empty state).
    void entryScreenRequested();

private:
    Workspace &m_workspace;
    int m_year = 0;
};

} // namespace zhibiao
