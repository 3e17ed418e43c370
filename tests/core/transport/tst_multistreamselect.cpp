// multistream-select: real bytes on the wire, dialer/listener pairs looped in memory.

#include "core/transport/multistreamselect.h"

#include <gtest/gtest.h>

using meshscope::Bytes;
using meshscope::BytesView;
using meshscope::fromHex;
using meshscope::toBytes;
using meshscope::toHex;
using meshscope::transport::MultistreamSelect;
using State = MultistreamSelect::State;

namespace {

Bytes msg(std::string_view text) { return MultistreamSelect::encodeMessage(text); }

Bytes cat(std::initializer_list<Bytes> parts)
{
    Bytes out;
    for (const auto& p : parts)
        out.insert(out.end(), p.begin(), p.end());
    return out;
}

// Shuttles bytes between the two until neither has anything to send.
void pump(MultistreamSelect& a, MultistreamSelect& b)
{
    for (int i = 0; i < 100; ++i) {
        Bytes ab = a.takeOutput();
        Bytes ba = b.takeOutput();
        if (ab.empty() && ba.empty())
            return;
        if (!ab.empty())
            b.onData(ab);
        if (!ba.empty())
            a.onData(ba);
    }
    FAIL() << "negotiation did not settle";
}

} // namespace

TEST(MultistreamSelect, MessageEncodingMatchesSpecExamples)
{
    EXPECT_EQ(toHex(msg("na")), "036e610a");
    EXPECT_EQ(toHex(msg("ls")), "036c730a");
    const Bytes header = msg("/multistream/1.0.0");
    ASSERT_EQ(header.size(), 20u);
    EXPECT_EQ(header[0], 19);
    EXPECT_EQ(header.back(), '\n');
}

TEST(MultistreamSelect, DialerPipelinesHeaderAndFirstProposal)
{
    auto dialer = MultistreamSelect::dialer({"/yamux/1.0.0", "/mplex/6.7.0"});
    dialer.start();
    EXPECT_EQ(dialer.takeOutput(), cat({msg("/multistream/1.0.0"), msg("/yamux/1.0.0")}));
    dialer.onData(cat({msg("/multistream/1.0.0"), msg("/yamux/1.0.0"), toBytes("app")}));
    EXPECT_EQ(dialer.state(), State::Done);
    EXPECT_EQ(dialer.protocol(), "/yamux/1.0.0");
    EXPECT_EQ(dialer.takeRemainder(), toBytes("app"));
}

TEST(MultistreamSelect, DialerTriesNextAfterNa)
{
    auto dialer = MultistreamSelect::dialer({"/meshsub/1.2.0", "/meshsub/1.1.0"});
    dialer.start();
    (void)dialer.takeOutput();
    dialer.onData(cat({msg("/multistream/1.0.0"), msg("na")}));
    EXPECT_EQ(dialer.state(), State::Negotiating);
    EXPECT_EQ(dialer.takeOutput(), msg("/meshsub/1.1.0"));
    dialer.onData(msg("/meshsub/1.1.0"));
    EXPECT_EQ(dialer.state(), State::Done);
    EXPECT_EQ(dialer.protocol(), "/meshsub/1.1.0");
}

TEST(MultistreamSelect, DialerFailsClearlyWhenNothingAccepted)
{
    auto dialer = MultistreamSelect::dialer({"/a/1", "/b/1"});
    dialer.start();
    dialer.onData(cat({msg("/multistream/1.0.0"), msg("na"), msg("na")}));
    EXPECT_EQ(dialer.state(), State::Failed);
    EXPECT_NE(dialer.error().find("none of the protocols"), std::string::npos) << dialer.error();
    EXPECT_NE(dialer.error().find("/a/1, /b/1"), std::string::npos) << dialer.error();
}

TEST(MultistreamSelect, DialerRejectsWrongHeaderAndOddAnswers)
{
    auto wrongHeader = MultistreamSelect::dialer({"/a/1"});
    wrongHeader.start();
    wrongHeader.onData(msg("/multistream/2.0.0"));
    EXPECT_EQ(wrongHeader.state(), State::Failed);
    EXPECT_NE(wrongHeader.error().find("/multistream/2.0.0"), std::string::npos);

    auto odd = MultistreamSelect::dialer({"/a/1"});
    odd.start();
    odd.onData(cat({msg("/multistream/1.0.0"), msg("/b/1")}));
    EXPECT_EQ(odd.state(), State::Failed);
    EXPECT_NE(odd.error().find("unexpected answer"), std::string::npos);
}

