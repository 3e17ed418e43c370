#pragma once
// ParamsPage: the parameter editor over ParamsModel: grouped tree (spec name, value, default,
// unit; tooltip with the spec's meaning), inline validation (the marked row's tooltip and the
// message under the tree give the reason, naming the field as validate() does; Apply is disabled
// while invalid), presets, "changed from default" highlight with a "show only changed" filter and
// a diff listing, per-topic score parameters added and removed, apply to the running node, save
// and load JSON.

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace meshscope::widgets {

class CommandClient;
class ParamsModel;

class ParamsPage : public QWidget {
    Q_OBJECT
public:
    ParamsPage(ParamsModel* model, CommandClient* commands, QWidget* parent = nullptr);

    // Sends the edited profile to the source; false (message shown) when invalid.
    bool applyToNode();
    // Saves the profile JSON to `path`; false (message shown) on a write error.
    bool saveTo(const QString& path);
    // Loads profile JSON from `path`; false (message shown, values kept) on error.
    bool loadFrom(const QString& path);
    QLabel* errorLabel() const { return m_error; }
    QPushButton* applyButton() const { return m_apply; }
    QCheckBox* changedOnlyBox() const { return m_changedOnly; }
    QTreeView* view() const { return m_view; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }

private:
    void showDiff();
    void save();
    void load();
    void addTopic();
    void removeTopic();
    void showError(const QString& text);

    ParamsModel* m_model; // values
    CommandClient* m_commands; // to the source
    QSortFilterProxyModel* m_proxy; // "show only changed" filter
    QTreeView* m_view; // tree
    QComboBox* m_presets; // preset names
    QCheckBox* m_changedOnly; // show only values that differ from the defaults
    QLabel* m_error; // validation / command result
    QPushButton* m_apply; // apply button (disabled while invalid)
};

} // namespace meshscope::widgets
