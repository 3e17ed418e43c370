#pragma once
// ParamCatalog: what the parameter editor knows about each key of the profile JSON
// (core/gossipsub/paramsjson.h): its group, the spec's name, the name validate() uses in its
// messages, its unit and the spec's one-line meaning (translatable). Static data, no Qt objects.

#include <QString>

#include <vector>

namespace meshscope::widgets {

// Editor groups, in display order ("Score: topic <name>" repeats once per configured topic).
enum class ParamGroup {
    Mesh,
    Gossip,
    FanoutTtl,
    Backoff,
    Idontwant,
    Limits,
    ScoreGlobal,
    ScoreTopic,
    Thresholds
};

// Which object of the profile JSON holds a key.
enum class ParamSection { Gossipsub, Score, Topic, Thresholds };

struct ParamInfo {
    ParamSection section; // JSON object holding the key
    ParamGroup group; // editor group
    const char* key; // JSON key ("d_lo", "heartbeat_interval_ms")
    const char* spec; // the spec's name ("D_low", "heartbeat_interval")
    const char* field; // the name validate() messages start with ("Dlo")
    const char* unit; // untranslated unit id: "", "ms", "bytes", "heartbeats", "peers", "list"
    const char* meaning; // the spec's one-line meaning (QT_TRANSLATE_NOOP context "ParamCatalog")
};

// Every parameter, router first, then score (global), topic score, thresholds.
const std::vector<ParamInfo>& paramCatalog();
// The entry for `key` in `section`, or nullptr.
const ParamInfo* findParam(ParamSection section, const QString& key);
// The entry whose validate() name is `field` in `section`, or nullptr.
const ParamInfo* findParamByField(ParamSection section, const QString& field);
// Translated group title; `topic` names the topic of a ScoreTopic group.
QString paramGroupTitle(ParamGroup group, const QString& topic = {});
// Translated meaning and unit of an entry.
QString paramMeaning(const ParamInfo& info);
QString paramUnit(const ParamInfo& info);

} // namespace meshscope::widgets
