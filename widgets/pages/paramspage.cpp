#include "widgets/pages/paramspage.h"

#include "core/gossipsub/presets.h"
#include "widgets/models/palettecolours.h"
#include "widgets/models/paramsmodel.h"
#include "widgets/pages/commandclient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace meshscope::widgets {

namespace {

// Keeps parameter rows that differ from the defaults (and the groups holding them) when on.
class ChangedFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    // Turns the filter on or off.
    void setChangedOnly(bool on)
    {
        m_on = on;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (!m_on)
            return true;
        const QModelIndex idx = sourceModel()->index(row, 0, parent);
        return !idx.data(ParamsModel::IsGroupRole).toBool() && idx.data(ParamsModel::ChangedRole).toBool();
    }

private:
    bool m_on = false; // filter active
};

} // namespace

ParamsPage::ParamsPage(ParamsModel* model, CommandClient* commands, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_commands(commands)
    , m_proxy(new ChangedFilter(this))
    , m_view(new QTreeView(this))
    , m_presets(new QComboBox(this))
    , m_changedOnly(new QCheckBox(tr("Show only changed"), this))
    , m_error(new QLabel(this))
    , m_apply(new QPushButton(tr("Apply to node"), this))
{
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setDynamicSortFilter(true);
    m_proxy->setSourceModel(model);
    m_view->setModel(m_proxy);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::SelectedClicked | QAbstractItemView::AnyKeyPressed);
    m_view->expandAll();
    m_view->header()->setSectionResizeMode(ParamsModel::Name, QHeaderView::ResizeToContents);
    connect(m_proxy, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_view, &QTreeView::expandAll);
    m_changedOnly->setToolTip(tr("Show only the parameters whose value differs from the default"));
    connect(m_changedOnly, &QCheckBox::toggled, this, [this](bool on) {
        static_cast<ChangedFilter*>(m_proxy)->setChangedOnly(on);
        m_view->expandAll();
    });
    m_presets->addItem(tr("Preset…"));
    for (const auto& name : gossipsub::presetNames())
        m_presets->addItem(QString::fromStdString(name));
    auto* diff = new QPushButton(tr("Diff against defaults"), this);
    auto* addTopic = new QPushButton(tr("Add topic…"), this);
    addTopic->setToolTip(tr("Add score parameters for a topic"));
    auto* removeTopic = new QPushButton(tr("Remove topic…"), this);
    removeTopic->setToolTip(tr("Remove the score parameters of a topic"));
    auto* save = new QPushButton(tr("Save JSON…"), this);
    auto* load = new QPushButton(tr("Load JSON…"), this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_presets);
    row->addWidget(m_changedOnly);
    row->addWidget(diff);
    row->addWidget(addTopic);
    row->addWidget(removeTopic);
    row->addWidget(save);
    row->addWidget(load);
    row->addStretch(1);
    row->addWidget(m_apply);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        if (index <= 0)
            return;
        if (auto st = m_model->loadPreset(m_presets->itemText(index)); !st)
            showError(QString::fromStdString(st.error().message));
        m_presets->setCurrentIndex(0);
    });
    connect(diff, &QPushButton::clicked, this, &ParamsPage::showDiff);
    connect(addTopic, &QPushButton::clicked, this, &ParamsPage::addTopic);
    connect(removeTopic, &QPushButton::clicked, this, &ParamsPage::removeTopic);
    connect(save, &QPushButton::clicked, this, &ParamsPage::save);
    connect(load, &QPushButton::clicked, this, &ParamsPage::load);
    connect(m_apply, &QPushButton::clicked, this, &ParamsPage::applyToNode);
    connect(model, &ParamsModel::validityChanged, this, [this](bool valid, const QString& message) {
        m_apply->setEnabled(valid);
        if (valid) {
            m_error->setStyleSheet(QString());
            m_error->setText(tr("All parameters are valid."));
        } else {
            showError(message);
        }
    });
    connect(m_commands, &CommandClient::finished, this, [this](quint64, bool ok, const QString& message) {
        if (ok) {
            m_error->setStyleSheet(QString());
            m_error->setText(tr("Applied: %1").arg(message));
        } else {
            showError(tr("The node refused the parameters: %1").arg(message));
        }
    });
    m_apply->setEnabled(m_model->errorText().isEmpty());
}

void ParamsPage::showError(const QString& text)
{
    m_error->setStyleSheet(
        QStringLiteral("color: %1").arg(statusColour(StatusColour::Bad, palette()).name()));
    m_error->setText(text);
}

bool ParamsPage::applyToNode()
{
    auto profile = m_model->profile();
    if (!profile) {
        showError(QString::fromStdString(profile.error().message));
        return false;
    }
    coreqt::ParamsUpdate update;
    update.params = profile->gossipsub;
    update.scoreParams = profile->score;
    update.thresholds = profile->thresholds;
    m_commands->send([update](coreqt::ObservationSource* s, quint64 id) { s->applyParams(id, update); });
    return true;
}

void ParamsPage::showDiff()
{
    const QStringList diff = m_model->diffAgainstDefaults();
    QMessageBox::information(this, tr("Differences from the defaults"),
        diff.isEmpty() ? tr("Every parameter has its default value.") : diff.join(QLatin1Char('\n')));
}

void ParamsPage::addTopic()
{
    bool ok = false;
    const QString topic = QInputDialog::getText(
        this, tr("Add topic"), tr("Topic with its own score parameters:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || topic.trimmed().isEmpty())
        return;
    if (!m_model->addTopic(topic))
        showError(tr("Topic %1 already has score parameters.").arg(topic));
}

void ParamsPage::removeTopic()
{
    const QStringList topics = m_model->scoredTopics();
    if (topics.isEmpty()) {
        showError(tr("No topic has score parameters."));
        return;
    }
    bool ok = false;
    const QString topic
        = QInputDialog::getItem(this, tr("Remove topic"), tr("Topic:"), topics, 0, false, &ok);
    if (ok)
        m_model->removeTopic(topic);
}

bool ParamsPage::saveTo(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(m_model->toJsonText().toUtf8()) < 0) {
        showError(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_error->setStyleSheet(QString());
    m_error->setText(tr("Saved %1").arg(path));
    return true;
}

bool ParamsPage::loadFrom(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Could not read %1: %2").arg(path, file.errorString()));
        return false;
    }
    if (auto st = m_model->loadJson(QString::fromUtf8(file.read(gossipsub::kMaxProfileJsonSize + 1))); !st) {
        showError(tr("%1: %2").arg(path, QString::fromStdString(st.error().message)));
        return false;
    }
    return true;
}

void ParamsPage::save()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save parameters"), QString(), tr("JSON (*.json)"));
    if (!path.isEmpty())
        saveTo(path);
}

void ParamsPage::load()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Load parameters"), QString(), tr("JSON (*.json)"));
    if (!path.isEmpty())
        loadFrom(path);
}

} // namespace meshscope::widgets
