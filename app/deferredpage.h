#pragma once

#include <QWidget>

#include <functional>

namespace zhibiao {

// A screen of the main window that is built the first time it is shown
// (or asked for), not with the window: building the entry grid and the
// targets editor is a large part of start-up (docs/performance.md), which
// a user opening the dashboard should not wait for. Holds the built screen
// in a layout of its own.
class DeferredPage : public QWidget
{
    Q_OBJECT

public:
    // factory builds the screen as a child of the given parent.
    using Factory = std::function<QWidget *(QWidget *parent)>;

    explicit DeferredPage(Factory factory, QWidget *parent = nullptr);

    // The screen, built now if it was not yet.
    QWidget *content();
    bool isBuilt() const { return m_content != nullptr; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    Factory m_factory;
    QWidget *m_content = nullptr;
};

} // namespace zhibiao
