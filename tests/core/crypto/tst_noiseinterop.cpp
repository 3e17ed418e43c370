// Noise against js-libp2p's implementation (@chainsafe/libp2p-noise from tests/interop) over
// loopback TCP, both roles: identities, muxer lists, and transport frames in both directions.
// Skipped when tests/interop/node_modules is not installed (installer/setup-interop.sh).
#include "core/transport/noisehandshake.h"

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <string>

extern char** environ;

using namespace meshscope;
using namespace meshscope::transport;

namespace {

// The js peer as a child process with its stdout on a pipe.
class JsPeer {
public:
    explicit JsPeer(std::vector<std::string> args)
    {
        int fds[2];
        if (::pipe(fds) != 0)
            return;
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
        posix_spawn_file_actions_addclose(&actions, fds[0]);
        std::vector<std::string> all{MESHSCOPE_NODE, MESHSCOPE_NOISE_PEER};
        all.insert(all.end(), args.begin(), args.end());
        std::vector<char*> argv;
        for (auto& a : all)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        if (posix_spawn(&m_pid, MESHSCOPE_NODE, &actions, nullptr, argv.data(), environ) != 0)
            m_pid = -1;
        posix_spawn_file_actions_destroy(&actions);
        ::close(fds[1]);
        m_out = ::fdopen(fds[0], "r");
    }
    ~JsPeer()
    {
        if (m_out)
            std::fclose(m_out);
        if (m_pid > 0 && !m_reaped) {
            ::kill(m_pid, SIGTERM);
            ::waitpid(m_pid, nullptr, 0);
        }
    }
    // The rest of the next stdout line that starts with `key ` ("" at end of output).
    std::string field(const std::string& key)
    {
        char line[512];
        while (m_out && std::fgets(line, sizeof line, m_out)) {
            std::string s(line);
            if (!s.empty() && s.back() == '\n')
                s.pop_back();
            m_lines += s + "\n";
            if (s.rfind(key + " ", 0) == 0)
                return s.substr(key.size() + 1);
        }
        return {};
    }
    // Waits for the peer to exit; its exit code.
    int wait()
    {
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        m_reaped = true;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    const std::string& lines() const { return m_lines; }

private:
    pid_t m_pid = -1;     // the node process
    FILE* m_out = nullptr; // its stdout
    bool m_reaped = false; // wait() collected it
    std::string m_lines;  // everything read so far, for failure messages
};

bool jsInstalled()
{
    struct stat st {};
    return ::stat(MESHSCOPE_NOISE_MODULES "/@chainsafe/libp2p-noise/package.json", &st) == 0;
}

void setTimeouts(int fd)
{
    timeval tv{20, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
}

bool writeAll(int fd, const Bytes& b)
{
    std::size_t p = 0;
    while (p < b.size()) {
        const ssize_t n = ::write(fd, b.data() + p, b.size() - p);
        if (n <= 0)
            return false;
        p += static_cast<std::size_t>(n);
    }
    return true;
}

struct Outcome {
    std::string error;       // handshake or session failure, empty on success
    std::string remotePeer;  // authenticated remote
    std::vector<std::string> remoteMuxers;
    std::string reply;       // decrypted answer from js
};

// Runs the handshake on a connected socket, sends 100,000 bytes (two frames), reads js's answer.
Outcome run(int fd, NoiseHandshake& hs)
{
    Outcome o;
    std::vector<std::uint8_t> buf(70000);
    hs.start();
    writeAll(fd, hs.takeOutput());
    while (!hs.done() && !hs.failed()) {
        const ssize_t n = ::read(fd, buf.data(), buf.size());
        if (n <= 0) {
            o.error = "connection closed during the handshake";
            return o;
        }
        hs.onData(BytesView(buf.data(), static_cast<std::size_t>(n)));
        writeAll(fd, hs.takeOutput());
    }
    if (hs.failed()) {
        o.error = hs.error();
        return o;
    }
    o.remotePeer = hs.remotePeerId().toBase58();
    o.remoteMuxers = hs.remoteMuxers();
    NoiseSession session = hs.takeSession();
    Bytes plain;
    if (!session.decrypt(hs.takeRemainder(), plain)) {
        o.error = session.error();
        return o;
    }
    writeAll(fd, session.encrypt(Bytes(100000, 'x')));
    while (plain.empty()) {
        const ssize_t n = ::read(fd, buf.data(), buf.size());
        if (n <= 0)
            break;
        if (auto st = session.decrypt(BytesView(buf.data(), static_cast<std::size_t>(n)), plain); !st) {
            o.error = st.error().message;
            return o;
        }
    }
    o.reply = toString(plain);
    return o;
}

NoiseConfig configFor(const crypto::PrivateKey& key, std::uint64_t seed)
{
    SeededRng rng(seed);
    NoiseConfig c;
    c.identity = &key;
    rng.fill(c.staticSecret);
    rng.fill(c.ephemeralSecret);
    c.muxers = {"/yamux/1.0.0", "/mplex/6.7.0"};
    return c;
}

std::string peerOf(const crypto::PrivateKey& key)
{
    return multiformats::PeerId::fromPublicKey(key.publicKey().toProtobuf()).toBase58();
}

// A listening loopback socket on an ephemeral port.
int listenLoopback(int& port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || ::listen(fd, 1) != 0
        || ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) != 0)
        return -1;
    port = ntohs(a.sin_port);
    return fd;
}

int acceptWithTimeout(int listener)
{
    setTimeouts(listener); // SO_RCVTIMEO bounds accept() too
    const int fd = ::accept(listener, nullptr, nullptr);
    if (fd >= 0)
        setTimeouts(fd);
    return fd;
}

} // namespace

