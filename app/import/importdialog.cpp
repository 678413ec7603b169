#include "app/import/importdialog.h"

#include "app/import/backgroundstep.h"
#include "core/domain/period.h"
#include "core/import/importerror.h"
#include "core/import/importsession.h"
#include "core/import/importsummary.h"
#include "core/import/mappingmemory.h"
#include "core/storage/storageerror.h"
#include "core/storage/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <QScopeGuard>

#include <algorithm>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

// The first rows are enough to see what the columns hold.
constexpr int PreviewRows = 50;
// Rows 0 and 1 of the table hold the role and period choosers.
constexpr int ChooserRows = 2;
// "From the file" on the year spin box.
constexpr int NoYear = 1948;

constexpr ColumnField allFields[] = {
    ColumnField::Ignore, ColumnField::Indicator, ColumnField::Unit,          ColumnField::Year,   ColumnField::Period,
    ColumnField::Value,  ColumnField::LastYearValue, ColumnField::Growth, ColumnField::Note,
};

QComboBox *monthChooser(QWidget *parent, const QString &none)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(none, 0);
    for (int month = Period::FirstMonth; month <= Period::LastMonth; ++month)
        combo->addItem(Period::fromMonth(month)->monthLabel(), month);
    return combo;
}

} // namespace

ImportDialog::ImportDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Import figures"));

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(u"encoding"_s);
    m_encoding->addItem(tr("Detect"), int(TextEncoding::Detect));
    m_encoding->addItem(u"UTF-8"_s, int(TextEncoding::Utf8));
    m_encoding->addItem(u"GBK/GB18030"_s, int(TextEncoding::Gb18030));
    m_headerRow = new QSpinBox(this);
    m_headerRow->setObjectName(u"headerRow"_s);
    m_headerRow->setMinimum(1);
    m_year = new QSpinBox(this);
    m_year->setObjectName(u"year"_s);
    m_year->setRange(NoYear, 2200);
    m_year->setSpecialValueText(tr("From the file"));
    m_period = monthChooser(this, tr("From the file"));
    m_period->setObjectName(u"period"_s);

    auto *options = new QFormLayout;
    options->addRow(tr("Text encoding:"), m_encoding);
    options->addRow(tr("Header row:"), m_headerRow);
    options->addRow(tr("Year, where the file names none:"), m_year);
    options->addRow(tr("Period, where the file names none:"), m_period);

    m_table = new QTableWidget(this);
    m_table->setObjectName(u"mapping"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappingNote = new QLabel(this);
    m_mappingNote->setWordWrap(true);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setReadOnly(true);
    m_skipRejected = new QCheckBox(tr("Import the other rows and leave out the rejected ones"), this);
    m_skipRejected->setObjectName(u"skipRejected"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(new QLabel(tr("What each column holds:"), this));
    layout->addWidget(m_table, 3);
    layout->addWidget(m_mappingNote);
    layout->addWidget(new QLabel(tr("What the import would do:"), this));
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_skipRejected);
    layout->addWidget(buttons);
    resize(960, 720);

    m_inputs = {m_encoding, m_headerRow, m_year, m_period, m_table, m_skipRejected, buttons};
    m_progressDialog = new QProgressDialog(this);
    m_progressDialog->setObjectName(u"progress"_s);
    m_progressDialog->setWindowTitle(windowTitle());
    m_progressDialog->setCancelButtonText(tr("Cancel"));
    m_progressDialog->setRange(0, 100);
    m_progressDialog->setWindowModality(Qt::WindowModal);
    m_progressDialog->setMinimumDuration(400); // a small file never shows it
    m_progressDialog->setAutoReset(false);
    m_progressDialog->reset(); // no showing up before the first step
    connect(m_progressDialog, &QProgressDialog::canceled, this, [this] {
        m_cancelled = true;
        if (m_running)
            m_running->cancel();
    });

    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating && !m_path.isEmpty())
            load(m_path, TextEncoding(m_encoding->currentData().toInt()));
    });
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this](int row) {
        if (m_updating || !m_session)
            return;
        m_session->setHeaderRow(row - 1);
        buildMappingTable();
        replan();
    });
    connect(m_year, &QSpinBox::valueChanged, this, &ImportDialog::replan);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ImportDialog::replan);
    connect(m_skipRejected, &QCheckBox::toggled, this, &ImportDialog::replan);
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::load(const QString &path, TextEncoding encoding)
{
    beginWork(Work::ReadingAndPlanning);
    const auto done = qScopeGuard([this] { endWork(); });
    std::unique_ptr<ImportSession> session;
    try {
        const TableFileOptions options{encoding, {}};
        if (!runStep([&](const ImportProgress &progress) {
                session = std::make_unique<ImportSession>(path, options, progress);
            })) {
            session.reset(); // even when the Cancel came just as reading ended
            m_error = tr("Reading “%1” was cancelled.").arg(QFileInfo(path).fileName());
        }
    } catch (const ImportError &error) {
        m_error = error.message();
    }
    if (!session) {
        m_preview->setPlainText(m_error);
        m_session.reset();
        m_plan.reset();
        m_importButton->setEnabled(false);
        return false;
    }
    m_session = std::move(session);
    m_path = path;
    m_error.clear();
    QSettings settings;
    m_session->recallMapping(MappingMemory(settings));
    buildMappingTable();
    replan();
    return true;
}

