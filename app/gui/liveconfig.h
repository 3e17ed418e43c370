#pragma once
// The live node's configuration from the GUI's node options (ARCHITECTURE.md "The command
// line": --listen --key --topic --profile --params --sign-policy --msg-id --record). Errors name
// the option and what is wrong with it.

#include "core/base/result.h"
#include "core/qt/nodehost.h"

#include <QString>
#include <QStringList>

namespace meshscope::gui {

struct LiveOptions {
    QStringList listen;                                   // --listen (default 127.0.0.1, any port)
    QString keyFile;                                      // --key FILE (created if missing); empty: ephemeral
    QStringList topics;                                   // --topic (repeatable)
    QString profile = QStringLiteral("libp2p");           // --profile
    QString paramsFile;                                   // --params FILE.json
    QString signPolicy = QStringLiteral("strict-sign");   // --sign-policy
    QString msgId = QStringLiteral("js");                 // --msg-id
    QString recordPath;                                   // --record FILE
};

// Builds the NodeHost configuration (loads or creates the key file, reads the params file).
Result<coreqt::NodeHostConfig> nodeHostConfig(const LiveOptions& options);

} // namespace meshscope::gui
