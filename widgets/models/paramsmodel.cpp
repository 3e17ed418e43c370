#include "widgets/models/paramsmodel.h"

#include "core/gossipsub/presets.h"
#include "widgets/models/palettecolours.h"
#include "widgets/models/paramcatalog.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>

#include <cmath>
#include <functional>

namespace meshscope::widgets {

using nlohmann::json;

struct ParamsModel::Node {
    QString title; // group title (groups only)
    const ParamInfo* info = nullptr; // the parameter (rows only)
    json::json_pointer pointer; // where a row's value lives in the profile JSON
    Node* parent = nullptr; // owner, nullptr for the root
    std::vector<std::unique_ptr<Node>> children; // a group's rows
    int row = 0; // index in parent->children
    bool topicRow = false; // a per-topic score parameter
};

namespace {

QString valueText(const json& v)
{
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_number_float())
        return QString::number(v.get<double>(), 'g', 10);
    if (v.is_array()) {
        QStringList parts;
        for (const auto& e : v)
            parts << (e.is_string() ? QString::fromStdString(e.get<std::string>())
                                    : QString::fromStdString(e.dump()));
        return parts.join(QStringLiteral(", "));
    }
    return QString::fromStdString(v.dump());
}

QString sectionPrefix(ParamSection s)
{
    switch (s) {
    case ParamSection::Gossipsub:
        return QStringLiteral("/gossipsub/");
    case ParamSection::Score:
        return QStringLiteral("/score/");
    case ParamSection::Thresholds:
        return QStringLiteral("/thresholds/");
    case ParamSection::Topic:
        break;
    }
    return {};
}

} // namespace

ParamsModel::ParamsModel(QObject* parent)
    : QAbstractItemModel(parent)
{
    m_defaults = gossipsub::toJson(gossipsub::GossipsubProfile {});
    m_topicDefaults = gossipsub::toJson(gossipsub::TopicScoreParams {});
    m_json = m_defaults;
    rebuild();
}

ParamsModel::~ParamsModel() = default;

void ParamsModel::rebuild()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    auto addGroup = [&](const QString& title) {
        auto g = std::make_unique<Node>();
        g->title = title;
        g->parent = m_root.get();
        g->row = static_cast<int>(m_root->children.size());
        m_root->children.push_back(std::move(g));
        return m_root->children.back().get();
    };
    auto addRow = [&](Node* group, const ParamInfo& info, const json::json_pointer& ptr, bool topicRow) {
        if (!m_json.contains(ptr))
            return;
        auto n = std::make_unique<Node>();
        n->info = &info;
        n->pointer = ptr;
        n->parent = group;
        n->topicRow = topicRow;
        n->row = static_cast<int>(group->children.size());
        group->children.push_back(std::move(n));
    };
    const ParamGroup order[] = { ParamGroup::Mesh, ParamGroup::Gossip, ParamGroup::FanoutTtl,
        ParamGroup::Backoff, ParamGroup::Idontwant, ParamGroup::Limits, ParamGroup::ScoreGlobal,
        ParamGroup::ScoreTopic, ParamGroup::Thresholds };
    for (ParamGroup group : order) {
        if (group == ParamGroup::ScoreTopic) {
            const json::json_pointer topicsPtr("/score/topics");
            if (!m_json.contains(topicsPtr) || !m_json.at(topicsPtr).is_object())
                continue;
            for (const auto& [topic, params] : m_json.at(topicsPtr).items()) {
                Node* g = addGroup(paramGroupTitle(group, QString::fromStdString(topic)));
                for (const auto& info : paramCatalog())
                    if (info.section == ParamSection::Topic)
                        addRow(g, info, topicsPtr / topic / info.key, true);
            }
            continue;
        }
        Node* g = addGroup(paramGroupTitle(group));
        for (const auto& info : paramCatalog())
            if (info.group == group)
                addRow(
                    g, info, json::json_pointer(sectionPrefix(info.section).toStdString() + info.key), false);
    }
    endResetModel();
    revalidate();
}

