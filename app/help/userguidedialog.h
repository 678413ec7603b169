#pragma once

#include <QDialog>

class QTextBrowser;

namespace zhibiao {

// Help → User guide: docs/user-guide.md, compiled into the program (the
// resource :/zhibiao/docs), shown as formatted text, so it needs no file
// beside the package. A window of its own that stays open while one works.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    // language: "zh_CN" or "en" (UiLanguage::effective()).
    explicit UserGuideDialog(const QString &language, QWidget *parent = nullptr);

    // The guide in language when there is one, else the one there is (English).
    static QString resourceFor(const QString &language);

private:
    QTextBrowser *m_text;
};

} // namespace zhibiao
