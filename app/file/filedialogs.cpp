#include "app/file/filedialogs.h"

namespace zhibiao {

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &folder,
                                  const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                  const QString &filter, QFileDialog::Options options)
{
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter, nullptr, options);
}

} // namespace zhibiao
