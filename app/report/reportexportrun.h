#pragma once

#include "core/domain/period.h"
#include "core/report/reportfile.h"

#include <QObject>
#include <QString>

#include <memory>

class QTimer;

namespace zhibiao {

class ReportExport;
class Workspace;

// A report export run from the event loop, one step per turn: reading the
// report, each part of the file, writing the file. Between steps the window
// repaints and its progress bar moves, with no nested event loop; the
// drawing stays on the GUI thread, as Qt Charts needs. The figures are read
// in the first step, so what changes in the database meanwhile is not in
// this file.
class ReportExportRun : public QObject
{
    Q_OBJECT

public:
    // Idle until started; Done or Failed after the last export, and
    // startable again.
    enum class State { Idle, Exporting, Done, Failed };

    explicit ReportExportRun(Workspace &workspace, QObject *parent = nullptr);
    ~ReportExportRun() override;

    State state() const { return m_state; }
    bool isExporting() const { return m_state == State::Exporting; }

    // Starts writing the summary of year as of asOf to path; not while
    // exporting.
    void start(int year, Period asOf, ReportFormat format, const QString &path);

Q_SIGNALS:
    // done of total parts drawn.
    void progressed(int done, int total);
    // The file at path is complete.
    void finished(const QString &path);
    // Nothing was written; message says why, in the UI language.
    void failed(const QString &message);

private:
    void step();
    void takeStep();
    void fail(const QString &message);

    Workspace &m_workspace;
    QTimer *m_steps;
    State m_state = State::Idle;
    int m_year = 0;
    Period m_asOf = Period::yearEnd();
    ReportFormat m_format = ReportFormat::Pdf;
    QString m_path;
    std::unique_ptr<ReportExport> m_export; // from the first step to the last
};

} // namespace zhibiao