QString ParamsModel::pointerNamedBy(const QString& message) const
{
    // "gossipsub: Dlo must ...", "score: topic \"t\": TopicWeight must ...", "thresholds: ..."
    const int colon = message.indexOf(QStringLiteral(": "));
    if (colon < 0)
        return {};
    const QString head = message.left(colon);
    QString rest = message.mid(colon + 2);
    ParamSection section;
    QString prefix;
    if (head == QLatin1String("gossipsub")) {
        section = ParamSection::Gossipsub;
    } else if (head == QLatin1String("thresholds")) {
        section = ParamSection::Thresholds;
    } else if (head == QLatin1String("score")) {
        section = ParamSection::Score;
        if (rest.startsWith(QLatin1String("topic \""))) {
            const int end = rest.indexOf(QStringLiteral("\": "));
            if (end < 0)
                return {};
            const QString topic = rest.mid(7, end - 7);
            rest = rest.mid(end + 3);
            section = ParamSection::Topic;
            prefix = QString::fromStdString(
                         (json::json_pointer("/score/topics") / topic.toStdString()).to_string())
                + QLatin1Char('/');
        }
    } else {
        return {};
    }
    const QString field = rest.section(QLatin1Char(' '), 0, 0);
    const ParamInfo* info = findParamByField(section, field);
    if (!info)
        return {};
    if (prefix.isEmpty())
        prefix = sectionPrefix(section);
    return prefix + QLatin1String(info->key);
}

void ParamsModel::revalidate()
{
    const bool wasValid = m_error.isEmpty();
    const QSet<QString> before = m_errorPointers;
    m_errorPointers.clear();
    if (!m_badText.isEmpty()) {
        const auto it = m_badText.constBegin();
        const Node* n = nodeOf(indexOfPath(it.key()));
        QString name = it.key(), kind = tr("value");
        if (n && n->info) {
            const json& slot = m_json.at(n->pointer);
            name = QLatin1String(n->info->field);
            kind = slot.is_boolean() ? tr("boolean (true or false)")
                : slot.is_number_integer() && !it.key().endsWith(QLatin1String("_ms")) ? tr("whole number")
                : slot.is_number()                                                     ? tr("number")
                                                                                       : tr("value");
        }
        m_error = tr("%1: \"%2\" is not a valid %3").arg(name, it.value(), kind);
        for (auto b = m_badText.constBegin(); b != m_badText.constEnd(); ++b)
            m_errorPointers.insert(b.key());
    } else {
        auto result = gossipsub::profileFromJson(m_json);
        m_error = result ? QString() : QString::fromStdString(result.error().message);
        if (!m_error.isEmpty()) {
            const QString named = pointerNamedBy(m_error);
            if (!named.isEmpty())
                m_errorPointers.insert(named);
        }
    }
    for (const QString& p : before)
        if (!m_errorPointers.contains(p))
            emitRowChanged(p);
    for (const QString& p : std::as_const(m_errorPointers))
        emitRowChanged(p);
    if (wasValid != m_error.isEmpty() || !m_error.isEmpty())
        Q_EMIT validityChanged(m_error.isEmpty(), m_error);
}

void ParamsModel::emitRowChanged(const QString& pointer)
{
    const QModelIndex idx = indexOfPath(pointer);
    if (idx.isValid())
        Q_EMIT dataChanged(idx.siblingAtColumn(0), idx.siblingAtColumn(ColumnCount - 1));
}

ParamsModel::Node* ParamsModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex ParamsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return {};
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

const json* ParamsModel::defaultAt(const Node& node) const
{
    if (!node.info)
        return nullptr;
    if (node.topicRow) {
        const auto it = m_topicDefaults.find(node.info->key);
        return it == m_topicDefaults.end() ? nullptr : &*it;
    }
    return m_defaults.contains(node.pointer) ? &m_defaults.at(node.pointer) : nullptr;
}

QVariant ParamsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* n = nodeOf(index);
    if (role == IsGroupRole)
        return n->info == nullptr;
    if (!n->info) { // a group
        if (role == Qt::DisplayRole && index.column() == Name)
            return n->title;
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    const QString pointer = QString::fromStdString(n->pointer.to_string());
    if (role == PathRole)
        return pointer;
    const json* def = defaultAt(*n);
    const json& value = m_json.at(n->pointer);
    const bool changed = !def || *def != value;
    const bool isError = m_errorPointers.contains(pointer);
    if (role == ChangedRole)
        return changed;
    if (role == ErrorRole)
        return isError;
    const QPalette pal = appPalette();
    switch (role) {
    case Qt::FontRole:
        if (changed && index.column() == Value) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (isError && index.column() == Value)
            return QBrush(
                blendColours(pal.color(QPalette::Base), statusColour(StatusColour::Bad, pal), 0.45));
        if (changed)
            return QBrush(blendColours(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.22));
        return {};
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("%1: %2").arg(QLatin1String(n->info->spec), paramMeaning(*n->info));
        const QString unit = paramUnit(*n->info);
        tip += QLatin1Char('\n')
            + tr("JSON key: %1%2")
                  .arg(QLatin1String(n->info->key), unit.isEmpty() ? QString() : tr(" (%1)").arg(unit));
        if (def)
            tip += QLatin1Char('\n') + tr("Default: %1").arg(valueText(*def));
        if (isError)
            tip += QLatin1Char('\n') + tr("Invalid: %1").arg(m_error);
        return tip;
    }
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Name:
            return QString::fromLatin1(n->info->spec);
        case Value: {
            const auto bad = m_badText.constFind(pointer);
            return bad != m_badText.constEnd() ? *bad : valueText(value);
        }
        case Default:
            return def ? valueText(*def) : QVariant();
        case Unit:
            return paramUnit(*n->info);
        default:
            return {};
        }
    default:
        return {};
    }
}

