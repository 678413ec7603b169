#include "app/help/userguidedialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace zhibiao {

using namespace Qt::StringLiterals;

UserGuideDialog::UserGuideDialog(const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setObjectName(u"userGuideDialog"_s);
    setWindowTitle(tr("Zhibiao user guide"));
    m_text->setObjectName(u"userGuideText"_s);
    m_text->setOpenExternalLinks(true);
    QFile guide(resourceFor(language));
    if (guide.open(QIODevice::ReadOnly))
        m_text->setMarkdown(QString::fromUtf8(guide.readAll()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(760, 720);
}

QString UserGuideDialog::resourceFor(const QString &language)
{
    const QString translated = u":/zhibiao/docs/user-guide.%1.md"_s.arg(language);
    return QFile::exists(translated) ? translated : u":/zhibiao/docs/user-guide.md"_s;
}

} // namespace zhibiao
