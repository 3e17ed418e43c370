#pragma once
// Qt metatype declarations for the value types that cross threads in queued signals
// (NodeSnapshot, TraceBatch, ParamsUpdate). Call registerMetaTypes() once before making queued
// connections (QCoreApplication setup, or a test's main); it is idempotent and thread-safe.

#include "core/qt/observationsource.h"

#include <QMetaType>

Q_DECLARE_METATYPE(meshscope::trace::NodeSnapshot)
Q_DECLARE_METATYPE(meshscope::coreqt::TraceBatch)
Q_DECLARE_METATYPE(meshscope::coreqt::ParamsUpdate)

namespace meshscope::coreqt {

// Registers the observation types with Qt's metatype system.
void registerMetaTypes();

} // namespace meshscope::coreqt
