#include "widgets/models/paramsmodel.h"

#include "core/gossipsub/presets.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace meshscope::widgets {

using nlohmann::json;

struct ParamsModel::Node {
    QString key;                        // JSON key shown
    json::json_pointer pointer;         // where its value lives
    Node* parent = nullptr;             // owner, nullptr for the root
    std::vector<std::unique_ptr<Node>> children; // sub-keys of an object
    int row = 0;                        // index in parent->children
    bool leaf = true;                   // a value, not a group
};

namespace {

QString groupTitle(const QString& key)
{
    if (key == QLatin1String("gossipsub"))
        return ParamsModel::tr("Router (gossipsub)");
    if (key == QLatin1String("score"))
        return ParamsModel::tr("Peer scoring");
    if (key == QLatin1String("thresholds"))
        return ParamsModel::tr("Score thresholds");
    if (key == QLatin1String("topics"))
        return ParamsModel::tr("Topic score parameters");
    return key;
}

QString valueText(const json& v)
{
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_number_float()) {
        return QString::number(v.get<double>(), 'g', 10);
    }
    return QString::fromStdString(v.dump());
}

} // namespace

ParamsModel::ParamsModel(QObject* parent) : QAbstractItemModel(parent)
{
    m_defaults = gossipsub::toJson(gossipsub::GossipsubProfile{});
    m_json = m_defaults;
    rebuild();
}

ParamsModel::~ParamsModel() = default;

void ParamsModel::rebuild()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->leaf = false;
    std::function<void(Node*, const json&)> build = [&](Node* node, const json& j) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            auto child = std::make_unique<Node>();
            child->key = QString::fromStdString(it.key());
            child->pointer = node->pointer / it.key();
            child->parent = node;
            child->row = static_cast<int>(node->children.size());
            child->leaf = !it->is_object();
            if (!child->leaf)
                build(child.get(), *it);
            node->children.push_back(std::move(child));
        }
    };
    build(m_root.get(), m_json);
    endResetModel();
    revalidate();
}

void ParamsModel::revalidate()
{
    const bool wasValid = m_error.isEmpty();
    auto result = gossipsub::profileFromJson(m_json);
    m_error = result ? QString() : QString::fromStdString(result.error().message);
    if (m_error.isEmpty())
        m_errorPointer.clear();
    if (wasValid != m_error.isEmpty() || !m_error.isEmpty())
        Q_EMIT validityChanged(m_error.isEmpty(), m_error);
}

ParamsModel::Node* ParamsModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex ParamsModel::index(int row, int column, const QModelIndex& parent) const
{
    Node* p = nodeOf(parent);
    if (!p || row < 0 || column < 0 || column >= ColumnCount || row >= static_cast<int>(p->children.size()))
        return {};
    return createIndex(row, column, p->children[static_cast<std::size_t>(row)].get());
}

QModelIndex ParamsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    Node* n = nodeOf(child);
    if (!n->parent || n->parent == m_root.get())
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int ParamsModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    Node* n = nodeOf(parent);
    return n ? static_cast<int>(n->children.size()) : 0;
}

int ParamsModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

const json* ParamsModel::defaultAt(const json::json_pointer& ptr) const
{
    if (m_defaults.contains(ptr))
        return &m_defaults.at(ptr);
    // per-topic score params: compare with TopicScoreParams defaults
    static const json topicDefaults = gossipsub::toJson(gossipsub::TopicScoreParams{});
    const std::string s = ptr.to_string();
    const std::string prefix = "/score/topics/";
    if (s.rfind(prefix, 0) == 0) {
        const auto slash = s.find('/', prefix.size());
        if (slash != std::string::npos) {
            const json::json_pointer rest(s.substr(slash));
            if (topicDefaults.contains(rest))
                return &topicDefaults.at(rest);
        }
    }
    return nullptr;
}

QVariant ParamsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* n = nodeOf(index);
    if (role == PathRole)
        return QString::fromStdString(n->pointer.to_string());
    const json* def = n->leaf ? defaultAt(n->pointer) : nullptr;
    const json& value = m_json.at(n->pointer);
    const bool changed = n->leaf && (!def || *def != value);
    if (role == ChangedRole)
        return changed;
    const bool isError = !m_errorPointer.isEmpty() && m_errorPointer == QString::fromStdString(n->pointer.to_string());
    if (role == Qt::FontRole && changed && index.column() == Value) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::BackgroundRole && isError && index.column() == Value)
        return QBrush(QColor(0xff, 0xc0, 0xc0));
    if (role == Qt::ForegroundRole && isError && index.column() == Value)
        return QBrush(QColor(0x40, 0, 0));
    if (role == Qt::ToolTipRole && isError)
        return m_error;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Name: return n->leaf ? n->key : groupTitle(n->key);
    case Value: return n->leaf ? valueText(value) : QVariant();
    case Default: return def ? valueText(*def) : QVariant();
    default: return {};
    }
}

