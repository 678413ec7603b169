#pragma once

#include "core/import/columnmapping.h"

#include <QList>
#include <QTableWidget>

class QComboBox;

namespace zhibiao {

class ImportSession;

// The import dialog's table of a file's first rows under two rows of
// choosers: what each column holds, and its period. It shows a session's
// mapping and gives back the one the user chose; the session itself is
// the dialog's to change.
class ColumnMappingTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit ColumnMappingTable(QWidget *parent = nullptr);

    // The first rows of session's file, with its mapping in the choosers.
    void show(const ImportSession &session);
    // The choosers' mapping, over base (the session's) for what they do
    // not show.
    ColumnMapping chosenMapping(const ColumnMapping &base) const;

Q_SIGNALS:
    // The user chose another role or period for a column.
    void mappingChosen();

private:
    QList<QComboBox *> m_fields;
    QList<QComboBox *> m_months;
};

// A chooser of 1-2月 … 1-12月, with none (data 0) named as given.
QComboBox *newMonthChooser(const QString &none, QWidget *parent);

} // namespace zhibiao
