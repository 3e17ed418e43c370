// The identity key file: created 0600 from the caller's Rng, reloaded, refused when exposed or bad.
#include "core/crypto/keyfile.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

using namespace meshscope;
using namespace meshscope::crypto;

namespace {

class KeyFile : public ::testing::Test {
protected:
    void SetUp() override
    {
        char tmpl[] = "/tmp/meshscope-keyfile-XXXXXX";
        ASSERT_NE(::mkdtemp(tmpl), nullptr);
        m_dir = tmpl;
        m_path = m_dir + "/identity.key";
    }
    void TearDown() override
    {
        std::remove(m_path.c_str());
        ::rmdir(m_dir.c_str());
    }
    void writeFile(const Bytes& data, mode_t mode)
    {
        std::ofstream(m_path, std::ios::binary).write(reinterpret_cast<const char*>(data.data()),
                                                      static_cast<std::streamsize>(data.size()));
        ASSERT_EQ(::chmod(m_path.c_str(), mode), 0);
    }
    std::string m_dir;  // temporary directory
    std::string m_path; // key file inside it
};

} // namespace

TEST_F(KeyFile, CreatesWithMode0600ThenReloads)
{
    SeededRng rng(1);
    auto created = loadOrCreateKeyFile(m_path, rng);
    ASSERT_TRUE(created) << created.error().message;
    struct stat st {};
    ASSERT_EQ(::stat(m_path.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    EXPECT_EQ(st.st_size, 68);

    SeededRng other(2);
    auto loaded = loadOrCreateKeyFile(m_path, other);
    ASSERT_TRUE(loaded) << loaded.error().message;
    EXPECT_EQ(loaded->publicKey(), created->publicKey());
    const Bytes msg = toBytes("m");
    EXPECT_TRUE(created->publicKey().verify(msg, loaded->sign(msg)));
}

TEST_F(KeyFile, RefusesGroupOrOtherReadable)
{
    SeededRng rng(1);
    writeFile(PrivateKey::generateEd25519(rng).toProtobuf(), 0644);
    auto r = loadOrCreateKeyFile(m_path, rng);
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find(m_path), std::string::npos) << r.error().message;
    EXPECT_NE(r.error().message.find("0644"), std::string::npos) << r.error().message;
    ASSERT_EQ(::chmod(m_path.c_str(), 0640), 0);
    EXPECT_FALSE(loadOrCreateKeyFile(m_path, rng));
    ASSERT_EQ(::chmod(m_path.c_str(), 0600), 0);
    EXPECT_TRUE(loadOrCreateKeyFile(m_path, rng));
}

TEST_F(KeyFile, RefusesMalformed)
{
    SeededRng rng(1);
    writeFile(toBytes("not a key"), 0600);
    auto r = loadOrCreateKeyFile(m_path, rng);
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find(m_path), std::string::npos);
    EXPECT_NE(r.error().message.find("malformed"), std::string::npos) << r.error().message;
    writeFile(Bytes(100000, 1), 0600);
    auto big = loadOrCreateKeyFile(m_path, rng);
    ASSERT_FALSE(big);
    EXPECT_NE(big.error().message.find("too large"), std::string::npos) << big.error().message;
}

TEST_F(KeyFile, MissingDirectoryIsAClearError)
{
    SeededRng rng(1);
    auto r = loadOrCreateKeyFile(m_dir + "/no/such/dir/key", rng);
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("no/such/dir/key"), std::string::npos);
}
