#include "app/report/reportexportrun.h"

#include "app/report/reportexport.h"
#include "core/domain/usererror.h"

#include <QTimer>

namespace zhibiao {

ReportExportRun::ReportExportRun(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_steps(new QTimer(this))
{
    // A zero timer fires once the events waiting have been handled: the
    // export takes the turns the window leaves free.
    m_steps->setInterval(0);
    connect(m_steps, &QTimer::timeout, this, &ReportExportRun::step);
}

ReportExportRun::~ReportExportRun() = default; // ReportExport is complete here

void ReportExportRun::start(int year, Period asOf, ReportFormat format, const QString &path)
{
    Q_ASSERT(!isExporting());
    m_year = year;
    m_asOf = asOf;
    m_format = format;
    m_path = path;
    m_state = State::Exporting;
    m_steps->start();
}

void ReportExportRun::step()
{
    try {
        takeStep();
    } catch (const UserError &error) {
        fail(error.message());
    }
}

void ReportExportRun::takeStep()
{
    if (!m_export) {
        m_export = std::make_unique<ReportExport>(m_workspace, m_year, m_asOf, m_format, m_path);
        Q_EMIT progressed(0, m_export->partCount());
    } else if (!m_export->allDrawn()) {
        m_export->drawNextPart();
        Q_EMIT progressed(m_export->partsDrawn(), m_export->partCount());
    } else {
        m_export->finish();
        m_export.reset();
        m_steps->stop();
        m_state = State::Done;
        // A copy, and last: a receiver may start another export.
        const QString written = m_path;
        Q_EMIT finished(written);
    }
}

void ReportExportRun::fail(const QString &message)
{
    m_export.reset(); // its temporary file goes with it
    m_steps->stop();
    m_state = State::Failed;
    Q_EMIT failed(message);
}

} // namespace zhibiao
