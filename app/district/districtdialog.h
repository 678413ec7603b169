#pragma once

#include "core/domain/district.h"

#include <QDialog>

class QLabel;

namespace zhibiao {

class DistrictForm;

// Edit → District settings…: the district's names and city in both
// languages and the year the window opens on. It only asks, and refuses OK
// while an answer is missing (the reason under the form); MainWindow
// stores the answers as one undo step.
class DistrictDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DistrictDialog(const District &current, QWidget *parent = nullptr);

    // The answers (after Accepted: complete).
    District district() const;
    DistrictForm *form() const { return m_form; }

    void done(int result) override;

private:
    DistrictForm *m_form;
    QLabel *m_message;
};

} // namespace zhibiao
