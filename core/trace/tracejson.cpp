#include "core/trace/tracejson.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/reflection.h>
#include <google/protobuf/unknown_field_set.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <optional>
#include <utility>
#include <vector>

namespace meshscope::trace {

namespace gp = google::protobuf;

namespace {

constexpr std::string_view kB64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

void appendHex4(std::string& out, unsigned v)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += "\\u";
    out += hex[(v >> 12) & 0xf];
    out += hex[(v >> 8) & 0xf];
    out += hex[(v >> 4) & 0xf];
    out += hex[v & 0xf];
}

// Length of the valid UTF-8 sequence starting at s[i] (go's rules), or 0 if invalid.
std::size_t utf8Length(std::string_view s, std::size_t i)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    auto cont = [&](std::size_t k, unsigned lo, unsigned hi) {
        if (i + k >= s.size())
            return false;
        const auto b = static_cast<unsigned char>(s[i + k]);
        return b >= lo && b <= hi;
    };
    if (b0 >= 0xc2 && b0 <= 0xdf)
        return cont(1, 0x80, 0xbf) ? 2 : 0;
    if (b0 >= 0xe0 && b0 <= 0xef) {
        const unsigned lo = b0 == 0xe0 ? 0xa0 : 0x80;
        const unsigned hi = b0 == 0xed ? 0x9f : 0xbf;
        return cont(1, lo, hi) && cont(2, 0x80, 0xbf) ? 3 : 0;
    }
    if (b0 >= 0xf0 && b0 <= 0xf4) {
        const unsigned lo = b0 == 0xf0 ? 0x90 : 0x80;
        const unsigned hi = b0 == 0xf4 ? 0x8f : 0xbf;
        return cont(1, lo, hi) && cont(2, 0x80, 0xbf) && cont(3, 0x80, 0xbf) ? 4 : 0;
    }
    return 0;
}

// A JSON string literal the way go's encoding/json (HTML-safe) writes it.
void appendGoString(std::string& out, std::string_view s)
{
    out += '"';
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '<':
            case '>':
            case '&': appendHex4(out, c); break;
            default:
                if (c < 0x20)
                    appendHex4(out, c);
                else
                    out += static_cast<char>(c);
            }
            ++i;
            continue;
        }
        const std::size_t n = utf8Length(s, i);
        if (n == 0) {
            out += "\\ufffd";
            ++i;
            continue;
        }
        if (n == 3 && c == 0xe2 && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(s[i + 2]) == 0xa8 || static_cast<unsigned char>(s[i + 2]) == 0xa9)) {
            appendHex4(out, static_cast<unsigned char>(s[i + 2]) == 0xa8 ? 0x2028 : 0x2029);
        } else {
            out.append(s.substr(i, n));
        }
        i += n;
    }
    out += '"';
}

void appendDouble(std::string& out, double v)
{
    if (!std::isfinite(v)) {
        out += "null"; // JSON has no NaN or infinity; read back as absent
        return;
    }
    if (v == 0) {
        out += '0'; // also -0: a sign on zero would not survive a JSON round trip
        return;
    }
    std::array<char, 32> buf{};
    auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), v);
    if (ec != std::errc())
        out += "0";
    else
        out.append(buf.data(), end);
}

