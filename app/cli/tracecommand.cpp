// `meshscope-cli trace`: streaming convert / summary / cat over RecordingReader.
#include "app/cli/tracecommand.h"

#include "core/trace/recordingreader.h"
#include "core/trace/recordingwriter.h"
#include "core/trace/tracejson.h"
#include "core/trace/tracestat.h"

#include <QCommandLineParser>

#include <cstdio>
#include <functional>

namespace meshscope::cli {

namespace {

// Reads `path` event by event through `sink`; false (after printing the error) on damage.
bool forEachEvent(const std::string& path, const trace::TraceFilter& filter,
                  const std::function<bool(const trace::TraceEvent&)>& sink)
{
    auto reader = trace::RecordingReader::open(path);
    if (!reader) {
        std::fprintf(stderr, "meshscope-cli trace: %s\n", reader.error().message.c_str());
        return false;
    }
    std::vector<trace::TraceEvent> events;
    for (;;) {
        events.clear();
        auto more = reader.value()->readSome(events);
        for (const auto& e : events)
            if (filter.matches(e) && !sink(e))
                return false;
        if (!more) {
            std::fprintf(stderr, "meshscope-cli trace: %s\n", more.error().message.c_str());
            return false;
        }
        if (!more.value())
            return true;
    }
}

} // namespace

int runTraceCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Convert, summarise and filter gossipsub trace recordings (go-libp2p-pubsub formats).\n"
        "  summary FILE      counts by type and per-topic propagation delay\n"
        "  convert IN OUT    rewrite IN in the format OUT's suffix names (.pb, .json, .jsonl, .gz)\n"
        "  cat FILE          print events as JSON lines"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("summary, convert or cat"));
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("input (and output for convert)"));
    const QCommandLineOption topic(QStringLiteral("topic"), QStringLiteral("keep events about topic T"), QStringLiteral("T"));
    const QCommandLineOption peer(QStringLiteral("peer"), QStringLiteral("keep events naming peer P"), QStringLiteral("P"));
    const QCommandLineOption type(QStringLiteral("type"), QStringLiteral("keep events of type NAME (e.g. GRAFT)"), QStringLiteral("NAME"));
    parser.addOption(topic);
    parser.addOption(peer);
    parser.addOption(type);
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "meshscope-cli trace: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    trace::TraceFilter filter;
    for (const auto& t : parser.values(topic))
        filter.topics.insert(t.toStdString());
    for (const auto& p : parser.values(peer))
        filter.peers.insert(p.toStdString());
    for (const auto& n : parser.values(type)) {
        const int value = trace::typeFromName(n.toUpper().toStdString());
        if (value < 0) {
            std::fprintf(stderr, "meshscope-cli trace: unknown event type '%s'\n", qPrintable(n));
            return 2;
        }
        filter.types.insert(value);
    }
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (action == QStringLiteral("summary") && pos.size() == 2) {
        trace::TraceStat stat;
        const bool ok = forEachEvent(pos[1].toStdString(), filter, [&](const trace::TraceEvent& e) {
            stat.add(e);
            return true;
        });
        std::printf("%s", stat.summary().c_str());
        return ok ? 0 : 1;
    }
    if (action == QStringLiteral("cat") && pos.size() == 2) {
        std::string line;
        const bool ok = forEachEvent(pos[1].toStdString(), filter, [&](const trace::TraceEvent& e) {
            line.clear();
            trace::appendJsonLine(e, line);
            return std::fwrite(line.data(), 1, line.size(), stdout) == line.size();
        });
        return ok ? 0 : 1;
    }
    if (action == QStringLiteral("convert") && pos.size() == 3) {
        auto writer = trace::RecordingWriter::open({pos[2].toStdString(), 0, 0});
        if (!writer) {
            std::fprintf(stderr, "meshscope-cli trace: %s\n", writer.error().message.c_str());
            return 1;
        }
        std::uint64_t written = 0;
        bool ok = forEachEvent(pos[1].toStdString(), filter, [&](const trace::TraceEvent& e) {
            auto st = writer.value()->write(e);
            if (!st) {
                std::fprintf(stderr, "meshscope-cli trace: %s\n", st.error().message.c_str());
                return false;
            }
            ++written;
            return true;
        });
        if (auto st = writer.value()->close(); !st) {
            std::fprintf(stderr, "meshscope-cli trace: %s\n", st.error().message.c_str());
            ok = false;
        }
        std::fprintf(stderr, "meshscope-cli trace: wrote %llu events to %s\n",
                     static_cast<unsigned long long>(written), qPrintable(pos[2]));
        return ok ? 0 : 1;
    }
    std::fprintf(stderr, "meshscope-cli trace: expected 'summary FILE', 'convert IN OUT' or 'cat FILE'\n%s",
                 qPrintable(parser.helpText()));
    return 2;
}

} // namespace meshscope::cli
