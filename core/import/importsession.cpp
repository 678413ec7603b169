#include "core/import/importsession.h"

#include "core/import/importerror.h"
#include "core/import/indicatormatcher.h"
#include "core/import/mappingmemory.h"
#include "core/import/unitmatcher.h"
#include "core/storage/database.h"
#include "core/storage/entryrepository.h"
#include "core/storage/indicatorrepository.h"

#include <QFileInfo>

namespace zhibiao {

ImportSession::ImportSession(const QString &path, const TableFileOptions &options, const ImportProgress &progress)
    : m_fileName(QFileInfo(path).fileName())
    , m_table(readTableFile(path, options, progress))
    , m_layout(detectLayout(m_table))
    , m_mapping(m_layout.mapping)
{
}

void ImportSession::setHeaderRow(int row)
{
    m_layout = layoutWithHeaderAt(m_table, row);
    m_mapping = m_layout.mapping;
    m_remembered = false;
}

void ImportSession::setMapping(const ColumnMapping &mapping)
{
    m_mapping = mapping;
    m_remembered = false;
}

bool ImportSession::recallMapping(const MappingMemory &memory)
{
    if (!m_layout.isRecognised())
        return false;
    const auto remembered = memory.recall(m_layout.signature(), int(m_layout.headers.size()));
    if (!remembered)
        return false;
    m_mapping = *remembered;
    m_remembered = true;
    return true;
}

void ImportSession::rememberMapping(MappingMemory &memory) const
{
    if (m_layout.isRecognised())
        memory.remember(m_layout.signature(), m_mapping);
}

ImportPlan ImportSession::plan(const Database &database, const ImportOptions &options,
                               const ImportProgress &progress) const
{
    Database reader(Database::SecondConnection{database});
    IndicatorRepository indicators(reader);
    EntryRepository entries(reader);
    return ImportPlan::build(readFigures(indicators.all(), options, progress), entries, progress);
}

FigureReading ImportSession::readFigures(const QList<Indicator> &indicators, const ImportOptions &options,
                                         const ImportProgress &progress) const
{
    if (!m_layout.isRecognised()) {
        throw ImportError(tr("No header row was found in “%1”: the first rows should name the columns, e.g. "
                             "指标名称, 单位, 1-5月累计, 同比增长%.")
                              .arg(m_fileName));
    }
    if (const QString problem = m_mapping.problem(); !problem.isEmpty())
        throw ImportError(tr("“%1” cannot be read: %2").arg(m_fileName, problem));
    const IndicatorMatcher matcher(indicators);
    FigureReader reader(matcher, options);
    return reader.read(m_table, m_layout, m_mapping, progress);
}

std::optional<PeerTableReading> ImportSession::cityTable(const QList<ComparisonUnit> &units,
                                                        const QList<Indicator> &indicators,
                                                        const ImportOptions &options) const
{
    if (units.isEmpty())
        return std::nullopt;
    const UnitMatcher unitMatcher(units);
    const IndicatorMatcher indicatorMatcher(indicators);
    return PeerTableReader(unitMatcher, indicatorMatcher, options).read(m_table);
}

} // namespace zhibiao
