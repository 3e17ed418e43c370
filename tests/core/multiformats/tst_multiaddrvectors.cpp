// Runs every scenario of the multiformats multiaddr test vectors (a Gherkin .feature file) against
// Multiaddr. The file is read at run time: our copy in data/ first, then the shared spec folder if
// present and different (so an updated spec shows up as failures here).

#include "core/multiformats/multiaddr.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

using namespace meshscope;
using namespace meshscope::multiformats;

namespace {

std::string trim(std::string_view s)
{
    const auto begin = s.find_first_not_of(" \t\r");
    if (begin == std::string_view::npos)
        return {};
    const auto end = s.find_last_not_of(" \t\r");
    return std::string(s.substr(begin, end - begin + 1));
}

std::vector<std::string> tableCells(const std::string& line)
{
    std::vector<std::string> cells;
    std::stringstream in(line.substr(line.find('|') + 1));
    std::string cell;
    while (std::getline(in, cell, '|'))
        cells.push_back(trim(cell));
    return cells;
}

std::string hex0x(BytesView b) { return b.empty() ? std::string() : "0x" + toHex(b); }

std::string readFile(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        return {};
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

struct Scenario {
    std::string name;                    // "Scenario:" title
    std::string given;                   // the multiaddr, text or 0x-hex
    std::vector<std::string> steps;      // Then/And lines without the keyword
    std::vector<std::map<std::string, std::string>> components; // table rows by column
};

std::vector<Scenario> parseFeature(const std::string& text)
{
    std::vector<Scenario> scenarios;
    std::vector<std::string> header;
    std::stringstream in(text);
    std::string raw;
    while (std::getline(in, raw)) {
        const std::string line = trim(raw);
        if (line.empty() || line[0] == '#' || line.starts_with("Feature:"))
            continue;
        if (line.starts_with("Scenario:")) {
            scenarios.push_back({trim(line.substr(9)), {}, {}, {}});
            header.clear();
            continue;
        }
        if (scenarios.empty()) {
            ADD_FAILURE() << "step outside a scenario: " << line;
            continue;
        }
        Scenario& s = scenarios.back();
        if (line[0] == '|') {
            auto cells = tableCells(line);
            if (header.empty()) {
                header = cells;
                continue;
            }
            std::map<std::string, std::string> row;
            for (std::size_t i = 0; i < header.size() && i < cells.size(); ++i)
                row[header[i]] = cells[i];
            s.components.push_back(row);
            continue;
        }
        header.clear();
        for (const char* keyword : {"Given ", "Then ", "And ", "But "}) {
            if (line.starts_with(keyword)) {
                const std::string step = line.substr(std::string_view(keyword).size());
                if (step.starts_with("the multiaddr "))
                    s.given = trim(step.substr(14));
                else
                    s.steps.push_back(step);
                break;
            }
        }
    }
    return scenarios;
}

void runScenario(const Scenario& s)
{
    SCOPED_TRACE("Scenario: " + s.name);
    ASSERT_FALSE(s.given.empty()) << "no 'Given the multiaddr' step";
    Result<Multiaddr> parsed = fail("unparsed");
    if (s.given.starts_with("0x")) {
        Bytes b;
        ASSERT_TRUE(fromHex(s.given.substr(2), b)) << s.given;
        parsed = Multiaddr::fromBytes(b);
    } else {
        parsed = Multiaddr::fromString(s.given);
    }
    ASSERT_TRUE(parsed) << parsed.error().message;
    const Multiaddr& addr = *parsed;
    // The other form must parse back to the same address.
    const auto viaText = Multiaddr::fromString(addr.toString());
    ASSERT_TRUE(viaText) << viaText.error().message;
    EXPECT_EQ(*viaText, addr);

    for (const std::string& step : s.steps) {
        SCOPED_TRACE(step);
        if (step.starts_with("the packed form is ")) {
            EXPECT_EQ(hex0x(addr.bytes()), trim(step.substr(19)));
        } else if (step.starts_with("the packed size is ")) {
            EXPECT_EQ(std::to_string(addr.bytes().size()) + " bytes", trim(step.substr(19)));
        } else if (step.starts_with("the string form is ")) {
            EXPECT_EQ(addr.toString(), trim(step.substr(19)));
        } else if (step.starts_with("the string size is ")) {
            EXPECT_EQ(std::to_string(addr.toString().size()) + " bytes", trim(step.substr(19)));
        } else if (step.starts_with("the components are")) {
            const auto components = addr.components();
            ASSERT_EQ(components.size(), s.components.size());
            for (std::size_t i = 0; i < components.size(); ++i) {
                const MultiaddrComponent& c = components[i];
                for (const auto& [column, expected] : s.components[i]) {
                    SCOPED_TRACE("component " + std::to_string(i) + " column " + column);
                    std::string actual;
                    if (column == "string")
                        actual = c.toString();
                    else if (column == "stringSize")
                        actual = std::to_string(c.toString().size());
                    else if (column == "packed")
                        actual = hex0x(c.packed);
                    else if (column == "packedSize")
                        actual = std::to_string(c.packed.size());
                    else if (column == "value")
                        actual = c.value;
                    else if (column == "valueSize")
                        actual = std::to_string(c.rawValue.size());
                    else if (column == "protocol")
                        actual = c.name;
                    else if (column == "codec")
                        actual = std::to_string(c.code);
                    else if (column == "uvarint")
                        actual = hex0x(c.codeVarint());
                    else if (column == "lengthPrefix")
                        actual = hex0x(c.lengthPrefix());
                    else if (column == "rawValue")
                        actual = hex0x(c.rawValue);
                    else
                        ADD_FAILURE() << "unknown column " << column;
                    EXPECT_EQ(actual, expected);
                }
            }
        } else {
            ADD_FAILURE() << "unknown step: " << step;
        }
    }
}

} // namespace

TEST(MultiaddrVectors, EveryScenarioPasses)
{
    const char* root = std::getenv("MESHSCOPE_SOURCE_DIR");
    ASSERT_NE(root, nullptr) << "MESHSCOPE_SOURCE_DIR not set (run through ctest)";
    const std::string copy = std::string(root) + "/tests/core/multiformats/data/multiaddr-vectors.feature";
    const std::string shared = std::string(root) + "/../shared/specs/multiformats/multiaddr-vectors.feature";
    std::vector<std::string> texts;
    for (const auto& path : {copy, shared}) {
        std::string text = readFile(path);
        if (!text.empty() && (texts.empty() || texts.front() != text))
            texts.push_back(std::move(text));
    }
    ASSERT_FALSE(texts.empty()) << "vectors not found at " << copy;
    std::size_t scenarios = 0;
    for (const auto& text : texts) {
        for (const auto& scenario : parseFeature(text)) {
            runScenario(scenario);
            ++scenarios;
        }
    }
    EXPECT_GE(scenarios, 2u);
}
