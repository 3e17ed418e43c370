#pragma once
// ParamsPage: the parameter editor over ParamsModel: grouped tree (spec name, value, default,
// changed values bold), inline validation (the error names the field and the row turns red),
// presets, diff against the defaults, apply to the running node, save and load JSON.

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
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
    QLabel* errorLabel() const { return m_error; }
    QPushButton* applyButton() const { return m_apply; }

private:
    void showDiff();
    void save();
    void load();

    ParamsModel* m_model;       // values
    CommandClient* m_commands;  // to the source
    QTreeView* m_view;          // tree
    QComboBox* m_presets;       // preset names
    QLabel* m_error;            // validation / command result
    QPushButton* m_apply;       // apply button (disabled while invalid)
};

} // namespace meshscope::widgets
