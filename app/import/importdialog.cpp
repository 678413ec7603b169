#include "app/import/importdialog.h"

#include "app/import/columnmappingtable.h"

#include "core/domain/years.h"
#include "core/import/importerror.h"
#include "core/import/importsummary.h"
#include "core/import/mappingmemory.h"
#include "core/storage/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

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
    m_year->setRange(NoYear, LastYear); // NoYear: "from the file"
    m_year->setSpecialValueText(tr("From the file"));
    m_period = newMonthChooser(tr("From the file"), this);
    m_period->setObjectName(u"period"_s);

    auto *options = new QFormLayout;
    options->addRow(tr("Text encoding:"), m_encoding);
    options->addRow(tr("Header row:"), m_headerRow);
    options->addRow(tr("Year, where the file names none:"), m_year);
    options->addRow(tr("Period, where the file names none:"), m_period);

    m_table = new ColumnMappingTable(this);
    m_table->setObjectName(u"mapping"_s);
    m_mappingNote = new QLabel(this);
    m_mappingNote->setWordWrap(true);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setReadOnly(true);
    m_skipRejected = new QCheckBox(tr("Import the other rows and leave out the rejected ones"), this);
    m_skipRejected->setObjectName(u"skipRejected"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importButton"_s);
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
    // Modal, so that the window stays out of reach while a file is read
    // for it. Its bar is moved directly, never through setValue(), which on
    // a modal progress dialog handles events in place: the step's end
    // could arrive inside it.
    m_progressDialog = new QProgressDialog(this);
    m_progressDialog->setObjectName(u"progress"_s);
    m_progressDialog->setWindowTitle(windowTitle());
    m_progressDialog->setCancelButtonText(tr("Cancel"));
    m_progressBar = new QProgressBar(m_progressDialog);
    m_progressDialog->setBar(m_progressBar);
    m_progressDialog->setRange(0, 100);
    m_progressDialog->setWindowModality(Qt::WindowModal);
    m_progressDialog->setMinimumDuration(400); // a small file never shows it
    m_progressDialog->setAutoReset(false);
    m_progressDialog->reset(); // no showing up before the first step
    connect(m_progressDialog, &QProgressDialog::canceled, this, &ImportDialog::cancelStep);

    connect(&m_reading, &QFutureWatcherBase::finished, this, &ImportDialog::readingFinished);
    connect(&m_planning, &QFutureWatcherBase::finished, this, &ImportDialog::planningFinished);
    connect(m_table, &ColumnMappingTable::mappingChosen, this, &ImportDialog::mappingChosen);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_path.isEmpty())
            load(m_path, TextEncoding(m_encoding->currentData().toInt()));
    });
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this](int row) {
        if (!m_session || isBusy())
            return;
        m_session->setHeaderRow(row - 1);
        showSession();
        replan();
    });
    connect(m_year, &QSpinBox::valueChanged, this, &ImportDialog::replan);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ImportDialog::replan);
    // Only what Apply does changes: the plan lists the rejected rows either way.
    connect(m_skipRejected, &QCheckBox::toggled, this, &ImportDialog::updateInputs);
    updateInputs();
}

ImportDialog::~ImportDialog()
{
    stopStep();
}

QString ImportDialog::fileName() const
{
    return m_session ? m_session->fileName() : QFileInfo(m_path).fileName();
}

void ImportDialog::setState(State state)
{
    m_state = state;
    updateInputs();
    Q_EMIT stateChanged(state);
    if (!isBusy()) {
        m_progressDialog->reset();
        Q_EMIT settled();
    }
}

void ImportDialog::load(const QString &path, TextEncoding encoding)
{
    stopStep();
    startReading(path, encoding);
}

void ImportDialog::startReading(const QString &path, TextEncoding encoding)
{
    m_readingPath = path;
    m_error.clear();
    m_readingWithFile = true;
    m_planAgain = false;
    m_mappingEdited = false;
    m_plan.reset();
    m_progressDialog->setLabelText(tr("Reading the file…"));
    m_progressDialog->reset();
    m_progressDialog->setValue(0); // starts the clock: shown only when the work takes a while
    std::shared_ptr<ImportProgress> progress = newProgress();
    const TableFileOptions options{encoding, {}};
    m_reading.setFuture(runTask<ImportSession>(
        [path, options, progress] { return ImportSession(path, options, *progress); }));
    setState(State::Reading);
}

void ImportDialog::readingFinished()
{
    if (m_state != State::Reading)
        return; // a step given up by load()
    const bool cancelled = m_progress->isCancelled();
    std::shared_ptr<ImportSession> session;
    try {
        session = m_reading.result().take();
        if (cancelled)
            session.reset(); // even when the Cancel came just as reading ended
    } catch (const ImportCancelled &) {
    } catch (const ImportError &error) {
        m_error = error.message();
    }
    if (!session) {
        if (cancelled || m_error.isEmpty())
            m_error = tr("Reading “%1” was cancelled.").arg(QFileInfo(m_readingPath).fileName());
        m_preview->setPlainText(m_error);
        m_session.reset();
        setState(State::Empty);
        return;
    }
    // The city's table has a preview of its own (ImportController).
    if (auto city = session->cityTable(m_workspace.comparison().units(), m_workspace.indicators().all(), {})) {
        m_cityTable = std::move(city);
        m_path = m_readingPath;
        m_session.reset();
        setState(State::Empty);
        return;
    }
    m_session = std::move(session);
    m_path = m_readingPath;
    m_error.clear();
    QSettings settings;
    m_session->recallMapping(MappingMemory(settings));
    showSession();
    startPlanning();
}

