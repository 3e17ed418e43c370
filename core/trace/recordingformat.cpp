#include "core/trace/recordingformat.h"

#include <cctype>

namespace meshscope::trace {

namespace {

bool endsWith(std::string_view s, std::string_view suffix)
{
    if (s.size() < suffix.size())
        return false;
    for (std::size_t i = 0; i < suffix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[s.size() - suffix.size() + i])) != suffix[i])
            return false;
    return true;
}

} // namespace

RecordingFormat recordingFormatFromPath(std::string_view path)
{
    // Skip a rotation index ".N".
    const auto dot = path.rfind('.');
    if (dot != std::string_view::npos && dot + 1 < path.size()) {
        bool digits = true;
        for (std::size_t i = dot + 1; i < path.size(); ++i)
            digits = digits && std::isdigit(static_cast<unsigned char>(path[i]));
        if (digits)
            path = path.substr(0, dot);
    }
    RecordingFormat f;
    if (endsWith(path, ".gz")) {
        f.gzip = true;
        path.remove_suffix(3);
    }
    if (endsWith(path, ".json") || endsWith(path, ".jsonl")) {
        f.format = TraceFormat::Json;
        f.suffixKnown = true;
    } else if (endsWith(path, ".pb")) {
        f.suffixKnown = true;
    }
    return f;
}

} // namespace meshscope::trace