TEST(NoiseInterop, WeDialJsListens)
{
    if (!jsInstalled())
        GTEST_SKIP() << "tests/interop/node_modules not installed";
    JsPeer js({"listen"});
    const std::string jsPeer = js.field("peer");
    const std::string port = js.field("port");
    ASSERT_FALSE(port.empty()) << js.lines();
    SeededRng rng(11);
    const auto key = crypto::PrivateKey::generateEd25519(rng);
    NoiseConfig cfg = configFor(key, 12);
    cfg.expectedRemote = multiformats::PeerId::fromString(jsPeer).value();
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    setTimeouts(fd);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<std::uint16_t>(std::stoi(port)));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
    NoiseHandshake hs(true, cfg);
    const Outcome o = run(fd, hs);
    ::close(fd);
    EXPECT_EQ(o.error, "");
    EXPECT_EQ(o.remotePeer, jsPeer);
    EXPECT_EQ(o.remoteMuxers, (std::vector<std::string>{"/yamux/1.0.0", "/mplex/6.7.0"}));
    EXPECT_EQ(o.reply, "js echo: 65519"); // js decrypted our first full frame
    EXPECT_EQ(js.field("remote"), peerOf(key) + " muxers /yamux/1.0.0,/mplex/6.7.0") << js.lines();
    EXPECT_EQ(js.wait(), 0) << js.lines();
}

TEST(NoiseInterop, JsDialsWeListen)
{
    if (!jsInstalled())
        GTEST_SKIP() << "tests/interop/node_modules not installed";
    SeededRng rng(21);
    const auto key = crypto::PrivateKey::generateEd25519(rng);
    int port = 0;
    const int listener = listenLoopback(port);
    ASSERT_GE(listener, 0);
    JsPeer js({"dial", std::to_string(port), peerOf(key)});
    const std::string jsPeer = js.field("peer");
    const int fd = acceptWithTimeout(listener);
    ::close(listener);
    ASSERT_GE(fd, 0) << js.lines();
    NoiseHandshake hs(false, configFor(key, 22));
    const Outcome o = run(fd, hs);
    ::close(fd);
    EXPECT_EQ(o.error, "");
    EXPECT_EQ(o.remotePeer, jsPeer);
    EXPECT_EQ(o.reply, "js echo: 65519");
    EXPECT_EQ(js.wait(), 0) << js.lines();
}

TEST(NoiseInterop, JsRefusesWrongPeerId)
{
    if (!jsInstalled())
        GTEST_SKIP() << "tests/interop/node_modules not installed";
    SeededRng rng(31);
    const auto key = crypto::PrivateKey::generateEd25519(rng);
    const auto other = crypto::PrivateKey::generateEd25519(rng);
    int port = 0;
    const int listener = listenLoopback(port);
    ASSERT_GE(listener, 0);
    JsPeer js({"dial", std::to_string(port), peerOf(other)});
    const int fd = acceptWithTimeout(listener);
    ::close(listener);
    ASSERT_GE(fd, 0) << js.lines();
    NoiseHandshake hs(false, configFor(key, 32));
    const Outcome o = run(fd, hs);
    ::close(fd);
    EXPECT_FALSE(o.error.empty());
    EXPECT_NE(js.field("error").find("does not match"), std::string::npos) << js.lines();
    EXPECT_EQ(js.wait(), 1);
}