void ImportDialog::showSession()
{
    {
        const QSignalBlocker filling(m_headerRow); // the file's own header row: nothing to plan again
        m_headerRow->setMaximum(std::max(1, m_session->table().rowCount()));
        m_headerRow->setValue(m_session->layout().headerRow + 1);
    }
    m_table->show(*m_session);
}

void ImportDialog::mappingChosen()
{
    if (m_state == State::Planning) {
        // The plan under way reads the session: its mapping changes when it is done.
        m_mappingEdited = true;
        m_planAgain = true;
        return;
    }
    takeMappingFromTable();
    replan();
}

void ImportDialog::takeMappingFromTable()
{
    m_mappingEdited = false;
    if (!m_session)
        return;
    m_session->setMapping(m_table->chosenMapping(m_session->mapping()));
}

void ImportDialog::replan()
{
    if (!m_session || m_state == State::Reading)
        return;
    if (m_state == State::Planning) {
        m_planAgain = true;
        return;
    }
    m_readingWithFile = false;
    startPlanning();
}

void ImportDialog::startPlanning()
{
    m_planAgain = false;
    m_plan.reset();
    m_mappingNote->setText(m_session->usesRememberedMapping()
                               ? tr("Columns as you chose them for a file of this layout before.")
                               : tr("Columns as guessed from the headers: correct them where they are wrong."));
    ImportOptions options;
    if (m_year->value() != NoYear)
        options.year = m_year->value();
    if (const int month = m_period->currentData().toInt(); month > 0)
        options.month = month;
    if (!m_readingWithFile) {
        m_progressDialog->reset();
        m_progressDialog->setValue(0);
    }
    std::shared_ptr<ImportProgress> progress = newProgress();
    const Database &database = m_workspace.database(); // outlives the dialog, which waits for the plan
    m_planning.setFuture(runTask<ImportPlan>([session = std::shared_ptr<const ImportSession>(m_session), &database,
                                              options, progress] {
        return session->plan(database, options, *progress);
    }));
    setState(State::Planning);
}

void ImportDialog::planningFinished()
{
    if (m_state != State::Planning)
        return; // a step given up by load()
    const bool cancelled = m_progress->isCancelled();
    if (m_planAgain && !cancelled) {
        if (m_mappingEdited)
            takeMappingFromTable(); // the choices made meanwhile, now that the session is free
        m_readingWithFile = false;
        startPlanning();
        return;
    }
    try {
        std::shared_ptr<ImportPlan> plan = m_planning.result().take();
        if (cancelled)
            throw ImportCancelled();
        m_plan = std::move(plan);
        m_preview->setPlainText(ImportSummary::describe(*m_plan, m_session->fileName(),
                                                        m_session->table().description,
                                                        m_workspace.indicators().all()));
        setState(State::Ready);
        return;
    } catch (const ImportCancelled &) {
        m_preview->setPlainText(tr("The preview was cancelled; change an option to try again."));
    } catch (const UserError &error) {
        m_preview->setPlainText(error.message());
    }
    setState(State::Mapping);
}

void ImportDialog::updateInputs()
{
    // The user must not change the mapping under a step that reads it.
    for (QWidget *input : std::as_const(m_inputs))
        input->setEnabled(!isBusy());
    const bool hasWrites = m_plan && m_plan->writeCount() > 0;
    const bool rejectedOk = m_plan && (m_plan->rejected().isEmpty() || m_skipRejected->isChecked());
    m_skipRejected->setEnabled(!isBusy() && m_plan && !m_plan->rejected().isEmpty());
    m_importButton->setEnabled(m_state == State::Ready && hasWrites && rejectedOk);
}

ImportPlan::RejectedRows ImportDialog::rejectedRows() const
{
    return m_skipRejected->isChecked() ? ImportPlan::RejectedRows::Skip : ImportPlan::RejectedRows::Refuse;
}

void ImportDialog::accept()
{
    if (!m_importButton->isEnabled())
        return;
    QSettings settings;
    MappingMemory memory(settings);
    m_session->rememberMapping(memory);
    QDialog::accept();
}

void ImportDialog::reject()
{
    cancelStep();
    QDialog::reject();
}

void ImportDialog::cancelStep()
{
    if (m_progress)
        m_progress->cancel();
}

void ImportDialog::stopStep()
{
    if (!isBusy())
        return;
    cancelStep();
    // Cancelled steps end within a moment: they look at the flag as they go.
    m_reading.waitForFinished();
    m_planning.waitForFinished();
}

std::shared_ptr<ImportProgress> ImportDialog::newProgress()
{
    // Reports come from the worker thread; they are shown on this one.
    m_progress = std::make_shared<ImportProgress>([this](ImportProgress::Step at, int percent) {
        QMetaObject::invokeMethod(this, [this, at, percent] { showProgress(at, percent); }, Qt::QueuedConnection);
    });
    return m_progress;
}

void ImportDialog::showProgress(ImportProgress::Step step, int percent)
{
    if (!isBusy())
        return; // a report queued before the step ended
    // Each step's share of the bar, roughly as long as it takes.
    struct Share
    {
        int from;
        int to;
    };
    Share share{0, 100};
    QString label;
    switch (step) {
    case ImportProgress::Step::ReadingFile:
        share = {0, 40};
        label = tr("Reading the file…");
        break;
    case ImportProgress::Step::ReadingFigures:
        share = m_readingWithFile ? Share{40, 75} : Share{0, 55};
        label = tr("Reading the figures…");
        break;
    case ImportProgress::Step::Planning:
        share = m_readingWithFile ? Share{75, 100} : Share{55, 100};
        label = tr("Comparing with the stored figures…");
        break;
    }
    const int overall = share.from + (share.to - share.from) * percent / 100;
    Q_EMIT progressChanged(overall);
    m_progressDialog->setLabelText(label);
    m_progressBar->setValue(overall);
}

} // namespace zhibiao
