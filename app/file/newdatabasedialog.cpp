#include "app/file/newdatabasedialog.h"

#include "app/district/districtform.h"
#include "app/file/filedialogs.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

bool askToReplace(QWidget *parent, const QString &question)
{
    return QMessageBox::question(parent, NewDatabaseDialog::tr("New database"), question,
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

QString sameFile(const QString &path)
{
    const QFileInfo file(path);
    return file.exists() ? file.canonicalFilePath() : file.absoluteFilePath();
}

} // namespace

NewDatabaseDialog::NewDatabaseDialog(FileDialogs &fileDialogs, QString folder, QString openFile, QWidget *parent)
    : QDialog(parent)
    , m_fileDialogs(fileDialogs)
    , m_folder(std::move(folder))
    , m_openFile(std::move(openFile))
    , m_confirm(askToReplace)
    , m_path(new QLineEdit(this))
    , m_example(new QRadioButton(tr("The 2022 Lukou targets (an example to try Zhibiao with)"), this))
    , m_otherDistrict(new QRadioButton(tr("An empty database for another district"), this))
    , m_districtBox(new QGroupBox(this))
    , m_district(new DistrictForm(m_districtBox))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"newDatabaseDialog"_s);
    setWindowTitle(tr("New database"));
    m_path->setObjectName(u"newDatabasePath"_s);
    m_path->setMinimumWidth(420); // room for a folder and a name
    m_example->setObjectName(u"exampleChoice"_s);
    m_otherDistrict->setObjectName(u"otherDistrictChoice"_s);
    m_example->setChecked(true);

    auto *choose = new QPushButton(tr("&Choose…"), this);
    choose->setObjectName(u"choosePathButton"_s);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(choose);

    auto *districtLayout = new QVBoxLayout(m_districtBox);
    districtLayout->addWidget(m_district);

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), pathRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The new database starts with:"), this));
    layout->addWidget(m_example);
    layout->addWidget(m_otherDistrict);
    layout->addWidget(m_districtBox);
    auto *note = new QLabel(tr("An empty database has the usual indicators and no targets yet: enter them on "
                               "the Targets screen."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_buttons);

    connect(choose, &QPushButton::clicked, this, &NewDatabaseDialog::choosePath);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &NewDatabaseDialog::updateState);
    connect(m_district, &DistrictForm::edited, this, &NewDatabaseDialog::updateState);
    connect(m_otherDistrict, &QRadioButton::toggled, this, &NewDatabaseDialog::updateState);
    updateState();
}

QString NewDatabaseDialog::path() const
{
    QString path = m_path->text().trimmed();
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u".sqlite"_s;
    return QFileInfo(QDir(m_folder), path).absoluteFilePath();
}

Seed NewDatabaseDialog::seed() const
{
    if (!m_otherDistrict->isChecked())
        return bundledSeed();
    return districtSeed(m_district->district());
}

void NewDatabaseDialog::choosePath()
{
    // The dialog asks about an existing file itself, once, on OK.
    const QString chosen = m_fileDialogs.saveFileName(this, tr("New database"),
                                                      QDir(m_folder).filePath(tr("figures.sqlite")),
                                                      tr("Zhibiao databases (*.sqlite)"),
                                                      QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void NewDatabaseDialog::updateState()
{
    m_districtBox->setEnabled(m_otherDistrict->isChecked());
    bool complete = !m_path->text().trimmed().isEmpty();
    // A new district's file starts with both languages' names.
    if (m_otherDistrict->isChecked())
        complete = complete && m_district->isComplete();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

void NewDatabaseDialog::done(int result)
{
    if (result == QDialog::Accepted && QFileInfo::exists(path())) {
        const QString shown = QDir::toNativeSeparators(path());
        if (!m_openFile.isEmpty() && sameFile(path()) == sameFile(m_openFile)) {
            QMessageBox::warning(this, tr("New database"),
                                 tr("%1 is the database open in this window; it cannot be replaced by a new one. "
                                    "Choose another name.")
                                     .arg(shown));
            return;
        }
        if (!m_confirm(this, tr("%1 already exists. Replace it with a new database? What it holds now will be "
                                "lost.")
                                 .arg(shown)))
            return;
    }
    QDialog::done(result);
}

} // namespace zhibiao
