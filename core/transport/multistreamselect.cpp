#include "core/transport/multistreamselect.h"

#include "core/multiformats/varint.h"

#include <algorithm>
#include <utility>

namespace meshscope::transport {

using multiformats::appendUvarint;
using multiformats::decodeUvarint;
using multiformats::VarintStatus;

namespace {

// Quotes received text for an error message, cut short and with control bytes escaped.
std::string quoted(std::string_view text)
{
    std::string out = "'";
    for (std::size_t i = 0; i < text.size() && i < 64; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x7f) {
            out += static_cast<char>(c);
        } else {
            static constexpr char kHex[] = "0123456789abcdef";
            out += "\\x";
            out += kHex[c >> 4];
            out += kHex[c & 0xf];
        }
    }
    if (text.size() > 64)
        out += "...";
    return out + "'";
}

} // namespace

MultistreamSelect::MultistreamSelect(Role role, std::vector<std::string> protocols)
    : m_role(role), m_protocols(std::move(protocols))
{
}

MultistreamSelect MultistreamSelect::dialer(std::vector<std::string> protocols)
{
    return MultistreamSelect(Role::Dialer, std::move(protocols));
}

MultistreamSelect MultistreamSelect::listener(std::vector<std::string> supported)
{
    return MultistreamSelect(Role::Listener, std::move(supported));
}

Bytes MultistreamSelect::encodeMessage(std::string_view text)
{
    Bytes out;
    out.reserve(text.size() + 3);
    appendUvarint(out, text.size() + 1);
    append(out, asBytes(text));
    out.push_back('\n');
    return out;
}

void MultistreamSelect::requestList()
{
    if (m_role == Role::Dialer && !m_started)
        m_wantList = true;
}

bool MultistreamSelect::validProtocol(const std::string& p) const
{
    return !p.empty() && p.size() < kMaxMessageLength && p.find('\n') == std::string::npos;
}

void MultistreamSelect::start()
{
    if (m_started)
        return;
    m_started = true;
    for (const auto& p : m_protocols) {
        if (!validProtocol(p)) {
            fail("invalid protocol id " + quoted(p) + " (empty, too long or holding a newline)");
            return;
        }
    }
    send(kProtocolId);
    if (m_role == Role::Dialer) {
        m_expect.push_back(Expect::Header);
        if (m_wantList) {
            send(kList);
            m_expect.push_back(Expect::List);
        } else if (m_protocols.empty()) {
            fail("no protocol to propose");
            return;
        } else {
            proposeNext();
        }
    }
    processInput(); // bytes may have arrived before start()
}

void MultistreamSelect::onData(BytesView data)
{
    if (m_state == State::Failed)
        return;
    if (m_state == State::Done) {
        if (m_input.size() + data.size() > kMaxRemainder) {
            fail("more than " + std::to_string(kMaxRemainder) + " bytes arrived after negotiation");
            return;
        }
        append(m_input, data);
        return;
    }
    append(m_input, data);
    if (m_started)
        processInput();
    // Before start() only whole messages can wait: bound what piles up.
    if (m_state == State::Negotiating && m_input.size() > kMaxListLength + 8)
        fail("too many bytes buffered during negotiation");
}

Bytes MultistreamSelect::takeOutput() { return std::exchange(m_output, {}); }

Bytes MultistreamSelect::takeRemainder()
{
    if (m_state != State::Done)
        return {};
    return std::exchange(m_input, {});
}

void MultistreamSelect::fail(std::string reason)
{
    m_state = State::Failed;
    m_error = "multistream-select: " + std::move(reason);
    m_input.clear();
}

void MultistreamSelect::send(std::string_view text) { append(m_output, encodeMessage(text)); }

