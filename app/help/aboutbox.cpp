#include "app/help/aboutbox.h"

#include "core/storage/databaselocation.h"

#include <QMessageBox>

namespace zhibiao {

QString AboutBox::text(const DatabaseLocation &database, const QString &districtName)
{
    //: Help → About. %1 version, %2 district, %3 Qt version, %4 the database's file or server
    return tr("<p><b>Zhibiao</b> %1</p>"
              "<p>Tracks the yearly economic targets of %2.</p>"
              "<p>Licence: GNU General Public License, version 3 or later.</p>"
              "<p>Built with Qt %3.</p>"
              "<p>Database: %4</p>")
        .arg(QStringLiteral(ZHIBIAO_VERSION), districtName.toHtmlEscaped(), QString::fromLatin1(qVersion()),
             database.displayName().toHtmlEscaped());
}

void AboutBox::show(QWidget *parent, const DatabaseLocation &database, const QString &districtName)
{
    QMessageBox::about(parent, tr("About Zhibiao"), text(database, districtName));
}

} // namespace zhibiao
