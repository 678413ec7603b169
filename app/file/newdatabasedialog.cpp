#include "app/file/newdatabasedialog.h"

#include "app/file/filedialogs.h"
#include "core/domain/years.h"

#include <QDate>
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
#include <QSpinBox>
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
    , m_nameZh(new QLineEdit(m_districtBox))
    , m_nameEn(new QLineEdit(m_districtBox))
    , m_cityZh(new QLineEdit(m_districtBox))
    , m_cityEn(new QLineEdit(m_districtBox))
    , m_year(new QSpinBox(m_districtBox))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"newDatabaseDialog"_s);
    setWindowTitle(tr("New database"));
    m_path->setObjectName(u"newDatabasePath"_s);
    m_path->setMinimumWidth(420); // room for a folder and a name
    m_example->setObjectName(u"exampleChoice"_s);
    m_otherDistrict->setObjectName(u"otherDistrictChoice"_s);
    m_nameZh->setObjectName(u"districtNameZh"_s);
    m_nameEn->setObjectName(u"districtNameEn"_s);
    m_cityZh->setObjectName(u"cityNameZh"_s);
    m_cityEn->setObjectName(u"cityNameEn"_s);
    m_year->setObjectName(u"currentYear"_s);
    m_nameZh->setPlaceholderText(u"渌口区"_s);
    m_nameEn->setPlaceholderText(u"Lukou District"_s);
    m_cityZh->setPlaceholderText(u"株洲市"_s);
    m_cityEn->setPlaceholderText(u"Zhuzhou"_s);
    m_year->setRange(FirstYear, LastYear);
    m_year->setValue(QDate::currentDate().year());
    m_example->setChecked(true);

    auto *choose = new QPushButton(tr("&Choose…"), this);
    choose->setObjectName(u"choosePathButton"_s);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(choose);

    auto *districtForm = new QFormLayout(m_districtBox);
    districtForm->addRow(tr("District (Chinese):"), m_nameZh);
    districtForm->addRow(tr("District (English):"), m_nameEn);
    districtForm->addRow(tr("City (Chinese):"), m_cityZh);
    districtForm->addRow(tr("City (English):"), m_cityEn);
    districtForm->addRow(tr("Current year:"), m_year);

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
    for (QLineEdit *edit : {m_path, m_nameZh, m_nameEn, m_cityZh, m_cityEn})
        connect(edit, &QLineEdit::textChanged, this, &NewDatabaseDialog::updateState);
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
    return districtSeed(District{m_nameZh->text().trimmed(), m_nameEn->text().trimmed(), m_cityZh->text().trimmed(),
                                 m_cityEn->text().trimmed(), m_year->value()});
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
    if (m_otherDistrict->isChecked())
        for (const QLineEdit *edit : {m_nameZh, m_nameEn, m_cityZh, m_cityEn})
            complete = complete && !edit->text().trimmed().isEmpty();
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