void appendScalar(std::string& out, const gp::Message& m, const gp::Reflection* r, const gp::FieldDescriptor* f,
                  int index)
{
    const bool rep = f->is_repeated();
    switch (f->cpp_type()) {
    case gp::FieldDescriptor::CPPTYPE_INT64:
        out += std::to_string(rep ? r->GetRepeatedInt64(m, f, index) : r->GetInt64(m, f));
        break;
    case gp::FieldDescriptor::CPPTYPE_INT32:
        out += std::to_string(rep ? r->GetRepeatedInt32(m, f, index) : r->GetInt32(m, f));
        break;
    case gp::FieldDescriptor::CPPTYPE_UINT64:
        out += std::to_string(rep ? r->GetRepeatedUInt64(m, f, index) : r->GetUInt64(m, f));
        break;
    case gp::FieldDescriptor::CPPTYPE_UINT32:
        out += std::to_string(rep ? r->GetRepeatedUInt32(m, f, index) : r->GetUInt32(m, f));
        break;
    case gp::FieldDescriptor::CPPTYPE_ENUM:
        out += std::to_string(rep ? r->GetRepeatedEnumValue(m, f, index) : r->GetEnumValue(m, f));
        break;
    case gp::FieldDescriptor::CPPTYPE_BOOL:
        out += (rep ? r->GetRepeatedBool(m, f, index) : r->GetBool(m, f)) ? "true" : "false";
        break;
    case gp::FieldDescriptor::CPPTYPE_DOUBLE:
        appendDouble(out, rep ? r->GetRepeatedDouble(m, f, index) : r->GetDouble(m, f));
        break;
    case gp::FieldDescriptor::CPPTYPE_FLOAT:
        appendDouble(out, rep ? r->GetRepeatedFloat(m, f, index) : r->GetFloat(m, f));
        break;
    case gp::FieldDescriptor::CPPTYPE_STRING: {
        std::string scratch;
        const std::string& s =
            rep ? r->GetRepeatedStringReference(m, f, index, &scratch) : r->GetStringReference(m, f, &scratch);
        if (f->type() == gp::FieldDescriptor::TYPE_BYTES) {
            out += '"';
            out += base64Encode(asBytes(s));
            out += '"';
        } else {
            appendGoString(out, s);
        }
        break;
    }
    case gp::FieldDescriptor::CPPTYPE_MESSAGE: break; // handled by appendMessage
    }
}

// The value of a singular enum field that holds a number this build does not know (proto2 keeps
// it in the unknown fields); go writes such numbers like any other.
std::optional<std::int64_t> unknownEnumValue(const gp::Message& m, const gp::FieldDescriptor* f)
{
    if (f->cpp_type() != gp::FieldDescriptor::CPPTYPE_ENUM || f->is_repeated())
        return std::nullopt;
    const auto& unknown = m.GetReflection()->GetUnknownFields(m);
    std::optional<std::int64_t> value;
    for (int i = 0; i < unknown.field_count(); ++i)
        if (unknown.field(i).number() == f->number() && unknown.field(i).type() == gp::UnknownField::TYPE_VARINT)
            value = static_cast<std::int32_t>(unknown.field(i).varint()); // last one wins
    return value;
}

void appendMessage(std::string& out, const gp::Message& m)
{
    const gp::Reflection* r = m.GetReflection();
    std::vector<const gp::FieldDescriptor*> fields;
    r->ListFields(m, &fields); // set fields, in field-number order (go's struct order)
    std::vector<std::pair<const gp::FieldDescriptor*, std::int64_t>> unknownEnums;
    if (r->GetUnknownFields(m).field_count() > 0) {
        const gp::Descriptor* d = m.GetDescriptor();
        for (int i = 0; i < d->field_count(); ++i)
            if (!d->field(i)->is_repeated() && !r->HasField(m, d->field(i)))
                if (auto v = unknownEnumValue(m, d->field(i)))
                    unknownEnums.emplace_back(d->field(i), *v);
        for (const auto& [f, v] : unknownEnums)
            fields.push_back(f);
        std::sort(fields.begin(), fields.end(),
                  [](const gp::FieldDescriptor* a, const gp::FieldDescriptor* b) { return a->number() < b->number(); });
    }
    out += '{';
    bool first = true;
    for (const auto* f : fields) {
        if (!unknownEnums.empty() && !f->is_repeated() && !r->HasField(m, f)) {
            if (!first)
                out += ',';
            first = false;
            out += '"';
            out += f->name();
            out += "\":";
            for (const auto& [uf, v] : unknownEnums)
                if (uf == f)
                    out += std::to_string(v);
            continue;
        }
        // omitempty: go leaves out nil or empty []byte.
        if (!f->is_repeated() && f->type() == gp::FieldDescriptor::TYPE_BYTES) {
            std::string scratch;
            if (r->GetStringReference(m, f, &scratch).empty())
                continue;
        }
        if (!first)
            out += ',';
        first = false;
        out += '"';
        out += f->name();
        out += "\":";
        if (f->is_repeated()) {
            out += '[';
            const int n = r->FieldSize(m, f);
            for (int i = 0; i < n; ++i) {
                if (i)
                    out += ',';
                if (f->cpp_type() == gp::FieldDescriptor::CPPTYPE_MESSAGE)
                    appendMessage(out, r->GetRepeatedMessage(m, f, i));
                else
                    appendScalar(out, m, r, f, i);
            }
            out += ']';
        } else if (f->cpp_type() == gp::FieldDescriptor::CPPTYPE_MESSAGE) {
            appendMessage(out, r->GetMessage(m, f));
        } else {
            appendScalar(out, m, r, f, 0);
        }
    }
    out += '}';
}

} // namespace

