#pragma once
// The GUI's logging category, meshscope.ui (enable with QT_LOGGING_RULES="meshscope.ui.debug=true").

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcUi)
// Handler timings over a threshold (the GUI benchmark turns it on).
Q_DECLARE_LOGGING_CATEGORY(lcUiTiming)
