#pragma once

#include "core/storage/seed.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QGroupBox;
class QLineEdit;
class QRadioButton;

namespace zhibiao {

class DistrictForm;
class FileDialogs;

// File → New…: where the new database goes and what it starts with, either
// the 2022 Lukou targets (the example every new file gets from --db) or an
// empty database for another district (its names, city and current year;
// districtSeed()). It only asks: MainWindow makes the file
// (NewDatabaseFile) and opens it. A file that exists at the place is
// replaced only after the user confirms, and never the one open now.
class NewDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    // Asks whether to replace an existing file; true to replace. The
    // default shows a QMessageBox; tests replace it.
    using Confirmation = std::function<bool(QWidget *parent, const QString &question)>;

    // openFile: the database the window has open (never replaced); empty on a server.
    NewDatabaseDialog(FileDialogs &fileDialogs, QString folder, QString openFile, QWidget *parent = nullptr);

    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

    // After Accepted: the new file's path (".sqlite" added when it had no
    // suffix) and what it starts with.
    QString path() const;
    Seed seed() const;

    void done(int result) override;

private:
    void choosePath();
    void updateState();

    FileDialogs &m_fileDialogs;
    QString m_folder;
    QString m_openFile;
    Confirmation m_confirm;
    QLineEdit *m_path;
    QRadioButton *m_example;
    QRadioButton *m_otherDistrict;
    QGroupBox *m_districtBox;
    DistrictForm *m_district;
    QDialogButtonBox *m_buttons;
};

} // namespace zhibiao
