#include "widgets/pages/paramspage.h"

#include "core/gossipsub/presets.h"
#include "widgets/models/paramsmodel.h"
#include "widgets/pages/commandclient.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace meshscope::widgets {

ParamsPage::ParamsPage(ParamsModel* model, CommandClient* commands, QWidget* parent)
    : QWidget(parent), m_model(model), m_commands(commands), m_view(new QTreeView(this)), m_presets(new QComboBox(this)),
      m_error(new QLabel(this)), m_apply(new QPushButton(tr("Apply to node"), this))
{
    m_view->setModel(model);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->expandToDepth(0);
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(model, &QAbstractItemModel::modelReset, m_view, [this] { m_view->expandToDepth(0); });
    m_presets->addItem(tr("Preset…"));
    for (const auto& name : gossipsub::presetNames())
        m_presets->addItem(QString::fromStdString(name));
    auto* diff = new QPushButton(tr("Diff against defaults"), this);
    auto* save = new QPushButton(tr("Save JSON…"), this);
    auto* load = new QPushButton(tr("Load JSON…"), this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_presets);
    row->addWidget(diff);
    row->addWidget(save);
    row->addWidget(load);
    row->addStretch(1);
    row->addWidget(m_apply);
    m_error->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        if (index <= 0)
            return;
        if (auto st = m_model->loadPreset(m_presets->itemText(index)); !st)
            m_error->setText(QString::fromStdString(st.error().message));
        m_presets->setCurrentIndex(0);
    });
    connect(diff, &QPushButton::clicked, this, &ParamsPage::showDiff);
    connect(save, &QPushButton::clicked, this, &ParamsPage::save);
    connect(load, &QPushButton::clicked, this, &ParamsPage::load);
    connect(m_apply, &QPushButton::clicked, this, &ParamsPage::applyToNode);
    connect(model, &ParamsModel::validityChanged, this, [this](bool valid, const QString& message) {
        m_apply->setEnabled(valid);
        m_error->setStyleSheet(valid ? QString() : QStringLiteral("color: #c03030"));
        m_error->setText(valid ? tr("All parameters are valid.") : message);
    });
    connect(m_commands, &CommandClient::finished, this, [this](quint64, bool ok, const QString& message) {
        m_error->setStyleSheet(ok ? QString() : QStringLiteral("color: #c03030"));
        m_error->setText(ok ? tr("Applied: %1").arg(message) : tr("The node refused the parameters: %1").arg(message));
    });
}

bool ParamsPage::applyToNode()
{
    auto profile = m_model->profile();
    if (!profile) {
        m_error->setStyleSheet(QStringLiteral("color: #c03030"));
        m_error->setText(QString::fromStdString(profile.error().message));
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

void ParamsPage::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save parameters"), QString(), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(m_model->toJsonText().toUtf8()) < 0)
        m_error->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
}

void ParamsPage::load()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load parameters"), QString(), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->setText(tr("Could not read %1: %2").arg(path, file.errorString()));
        return;
    }
    if (auto st = m_model->loadJson(QString::fromUtf8(file.read(gossipsub::kMaxProfileJsonSize + 1))); !st) {
        m_error->setStyleSheet(QStringLiteral("color: #c03030"));
        m_error->setText(tr("%1: %2").arg(path, QString::fromStdString(st.error().message)));
    }
}

} // namespace meshscope::widgets