void ImportDialog::buildMappingTable()
{
    m_updating = true;
    const RawTable &table = m_session->table();
    const TableLayout &layout = m_session->layout();
    const int shown = std::min(table.rowCount(), PreviewRows);
    int columns = int(m_session->mapping().columns.size());
    for (int r = 0; r < shown; ++r)
        columns = std::max(columns, int(table.row(r).size()));

    m_headerRow->setMaximum(std::max(1, table.rowCount()));
    m_headerRow->setValue(layout.headerRow + 1);
    m_table->clear();
    m_table->setRowCount(ChooserRows + shown);
    m_table->setColumnCount(columns);
    QStringList rowLabels = {tr("Holds"), tr("Period")};
    for (int r = 0; r < shown; ++r)
        rowLabels.append(QString::number(r + 1));
    m_table->setVerticalHeaderLabels(rowLabels);

    m_fields.clear();
    m_months.clear();
    for (int c = 0; c < columns; ++c) {
        const ColumnRole role = m_session->mapping().role(c);
        auto *field = new QComboBox(m_table);
        for (const ColumnField candidate : allFields)
            field->addItem(fieldLabel(candidate), int(candidate));
        field->setCurrentIndex(field->findData(int(role.field)));
        auto *month = monthChooser(m_table, tr("The row's"));
        month->setCurrentIndex(month->findData(role.month.value_or(0)));
        m_table->setCellWidget(0, c, field);
        m_table->setCellWidget(1, c, month);
        m_fields.append(field);
        m_months.append(month);
        connect(field, &QComboBox::currentIndexChanged, this, &ImportDialog::readMappingFromTable);
        connect(month, &QComboBox::currentIndexChanged, this, &ImportDialog::readMappingFromTable);
    }
    for (int r = 0; r < shown; ++r) {
        const RawRow row = table.row(r);
        for (int c = 0; c < row.size(); ++c)
            m_table->setItem(ChooserRows + r, c, new QTableWidgetItem(row.at(c).toString()));
    }
    m_table->resizeColumnsToContents();
    m_updating = false;
}

void ImportDialog::readMappingFromTable()
{
    if (m_updating || !m_session)
        return;
    ColumnMapping mapping;
    for (qsizetype c = 0; c < m_fields.size(); ++c) {
        ColumnRole role = m_session->mapping().role(int(c));
        role.field = ColumnField(m_fields.at(c)->currentData().toInt());
        const int month = m_months.at(c)->currentData().toInt();
        role.month = month > 0 ? std::optional<int>(month) : std::nullopt;
        mapping.columns.append(role);
    }
    m_session->setMapping(mapping);
    replan();
}