bool MultistreamSelect::nextMessage(std::string& text)
{
    const bool listAnswer = m_role == Role::Dialer && !m_expect.empty() && m_expect.front() == Expect::List;
    const std::size_t limit = listAnswer ? kMaxListLength : kMaxMessageLength;
    const auto prefix = decodeUvarint(m_input);
    switch (prefix.status) {
    case VarintStatus::Incomplete:
        return false;
    case VarintStatus::Invalid:
        fail("invalid message length prefix");
        return false;
    case VarintStatus::Ok:
        break;
    }
    const std::uint64_t length = prefix.value;
    const std::size_t used = prefix.length;
    if (length == 0) {
        fail("empty message");
        return false;
    }
    if (length > limit) {
        fail("message of " + std::to_string(length) + " bytes exceeds the limit of " + std::to_string(limit));
        return false;
    }
    if (m_input.size() - used < length)
        return false;
    const auto begin = m_input.begin() + static_cast<std::ptrdiff_t>(used);
    const auto end = begin + static_cast<std::ptrdiff_t>(length);
    if (*(end - 1) != '\n') {
        fail("message does not end with a newline: " + quoted(std::string(begin, end)));
        return false;
    }
    text.assign(begin, end - 1);
    m_input.erase(m_input.begin(), end);
    return true;
}

void MultistreamSelect::processInput()
{
    std::string text;
    while (m_state == State::Negotiating && nextMessage(text)) {
        if (m_role == Role::Dialer)
            onDialerMessage(text);
        else
            onListenerMessage(text);
    }
}

void MultistreamSelect::onDialerMessage(const std::string& text)
{
    if (m_expect.empty()) {
        fail("unexpected message " + quoted(text) + " while no answer is due");
        return;
    }
    const Expect expect = m_expect.front();
    m_expect.erase(m_expect.begin());
    switch (expect) {
    case Expect::Header:
        if (text != kProtocolId)
            fail("remote does not speak " + std::string(kProtocolId) + ": got " + quoted(text));
        return;
    case Expect::List:
        parseList(text);
        if (m_state != State::Negotiating)
            return;
        if (m_protocols.empty()) {
            m_state = State::Done; // list only
            return;
        }
        proposeNext();
        return;
    case Expect::Proposal:
        if (text == m_proposed) {
            m_protocol = m_proposed;
            m_state = State::Done;
            return;
        }
        if (text != kNotAvailable) {
            fail("unexpected answer " + quoted(text) + " to proposal " + quoted(m_proposed));
            return;
        }
        proposeNext();
        return;
    }
}

void MultistreamSelect::proposeNext()
{
    while (m_nextProposal < m_protocols.size()) {
        const std::string& p = m_protocols[m_nextProposal++];
        if (m_haveList && std::find(m_listed.begin(), m_listed.end(), p) == m_listed.end())
            continue; // the listener did not list it: no point asking
        m_proposed = p;
        send(p);
        m_expect.push_back(Expect::Proposal);
        return;
    }
    std::string all;
    for (const auto& p : m_protocols)
        all += (all.empty() ? "" : ", ") + p;
    fail("the remote supports none of the protocols proposed (" + all + ")");
}

void MultistreamSelect::parseList(const std::string& body)
{
    const BytesView rest = asBytes(body);
    std::size_t pos = 0;
    while (pos < rest.size()) {
        const auto prefix = decodeUvarint(rest.subspan(pos));
        const std::uint64_t length = prefix.value;
        const std::size_t used = prefix.length;
        if (prefix.status != VarintStatus::Ok || length == 0 || length > rest.size() - pos - used) {
            fail("malformed ls answer");
            return;
        }
        pos += used;
        if (rest[pos + length - 1] != '\n') {
            fail("ls entry does not end with a newline");
            return;
        }
        m_listed.emplace_back(body.begin() + static_cast<std::ptrdiff_t>(pos),
                              body.begin() + static_cast<std::ptrdiff_t>(pos + length - 1));
        pos += length;
    }
    m_haveList = true;
}

void MultistreamSelect::onListenerMessage(const std::string& text)
{
    if (!m_headerSeen) {
        if (text != kProtocolId) {
            fail("remote does not speak " + std::string(kProtocolId) + ": got " + quoted(text));
            return;
        }
        m_headerSeen = true;
        return;
    }
    if (++m_attempts > kMaxAttempts) {
        fail("remote made more than " + std::to_string(kMaxAttempts) + " attempts");
        return;
    }
    if (text == kList) {
        Bytes body;
        for (const auto& p : m_protocols)
            append(body, encodeMessage(p));
        body.push_back('\n');
        appendUvarint(m_output, body.size());
        append(m_output, body);
        return;
    }
    if (std::find(m_protocols.begin(), m_protocols.end(), text) != m_protocols.end()) {
        send(text);
        m_protocol = text;
        m_state = State::Done;
        return;
    }
    send(kNotAvailable);
}

} // namespace meshscope::transport