Qt::ItemFlags ParamsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Value && nodeOf(index)->leaf)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ParamsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Parameter");
    case Value: return tr("Value");
    case Default: return tr("Default");
    default: return {};
    }
}

bool ParamsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != Value || !nodeOf(index)->leaf)
        return false;
    return setValueAt(QString::fromStdString(nodeOf(index)->pointer.to_string()), value);
}

bool ParamsModel::setValueAt(const QString& pointerText, const QVariant& value)
{
    json::json_pointer ptr;
    try {
        ptr = json::json_pointer(pointerText.toStdString());
    } catch (const json::exception&) {
        return false;
    }
    if (!m_json.contains(ptr) || m_json.at(ptr).is_object())
        return false;
    json& slot = m_json.at(ptr);
    const QString text = value.toString().trimmed();
    json parsed;
    bool ok = true;
    if (slot.is_boolean()) {
        if (value.typeId() == QMetaType::Bool)
            parsed = value.toBool();
        else if (text == QLatin1String("true") || text == QLatin1String("1"))
            parsed = true;
        else if (text == QLatin1String("false") || text == QLatin1String("0"))
            parsed = false;
        else
            ok = false;
    } else if (slot.is_number_integer() || slot.is_number_unsigned()) {
        const qlonglong v = text.toLongLong(&ok);
        parsed = v;
        if (!ok) { // allow "6.0"
            const double d = text.toDouble(&ok);
            ok = ok && d == static_cast<double>(static_cast<qlonglong>(d));
            parsed = static_cast<qlonglong>(d);
        }
    } else if (slot.is_number()) {
        parsed = text.toDouble(&ok);
    } else if (slot.is_string()) {
        parsed = text.toStdString();
    } else {
        parsed = json::parse(text.toStdString(), nullptr, false);
        ok = !parsed.is_discarded();
    }
    const QModelIndex idx = indexOfPath(pointerText);
    if (!ok) {
        m_error = tr("%1: \"%2\" is not a valid %3")
                      .arg(QString::fromStdString(ptr.back()), text,
                           slot.is_boolean() ? tr("boolean") : slot.is_number() ? tr("number") : tr("value"));
        m_errorPointer = pointerText;
        Q_EMIT validityChanged(false, m_error);
        if (idx.isValid())
            Q_EMIT dataChanged(idx.siblingAtColumn(0), idx.siblingAtColumn(ColumnCount - 1));
        return false;
    }
    const QString previousErrorPointer = m_errorPointer;
    slot = parsed;
    m_errorPointer = pointerText;
    revalidate();
    if (idx.isValid())
        Q_EMIT dataChanged(idx.siblingAtColumn(0), idx.siblingAtColumn(ColumnCount - 1));
    if (!previousErrorPointer.isEmpty() && previousErrorPointer != pointerText) {
        const QModelIndex old = indexOfPath(previousErrorPointer);
        if (old.isValid())
            Q_EMIT dataChanged(old.siblingAtColumn(0), old.siblingAtColumn(ColumnCount - 1));
    }
    return true;
}

QModelIndex ParamsModel::indexOfPath(const QString& pointer) const
{
    std::function<const Node*(const Node*)> find = [&](const Node* n) -> const Node* {
        if (QString::fromStdString(n->pointer.to_string()) == pointer)
            return n;
        for (const auto& c : n->children)
            if (const Node* hit = find(c.get()))
                return hit;
        return nullptr;
    };
    const Node* hit = find(m_root.get());
    if (!hit || hit == m_root.get())
        return {};
    return createIndex(hit->row, 0, const_cast<Node*>(hit));
}

void ParamsModel::setProfile(const gossipsub::GossipsubProfile& profile)
{
    m_json = gossipsub::toJson(profile);
    m_errorPointer.clear();
    rebuild();
}

Status ParamsModel::loadPreset(const QString& name)
{
    auto preset = gossipsub::presetByName(name.toStdString());
    if (!preset)
        return fail(preset.error().message);
    setProfile(*preset);
    return {};
}

Status ParamsModel::loadJson(const QString& text)
{
    auto profile = gossipsub::parseProfile(text.toStdString());
    if (!profile)
        return fail(profile.error().message);
    setProfile(*profile);
    return {};
}

QString ParamsModel::toJsonText() const
{
    return QString::fromStdString(m_json.dump(2));
}

Result<gossipsub::GossipsubProfile> ParamsModel::profile() const
{
    return gossipsub::profileFromJson(m_json);
}

QStringList ParamsModel::diffAgainstDefaults() const
{
    QStringList out;
    std::function<void(const Node*)> walk = [&](const Node* n) {
        if (n->leaf) {
            const json* def = defaultAt(n->pointer);
            const json& v = m_json.at(n->pointer);
            if (!def || *def != v)
                out << tr("%1: %2 -> %3")
                           .arg(QString::fromStdString(n->pointer.to_string()), def ? valueText(*def) : tr("(none)"), valueText(v));
            return;
        }
        for (const auto& c : n->children)
            walk(c.get());
    };
    walk(m_root.get());
    return out;
}

} // namespace meshscope::widgets
