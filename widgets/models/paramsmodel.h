#pragma once
// ParamsModel: every gossipsub parameter, score parameter (global and per topic) and threshold as
// an editable tree, grouped as the profile JSON is ("gossipsub", "score", "thresholds"), each row
// with its spec name (the snake_case JSON key), value and default. Values that differ from the
// defaults are bold. Every edit re-validates the whole profile (gossipsub::profileFromJson runs
// each struct's validate(), whose message names the field); the error is kept and shown on the
// offending row, and profile() refuses to hand out an invalid profile. Qt Core + Gui only.

#include "core/base/result.h"
#include "core/gossipsub/paramsjson.h"

#include <QAbstractItemModel>

#include <nlohmann/json.hpp>

#include <memory>
#include <vector>

namespace meshscope::widgets {

class ParamsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Name, Value, Default, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, ChangedRole };

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

    // Shows `profile` (e.g. the running node's parameters from a snapshot).
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
    // "key: default -> value" lines for every value that differs from the defaults.
    QStringList diffAgainstDefaults() const;
    // Sets the value at a JSON pointer path ("/gossipsub/d"); same rules as setData().
    bool setValueAt(const QString& pointer, const QVariant& value);
    // The index of a JSON pointer path, or invalid.
    QModelIndex indexOfPath(const QString& pointer) const;

Q_SIGNALS:
    // The profile became valid (message empty) or invalid (message names the field).
    void validityChanged(bool valid, const QString& message);

private:
    struct Node;
    void rebuild();
    void revalidate();
    Node* nodeOf(const QModelIndex& index) const;
    const nlohmann::json* defaultAt(const nlohmann::json::json_pointer& ptr) const;

    nlohmann::json m_json;        // current profile JSON
    nlohmann::json m_defaults;    // the struct defaults as JSON
    std::unique_ptr<Node> m_root; // tree over m_json's structure
    QString m_error;              // validation error, empty when valid
    QString m_errorPointer;       // JSON pointer of the last edited invalid field
};

} // namespace meshscope::widgets