Qt::ItemFlags ParamsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Value && nodeOf(index)->info)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ParamsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Parameter");
    case Value:
        return tr("Value");
    case Default:
        return tr("Default");
    case Unit:
        return tr("Unit");
    default:
        return {};
    }
}

bool ParamsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != Value || !nodeOf(index)->info)
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
        // a duration in ms may take fractions
        if (!ok && pointerText.endsWith(QLatin1String("_ms")))
            parsed = text.toDouble(&ok);
    } else if (slot.is_number()) {
        parsed = text.toDouble(&ok);
    } else if (slot.is_string()) {
        parsed = text.toStdString();
    } else if (slot.is_array()) {
        parsed = json::array();
        for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!part.trimmed().isEmpty())
                parsed.push_back(part.trimmed().toStdString());
    } else {
        ok = false;
    }
    if (ok && parsed.is_number_float() && !std::isfinite(parsed.get<double>()))
        ok = false;
    if (!ok) {
        m_badText[pointerText] = text;
        revalidate();
        emitRowChanged(pointerText);
        return false;
    }
    m_badText.remove(pointerText);
    slot = parsed;
    revalidate();
    // the edited row is marked too when its value leaves the profile invalid
    if (!m_error.isEmpty() && !m_errorPointers.contains(pointerText))
        m_errorPointers.insert(pointerText);
    emitRowChanged(pointerText);
    return true;
}

QModelIndex ParamsModel::indexOfPath(const QString& pointer) const
{
    for (const auto& g : m_root->children)
        for (const auto& n : g->children)
            if (QString::fromStdString(n->pointer.to_string()) == pointer)
                return createIndex(n->row, 0, n.get());
    return {};
}

void ParamsModel::setProfile(const gossipsub::GossipsubProfile& profile)
{
    m_json = gossipsub::toJson(profile);
    m_badText.clear();
    m_errorPointers.clear();
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
    return QString::fromStdString(m_json.dump(2, ' ', false, json::error_handler_t::replace));
}

Result<gossipsub::GossipsubProfile> ParamsModel::profile() const
{
    if (!m_badText.isEmpty())
        return fail(m_error.toStdString());
    return gossipsub::profileFromJson(m_json);
}

QStringList ParamsModel::diffAgainstDefaults() const
{
    QStringList out;
    for (const auto& g : m_root->children)
        for (const auto& n : g->children) {
            const json* def = defaultAt(*n);
            const json& v = m_json.at(n->pointer);
            if (!def || *def != v)
                out << tr("%1 %2: %3 -> %4")
                           .arg(g->title, QLatin1String(n->info->spec), def ? valueText(*def) : tr("(none)"),
                               valueText(v));
        }
    return out;
}

bool ParamsModel::addTopic(const QString& topic)
{
    const std::string name = topic.trimmed().toStdString();
    if (name.empty())
        return false;
    json& topics = m_json["score"]["topics"];
    if (topics.contains(name))
        return false;
    topics[name] = m_topicDefaults;
    rebuild();
    return true;
}

bool ParamsModel::removeTopic(const QString& topic)
{
    json& topics = m_json["score"]["topics"];
    const std::string name = topic.toStdString();
    if (!topics.contains(name))
        return false;
    topics.erase(name);
    const QString prefix = QString::fromStdString((json::json_pointer("/score/topics") / name).to_string());
    for (auto it = m_badText.begin(); it != m_badText.end();)
        it = it.key().startsWith(prefix + QLatin1Char('/')) ? m_badText.erase(it) : std::next(it);
    rebuild();
    return true;
}

QStringList ParamsModel::scoredTopics() const
{
    QStringList out;
    const json::json_pointer ptr("/score/topics");
    if (m_json.contains(ptr))
        for (const auto& [topic, params] : m_json.at(ptr).items())
            out << QString::fromStdString(topic);
    return out;
}

} // namespace meshscope::widgets
