#pragma once
// ParamsModel: every gossipsub parameter, score parameter (global and per topic) and threshold as
// an editable tree grouped as the editor shows them (Mesh, Gossip, Fanout/TTL, Backoff, IDONTWANT,
// Limits, Score: global, Score: topic <name> for each configured topic, Thresholds; ParamCatalog).
// Each row has the spec's name, value, default and unit; its tooltip gives the spec's one-line
// meaning. Values that differ from the defaults are bold on a highlight derived from the palette
// (ChangedRole for a "show only changed" filter). Every edit re-validates the whole profile
// (gossipsub::profileFromJson runs each struct's validate(), whose message names the field); the
// rows the message names (and the edited one) are marked, their tooltip gives the reason, and
// profile() refuses an invalid profile. The profile JSON is the single store. Qt Core + Gui only.

#include "core/base/result.h"
#include "core/gossipsub/paramsjson.h"

#include <QAbstractItemModel>
#include <QMap>
#include <QSet>

#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

namespace meshscope::widgets {

struct ParamInfo;

class ParamsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Name, Value, Default, Unit, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, ChangedRole, ErrorRole, IsGroupRole };

    explicit ParamsModel(QObject* parent = nullptr);
    ~ParamsModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shows `profile` (e.g. the running node's parameters from a snapshot); clears any error.
    void setProfile(const gossipsub::GossipsubProfile& profile);
    // Loads a named preset (gossipsub::presetNames()); the error lists valid names.
    Status loadPreset(const QString& name);
    // Loads profile JSON text; on error nothing changes and the message names the key or offset.
    Status loadJson(const QString& text);
    // The current values as profile JSON text.
    QString toJsonText() const;
    // The edited profile, or the validation error naming the field.
    Result<gossipsub::GossipsubProfile> profile() const;
    // The current validation error, empty when valid.
    QString errorText() const { return m_error; }
    // "group name: default -> value" lines for every value that differs from the defaults.
    QStringList diffAgainstDefaults() const;
    // Sets the value at a JSON pointer path ("/gossipsub/d"); same rules as setData().
    bool setValueAt(const QString& pointer, const QVariant& value);
    // The index (column Name) of a JSON pointer path, or invalid.
    QModelIndex indexOfPath(const QString& pointer) const;
    // Adds score parameters for `topic` (TopicScoreParams defaults); false if empty or present.
    bool addTopic(const QString& topic);
    // Removes the score parameters of `topic`; false if it has none.
    bool removeTopic(const QString& topic);
    // Topics with score parameters, sorted.
    QStringList scoredTopics() const;

Q_SIGNALS:
    // The profile became valid (message empty) or invalid (message names the field).
    void validityChanged(bool valid, const QString& message);

private:
    struct Node;
    void rebuild();
    void revalidate();
    void emitRowChanged(const QString& pointer);
    QString pointerNamedBy(const QString& message) const;
    Node* nodeOf(const QModelIndex& index) const;
    const nlohmann::json* defaultAt(const Node& node) const;

    nlohmann::json m_json; // current profile JSON (the values)
    nlohmann::json m_defaults; // the struct defaults as JSON
    nlohmann::json m_topicDefaults; // TopicScoreParams defaults as JSON
    std::unique_ptr<Node> m_root; // groups and their parameter rows
    QString m_error; // validation error, empty when valid
    QSet<QString> m_errorPointers; // rows marked invalid (named by m_error, or edited)
    QMap<QString, QString> m_badText; // pointer -> text that did not parse as the value's type
};

} // namespace meshscope::widgets
