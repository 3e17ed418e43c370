// Reading go JSONTracer lines into TraceEvents (see tracejson.h for the rules).
#include "core/trace/tracejson.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/reflection.h>
#include <nlohmann/json.hpp>

#include <cctype>
#include <cmath>
#include <limits>

namespace meshscope::trace {

namespace gp = google::protobuf;
using nlohmann::json;

namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

// The field a JSON key names: exact name, then go's case-insensitive match, then older names.
const gp::FieldDescriptor* findField(const gp::Descriptor* d, std::string_view key)
{
    if (const auto* f = d->FindFieldByName(std::string(key)))
        return f;
    for (int i = 0; i < d->field_count(); ++i)
        if (equalsIgnoreCase(d->field(i)->name(), key))
            return d->field(i);
    if (d == TraceEvent::descriptor()) {
        if (equalsIgnoreCase(key, "addPeer"))
            return d->FindFieldByName("onNewOutboundStream");
        if (equalsIgnoreCase(key, "removePeer"))
            return d->FindFieldByName("onClosedOutboundStream");
    }
    return nullptr;
}

Status wrong(const gp::FieldDescriptor* f, const char* expected)
{
    return fail("field \"" + f->name() + "\": expected " + expected);
}

Status setEnum(gp::Message& m, const gp::FieldDescriptor* f, const json& v)
{
    const gp::Reflection* r = m.GetReflection();
    int number = 0;
    if (v.is_number_integer()) {
        if (v.is_number_unsigned() ? v.get<std::uint64_t>() > std::numeric_limits<std::int32_t>::max()
                                   : (v.get<std::int64_t>() > std::numeric_limits<std::int32_t>::max() ||
                                      v.get<std::int64_t>() < std::numeric_limits<std::int32_t>::min()))
            return wrong(f, "a 32-bit enum number");
        number = static_cast<int>(v.get<std::int64_t>());
    } else if (v.is_string()) {
        const auto& name = v.get_ref<const std::string&>();
        if (const auto* ev = f->enum_type()->FindValueByName(name))
            number = ev->number();
        else if (f->enum_type() == pb::trace::TraceEvent_Type_descriptor() && typeFromName(name) >= 0)
            number = typeFromName(name);
        else
            return fail("field \"" + f->name() + "\": unknown enum name \"" + name + "\"");
    } else {
        return wrong(f, "an enum number or name");
    }
    if (f->is_repeated())
        r->AddEnumValue(&m, f, number);
    else
        r->SetEnumValue(&m, f, number); // unknown numbers land in unknown fields, as when parsing protobuf
    return {};
}

Status parseMessage(const json& obj, gp::Message& m);

// Sets (or adds, for repeated fields) one value of field `f`.
Status setValue(gp::Message& m, const gp::FieldDescriptor* f, const json& v)
{
    const gp::Reflection* r = m.GetReflection();
    const bool rep = f->is_repeated();
    switch (f->cpp_type()) {
    case gp::FieldDescriptor::CPPTYPE_INT64: {
        if (!v.is_number_integer())
            return wrong(f, "an integer");
        if (v.is_number_unsigned() && v.get<std::uint64_t>() > std::uint64_t(std::numeric_limits<std::int64_t>::max()))
            return wrong(f, "a 64-bit signed integer");
        const auto x = v.get<std::int64_t>();
        rep ? r->AddInt64(&m, f, x) : r->SetInt64(&m, f, x);
        return {};
    }
    case gp::FieldDescriptor::CPPTYPE_ENUM: return setEnum(m, f, v);
    case gp::FieldDescriptor::CPPTYPE_BOOL:
        if (!v.is_boolean())
            return wrong(f, "true or false");
        rep ? r->AddBool(&m, f, v.get<bool>()) : r->SetBool(&m, f, v.get<bool>());
        return {};
    case gp::FieldDescriptor::CPPTYPE_DOUBLE:
        if (!v.is_number() || !std::isfinite(v.get<double>()))
            return wrong(f, "a finite number");
        rep ? r->AddDouble(&m, f, v.get<double>()) : r->SetDouble(&m, f, v.get<double>());
        return {};
    case gp::FieldDescriptor::CPPTYPE_STRING: {
        if (!v.is_string())
            return wrong(f, "a string");
        std::string s = v.get<std::string>();
        if (f->type() == gp::FieldDescriptor::TYPE_BYTES) {
            auto decoded = base64Decode(s);
            if (!decoded)
                return fail("field \"" + f->name() + "\": " + decoded.error().message);
            s = std::move(*decoded);
        }
        rep ? r->AddString(&m, f, std::move(s)) : r->SetString(&m, f, std::move(s));
        return {};
    }
    case gp::FieldDescriptor::CPPTYPE_MESSAGE: {
        if (!v.is_object())
            return wrong(f, "an object");
        gp::Message* sub = rep ? r->AddMessage(&m, f) : r->MutableMessage(&m, f);
        return parseMessage(v, *sub);
    }
    default: return fail("field \"" + f->name() + "\": unsupported type");
    }
}

Status parseMessage(const json& obj, gp::Message& m)
{
    const gp::Descriptor* d = m.GetDescriptor();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const json& v = it.value();
        if (v.is_null())
            continue; // go: null leaves a pointer or slice nil
        const std::string& key = it.key();
        const gp::FieldDescriptor* f = findField(d, key);
        if (!f) {
            // Older go: `repeated string topics` where the newest has `optional string topic`.
            const gp::FieldDescriptor* topic = d->FindFieldByName("topic");
            if (topic && !topic->is_repeated() && equalsIgnoreCase(key, "topics") && !obj.contains("topic")) {
                if (!v.is_array())
                    return fail("field \"topics\": expected an array");
                for (const auto& t : v)
                    if (!t.is_string())
                        return fail("field \"topics\": expected strings");
                if (!v.empty())
                    m.GetReflection()->SetString(&m, topic, v.front().get<std::string>());
            }
            continue; // unknown keys are ignored, as go does
        }
        if (f->is_repeated()) {
            if (!v.is_array())
                return wrong(f, "an array");
            for (const auto& e : v)
                if (auto st = setValue(m, f, e); !st)
                    return st;
        } else if (auto st = setValue(m, f, v); !st) {
            return st;
        }
    }
    return {};
}

} // namespace

Result<TraceEvent> traceEventFromJson(std::string_view text)
{
    json doc = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded())
        return fail("not valid JSON");
    if (!doc.is_object())
        return fail("not a JSON object");
    TraceEvent ev;
    if (auto st = parseMessage(doc, ev); !st)
        return st.error();
    return ev;
}

} // namespace meshscope::trace