TEST(MultistreamSelect, ListenerAnswersHeaderAcceptsAndRefuses)
{
    auto listener = MultistreamSelect::listener({"/yamux/1.0.0", "/mplex/6.7.0"});
    listener.start();
    EXPECT_EQ(listener.takeOutput(), msg("/multistream/1.0.0"));
    listener.onData(cat({msg("/multistream/1.0.0"), msg("/noise")}));
    EXPECT_EQ(listener.takeOutput(), msg("na"));
    EXPECT_EQ(listener.state(), State::Negotiating);
    listener.onData(msg("/mplex/6.7.0"));
    EXPECT_EQ(listener.takeOutput(), msg("/mplex/6.7.0"));
    EXPECT_EQ(listener.state(), State::Done);
    EXPECT_EQ(listener.protocol(), "/mplex/6.7.0");
}

TEST(MultistreamSelect, ListenerAnswersLsWithOneLengthPrefixedList)
{
    auto listener = MultistreamSelect::listener({"/a/1", "/bb/2"});
    listener.start();
    (void)listener.takeOutput();
    listener.onData(cat({msg("/multistream/1.0.0"), msg("ls")}));
    // body = lp("/a/1\n") lp("/bb/2\n") "\n" = 6 + 7 + 1 = 14 bytes
    Bytes expected{14};
    const Bytes a = msg("/a/1");
    const Bytes b = msg("/bb/2");
    expected.insert(expected.end(), a.begin(), a.end());
    expected.insert(expected.end(), b.begin(), b.end());
    expected.push_back('\n');
    EXPECT_EQ(listener.takeOutput(), expected);
    EXPECT_EQ(listener.state(), State::Negotiating);
}

TEST(MultistreamSelect, PairAgreesOnFirstCommonProtocolWithPipelinedData)
{
    auto dialer = MultistreamSelect::dialer({"/x/1", "/meshsub/1.1.0", "/meshsub/1.0.0"});
    auto listener = MultistreamSelect::listener({"/meshsub/1.0.0", "/meshsub/1.1.0"});
    dialer.start();
    listener.start();
    pump(dialer, listener);
    ASSERT_EQ(dialer.state(), State::Done);
    ASSERT_EQ(listener.state(), State::Done);
    EXPECT_EQ(dialer.protocol(), "/meshsub/1.1.0");
    EXPECT_EQ(listener.protocol(), "/meshsub/1.1.0");
}

TEST(MultistreamSelect, ListenerKeepsBytesPipelinedAfterProposal)
{
    auto listener = MultistreamSelect::listener({"/ipfs/ping/1.0.0"});
    listener.start();
    listener.onData(cat({msg("/multistream/1.0.0"), msg("/ipfs/ping/1.0.0"), Bytes(32, 7)}));
    ASSERT_EQ(listener.state(), State::Done);
    EXPECT_EQ(listener.takeRemainder(), Bytes(32, 7));
    listener.onData(toBytes("more"));
    EXPECT_EQ(listener.takeRemainder(), toBytes("more"));
}

TEST(MultistreamSelect, ByteByByteDeliveryWorks)
{
    auto dialer = MultistreamSelect::dialer({"/b/1", "/a/1"});
    auto listener = MultistreamSelect::listener({"/a/1"});
    dialer.start();
    listener.start();
    for (int round = 0; round < 10; ++round) {
        for (auto b : dialer.takeOutput())
            listener.onData(BytesView(&b, 1));
        for (auto b : listener.takeOutput())
            dialer.onData(BytesView(&b, 1));
    }
    EXPECT_EQ(dialer.state(), State::Done);
    EXPECT_EQ(listener.state(), State::Done);
    EXPECT_EQ(dialer.protocol(), "/a/1");
}

TEST(MultistreamSelect, DialerListsThenProposesOnlyListedProtocols)
{
    auto dialer = MultistreamSelect::dialer({"/x/1", "/mplex/6.7.0"});
    dialer.requestList();
    auto listener = MultistreamSelect::listener({"/yamux/1.0.0", "/mplex/6.7.0"});
    dialer.start();
    EXPECT_EQ(dialer.takeOutput(), cat({msg("/multistream/1.0.0"), msg("ls")}));
    dialer.start(); // idempotent
    listener.start();
    dialer.onData(listener.takeOutput());
    listener.onData(cat({msg("/multistream/1.0.0"), msg("ls")}));
    dialer.onData(listener.takeOutput());
    EXPECT_EQ((dialer.listedProtocols()), (std::vector<std::string>{"/yamux/1.0.0", "/mplex/6.7.0"}));
    const Bytes proposal = dialer.takeOutput();
    EXPECT_EQ(proposal, msg("/mplex/6.7.0")); // "/x/1" skipped: not listed
    listener.onData(proposal);
    pump(dialer, listener);
    EXPECT_EQ(dialer.protocol(), "/mplex/6.7.0");
    EXPECT_EQ(listener.protocol(), "/mplex/6.7.0");
}