void appendJsonLine(const TraceEvent& event, std::string& out)
{
    appendMessage(out, event);
    out += '\n';
}

std::string toJsonLine(const TraceEvent& event)
{
    std::string out;
    appendJsonLine(event, out);
    return out;
}

std::string base64Encode(BytesView data)
{
    std::string out;
    out.reserve((data.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 3 <= data.size(); i += 3) {
        const std::uint32_t v = (std::uint32_t{data[i]} << 16) | (std::uint32_t{data[i + 1]} << 8) | data[i + 2];
        out += kB64[(v >> 18) & 63];
        out += kB64[(v >> 12) & 63];
        out += kB64[(v >> 6) & 63];
        out += kB64[v & 63];
    }
    const std::size_t rest = data.size() - i;
    if (rest == 1) {
        const std::uint32_t v = std::uint32_t{data[i]} << 16;
        out += kB64[(v >> 18) & 63];
        out += kB64[(v >> 12) & 63];
        out += "==";
    } else if (rest == 2) {
        const std::uint32_t v = (std::uint32_t{data[i]} << 16) | (std::uint32_t{data[i + 1]} << 8);
        out += kB64[(v >> 18) & 63];
        out += kB64[(v >> 12) & 63];
        out += kB64[(v >> 6) & 63];
        out += '=';
    }
    return out;
}

Result<std::string> base64Decode(std::string_view text)
{
    // go's encoding/json decodes []byte with StdEncoding (not strict: padding bits may be set),
    // which ignores \r and \n.
    std::string clean;
    clean.reserve(text.size());
    for (char c : text)
        if (c != '\r' && c != '\n')
            clean += c;
    if (clean.size() % 4 != 0)
        return fail("base64 text length is not a multiple of 4");
    auto value = [](char c) -> int {
        const auto p = kB64.find(c);
        return p == std::string_view::npos ? -1 : static_cast<int>(p);
    };
    std::string out;
    out.reserve(clean.size() / 4 * 3);
    for (std::size_t i = 0; i < clean.size(); i += 4) {
        const bool last = i + 4 == clean.size();
        const int a = value(clean[i]);
        const int b = value(clean[i + 1]);
        if (a < 0 || b < 0)
            return fail("bad base64 character");
        const std::uint32_t hi = (static_cast<std::uint32_t>(a) << 18) | (static_cast<std::uint32_t>(b) << 12);
        if (last && clean[i + 2] == '=' && clean[i + 3] == '=') {
            out += static_cast<char>(hi >> 16);
            break;
        }
        const int c = value(clean[i + 2]);
        if (c < 0)
            return fail("bad base64 character");
        const std::uint32_t mid = hi | (static_cast<std::uint32_t>(c) << 6);
        if (last && clean[i + 3] == '=') {
            out += static_cast<char>(mid >> 16);
            out += static_cast<char>((mid >> 8) & 0xff);
            break;
        }
        const int d = value(clean[i + 3]);
        if (d < 0)
            return fail("bad base64 character");
        const std::uint32_t v = mid | static_cast<std::uint32_t>(d);
        out += static_cast<char>(v >> 16);
        out += static_cast<char>((v >> 8) & 0xff);
        out += static_cast<char>(v & 0xff);
    }
    return out;
}

} // namespace meshscope::trace
