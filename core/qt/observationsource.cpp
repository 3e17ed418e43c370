// Default command handling of ObservationSource: sources that cannot act answer "not supported".
#include "core/qt/observationsource.h"

namespace meshscope::coreqt {

const char* sourceKindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Live: return "live";
    case SourceKind::Recording: return "recording";
    case SourceKind::Simulation: return "simulation";
    case SourceKind::Synthetic: return "synthetic";
    }
    return "unknown";
}

ObservationSource::ObservationSource(QObject* parent)
    : QObject(parent)
{
}

ObservationSource::~ObservationSource() = default;

void ObservationSource::notSupported(quint64 requestId)
{
    Q_EMIT commandFinished(requestId, false, tr("not supported by this source"));
}

void ObservationSource::dial(quint64 requestId, const QString&) { notSupported(requestId); }
void ObservationSource::disconnectPeer(quint64 requestId, const QString&) { notSupported(requestId); }
void ObservationSource::subscribe(quint64 requestId, const QString&) { notSupported(requestId); }
void ObservationSource::unsubscribe(quint64 requestId, const QString&) { notSupported(requestId); }
void ObservationSource::publish(quint64 requestId, const QString&, const QByteArray&) { notSupported(requestId); }
void ObservationSource::applyParams(quint64 requestId, const ParamsUpdate&) { notSupported(requestId); }
void ObservationSource::addDirectPeer(quint64 requestId, const QString&) { notSupported(requestId); }
void ObservationSource::removeDirectPeer(quint64 requestId, const QString&) { notSupported(requestId); }

} // namespace meshscope::coreqt