TEST(MultistreamSelect, ListOnlyDialerEndsDone)
{
    auto dialer = MultistreamSelect::dialer({});
    dialer.requestList();
    auto listener = MultistreamSelect::listener({"/a/1"});
    dialer.start();
    listener.start();
    pump(dialer, listener);
    EXPECT_EQ(dialer.state(), State::Done);
    EXPECT_TRUE(dialer.protocol().empty());
    EXPECT_EQ(dialer.listedProtocols(), std::vector<std::string>{"/a/1"});
}

TEST(MultistreamSelect, LimitsAndMalformedInput)
{
    {
        auto l = MultistreamSelect::listener({"/a/1"});
        l.start();
        Bytes big;
        big.push_back(0x81); // 1025
        big.push_back(0x08);
        l.onData(big);
        EXPECT_EQ(l.state(), State::Failed);
        EXPECT_NE(l.error().find("exceeds"), std::string::npos) << l.error();
    }
    {
        auto l = MultistreamSelect::listener({"/a/1"});
        l.start();
        Bytes noNewline{3, 'a', 'b', 'c'};
        l.onData(noNewline);
        EXPECT_EQ(l.state(), State::Failed);
        EXPECT_NE(l.error().find("newline"), std::string::npos);
    }
    {
        auto l = MultistreamSelect::listener({"/a/1"});
        l.start();
        l.onData(Bytes{0});
        EXPECT_EQ(l.state(), State::Failed);
    }
    {
        auto l = MultistreamSelect::listener({"/a/1"});
        l.start();
        Bytes endless(12, 0xff);
        l.onData(endless);
        EXPECT_EQ(l.state(), State::Failed);
    }
    {
        auto l = MultistreamSelect::listener({"/a/1"});
        l.start();
        l.onData(msg("/multistream/1.0.0"));
        for (int i = 0; i < 40 && l.state() == State::Negotiating; ++i)
            l.onData(msg("/nope/" + std::to_string(i)));
        EXPECT_EQ(l.state(), State::Failed);
        EXPECT_NE(l.error().find("attempts"), std::string::npos);
    }
    {
        auto l = MultistreamSelect::listener({"/a/1"});
        l.start();
        l.onData(msg("/a/1"));
        EXPECT_EQ(l.state(), State::Failed) << "a proposal without the header first";
    }
    {
        auto d = MultistreamSelect::dialer({"bad\nid"});
        d.start();
        EXPECT_EQ(d.state(), State::Failed);
    }
    {
        auto d = MultistreamSelect::dialer({});
        d.start();
        EXPECT_EQ(d.state(), State::Failed);
    }
}

TEST(MultistreamSelect, InputBeforeStartIsBounded)
{
    auto l = MultistreamSelect::listener({"/a/1"});
    l.onData(Bytes(100000, 'x'));
    EXPECT_EQ(l.state(), State::Failed);
}

TEST(MultistreamSelect, MalformedLsAnswerFails)
{
    auto dialer = MultistreamSelect::dialer({"/a/1"});
    dialer.requestList();
    dialer.start();
    Bytes body = msg("/a/1");
    body.back() = 'x'; // entry without its newline
    body.push_back('\n');
    Bytes answer{static_cast<std::uint8_t>(body.size())};
    answer.insert(answer.end(), body.begin(), body.end());
    dialer.onData(cat({msg("/multistream/1.0.0"), answer}));
    EXPECT_EQ(dialer.state(), State::Failed);
    EXPECT_NE(dialer.error().find("ls"), std::string::npos) << dialer.error();
}

TEST(MultistreamSelect, DataBeforeStartIsProcessedOnStart)
{
    auto listener = MultistreamSelect::listener({"/a/1"});
    listener.onData(cat({msg("/multistream/1.0.0"), msg("/a/1"), toBytes("!")}));
    EXPECT_EQ(listener.state(), State::Negotiating);
    listener.start();
    EXPECT_EQ(listener.takeOutput(), cat({msg("/multistream/1.0.0"), msg("/a/1")}));
    EXPECT_EQ(listener.state(), State::Done);
    EXPECT_EQ(listener.takeRemainder(), toBytes("!"));
}
