#include "app/gui/liveconfig.h"

#include "core/crypto/keyfile.h"
#include "core/gossipsub/msgid.h"
#include "core/gossipsub/paramsjson.h"
#include "core/gossipsub/presets.h"
#include "core/gossipsub/signing.h"
#include "core/qt/systemrng.h"

#include <QFile>

namespace meshscope::gui {

namespace {

constexpr qint64 kMaxParamsFile = 4 << 20; // --params files larger than this are refused

std::string text(const QString& s) { return s.toStdString(); }

} // namespace

Result<coreqt::NodeHostConfig> nodeHostConfig(const LiveOptions& options)
{
    coreqt::NodeHostConfig config;
    if (!options.listen.isEmpty())
        config.listen = options.listen;
    config.topics = options.topics;
    config.recordPath = options.recordPath;

    auto profile = gossipsub::presetByName(text(options.profile));
    if (!profile)
        return fail("--profile " + text(options.profile) + ": " + profile.error().message);
    config.node.profile = *profile;
    if (!options.paramsFile.isEmpty()) {
        QFile file(options.paramsFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail("--params " + text(options.paramsFile) + ": " + text(file.errorString()));
        if (file.size() > kMaxParamsFile)
            return fail("--params " + text(options.paramsFile) + ": larger than 4 MiB");
        const QByteArray json = file.read(kMaxParamsFile + 1);
        auto parsed = gossipsub::parseProfile(std::string_view(json.constData(), static_cast<std::size_t>(json.size())),
                                              config.node.profile);
        if (!parsed)
            return fail("--params " + text(options.paramsFile) + ": " + parsed.error().message);
        config.node.profile = *parsed;
    }
    auto policy = gossipsub::parseSignPolicy(text(options.signPolicy));
    if (!policy)
        return fail("--sign-policy " + text(options.signPolicy) + ": " + policy.error().message);
    config.node.signPolicy = *policy;
    auto msgId = gossipsub::parseMsgIdFunction(text(options.msgId));
    if (!msgId)
        return fail("--msg-id " + text(options.msgId) + ": " + msgId.error().message);
    config.node.msgId = *msgId;

    if (!options.keyFile.isEmpty()) {
        coreqt::SystemRng rng;
        auto key = crypto::loadOrCreateKeyFile(text(options.keyFile), rng);
        if (!key)
            return fail("--key " + text(options.keyFile) + ": " + key.error().message);
        config.host.identity = *key;
    }
    return config;
}

} // namespace meshscope::gui
