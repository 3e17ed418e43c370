// Metatype registration for queued observation signals.
#include "core/qt/metatypes.h"

namespace meshscope::coreqt {

void registerMetaTypes()
{
    qRegisterMetaType<meshscope::trace::NodeSnapshot>("meshscope::trace::NodeSnapshot");
    qRegisterMetaType<meshscope::coreqt::TraceBatch>("meshscope::coreqt::TraceBatch");
    qRegisterMetaType<meshscope::coreqt::ParamsUpdate>("meshscope::coreqt::ParamsUpdate");
}

} // namespace meshscope::coreqt