void ImportDialog::replan()
{
    if (m_updating || !m_session)
        return;
    m_mappingNote->setText(m_session->usesRememberedMapping()
                               ? tr("Columns as you chose them for a file of this layout before.")
                               : tr("Columns as guessed from the headers: correct them where they are wrong."));
    ImportOptions options;
    if (m_year->value() != NoYear)
        options.year = m_year->value();
    if (const int month = m_period->currentData().toInt(); month > 0)
        options.month = month;
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    const EntryStamp stamp{m_session->fileName(), user, QDateTime::currentDateTimeUtc()};

    // Part of a load, or a run of its own when an option changed.
    const bool ownWork = !m_work;
    if (ownWork)
        beginWork(Work::Planning);
    const auto done = qScopeGuard([this, ownWork] {
        if (ownWork)
            endWork();
    });
    m_plan.reset();
    try {
        // Reading and planning on another thread; the database, whose
        // connection belongs to this thread, is read here in between.
        const QList<Indicator> indicators = m_workspace.indicators().all();
        const ImportSession &session = *m_session;
        FigureReading reading;
        std::optional<ImportPlan> plan;
        bool completed = runStep([&](const ImportProgress &progress) {
            reading = session.readFigures(indicators, options, progress);
        });
        if (completed) {
            const ExistingCells existing = ImportPlan::existingCells(reading, m_workspace.entries());
            completed = runStep([&](const ImportProgress &progress) {
                plan = ImportPlan::build(std::move(reading), existing, stamp, progress);
            });
        }
        if (completed) {
            m_plan = std::make_shared<const ImportPlan>(std::move(*plan));
            m_preview->setPlainText(ImportSummary::describe(*m_plan, m_session->fileName(),
                                                            m_session->table().description,
                                                            m_workspace.indicators().all()));
        } else {
            m_preview->setPlainText(tr("The preview was cancelled; change an option to try again."));
        }
    } catch (const ImportError &error) {
        m_preview->setPlainText(error.message());
    } catch (const StorageError &error) {
        m_preview->setPlainText(error.message());
    }
    updateButtons();
}

void ImportDialog::updateButtons()
{
    const bool hasWrites = m_plan && m_plan->writeCount() > 0;
    const bool rejectedOk = m_plan && (m_plan->rejected().isEmpty() || m_skipRejected->isChecked());
    m_skipRejected->setEnabled(!m_work && m_plan && !m_plan->rejected().isEmpty());
    m_importButton->setEnabled(hasWrites && rejectedOk);
}

ImportPlan::RejectedRows ImportDialog::rejectedRows() const
{
    return m_skipRejected->isChecked() ? ImportPlan::RejectedRows::Skip : ImportPlan::RejectedRows::Refuse;
}

void ImportDialog::accept()
{
    if (!m_importButton->isEnabled() || m_work)
        return;
    if (m_session) {
        QSettings settings;
        MappingMemory memory(settings);
        m_session->rememberMapping(memory);
    }
    QDialog::accept();
}

void ImportDialog::reject()
{
    m_cancelled = true;
    if (m_running)
        m_running->cancel();
    QDialog::reject();
}

void ImportDialog::beginWork(Work work)
{
    m_work = work;
    m_cancelled = false;
    // The user must not change the mapping under a step that reads it.
    for (QWidget *input : std::as_const(m_inputs))
        input->setEnabled(false);
    m_progressDialog->setLabelText(tr("Reading the file…"));
    m_progressDialog->reset();
    m_progressDialog->setValue(0); // starts the clock: shown only when the work takes a while
}

void ImportDialog::endWork()
{
    m_work.reset();
    m_progressDialog->reset();
    for (QWidget *input : std::as_const(m_inputs))
        input->setEnabled(true);
    updateButtons();
}

bool ImportDialog::runStep(const std::function<void(const ImportProgress &)> &step)
{
    if (m_cancelled)
        return false;
    // Reports come from the worker thread; they are shown on this one.
    ImportProgress progress([this](ImportProgress::Step at, int percent) {
        QMetaObject::invokeMethod(this, [this, at, percent] { showProgress(at, percent); }, Qt::QueuedConnection);
    });
    m_running = &progress;
    const auto done = qScopeGuard([this] { m_running = nullptr; });
    try {
        runInBackground([&] { step(progress); });
    } catch (const ImportCancelled &) {
        return false;
    }
    return !m_cancelled;
}

void ImportDialog::showProgress(ImportProgress::Step step, int percent)
{
    if (!m_work)
        return;
    // Each step's share of the bar, roughly as long as it takes.
    struct Share
    {
        int from;
        int to;
    };
    const bool withFile = *m_work == Work::ReadingAndPlanning;
    Share share{0, 100};
    QString label;
    switch (step) {
    case ImportProgress::Step::ReadingFile:
        share = {0, 40};
        label = tr("Reading the file…");
        break;
    case ImportProgress::Step::ReadingFigures:
        share = withFile ? Share{40, 75} : Share{0, 55};
        label = tr("Reading the figures…");
        break;
    case ImportProgress::Step::Planning:
        share = withFile ? Share{75, 100} : Share{55, 100};
        label = tr("Comparing with the stored figures…");
        break;
    }
    const int overall = share.from + (share.to - share.from) * percent / 100;
    // Announced first: once shown, the modal progress dialog handles events
    // inside setValue(), where the next report may arrive.
    Q_EMIT progressChanged(overall);
    m_progressDialog->setLabelText(label);
    m_progressDialog->setValue(overall);
}

} // namespace zhibiao
