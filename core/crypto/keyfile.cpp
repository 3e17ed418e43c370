#include "core/crypto/keyfile.h"

#include <openssl/crypto.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace meshscope::crypto {

namespace {

// Closes a file descriptor when it goes out of scope.
struct Fd {
    int fd = -1; // the descriptor, -1 when none
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

std::string sysError(const std::string& what, const std::string& path)
{
    return "key file " + path + ": " + what + ": " + std::strerror(errno);
}

std::string octal(unsigned mode)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "%04o", mode & 07777);
    return buf;
}

Result<PrivateKey> readKeyFile(const std::string& path, int fd)
{
    struct stat st {};
    if (::fstat(fd, &st) != 0)
        return fail(sysError("cannot stat", path));
    if (!S_ISREG(st.st_mode))
        return fail("key file " + path + " is not a regular file");
    if ((st.st_mode & 077) != 0)
        return fail("key file " + path + " is accessible by group or others (mode " + octal(st.st_mode)
                    + "); run chmod 600 on it");
    if (st.st_size > static_cast<off_t>(kMaxKeyProtobufSize))
        return fail("key file " + path + " is malformed: " + std::to_string(st.st_size)
                    + " bytes is too large for a private key");
    Bytes data(kMaxKeyProtobufSize + 1);
    std::size_t got = 0;
    while (got < data.size()) {
        const ssize_t n = ::read(fd, data.data() + got, data.size() - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(sysError("cannot read", path));
        if (n == 0)
            break;
        got += static_cast<std::size_t>(n);
    }
    data.resize(got);
    auto key = PrivateKey::fromProtobuf(data);
    OPENSSL_cleanse(data.data(), data.size());
    if (!key)
        return fail("key file " + path + " is malformed: " + key.error().message);
    return key;
}

// Creates the file; sets `existed` if someone else created it first.
Result<PrivateKey> createKeyFile(const std::string& path, Rng& rng, bool& existed)
{
    Fd out{::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600)};
    existed = out.fd < 0 && errno == EEXIST;
    if (out.fd < 0)
        return fail(sysError("cannot create", path));
    PrivateKey key = PrivateKey::generateEd25519(rng);
    Bytes data = key.toProtobuf();
    std::size_t put = 0;
    Status written;
    while (put < data.size()) {
        const ssize_t n = ::write(out.fd, data.data() + put, data.size() - put);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            written = fail(sysError("cannot write", path));
            break;
        }
        put += static_cast<std::size_t>(n);
    }
    OPENSSL_cleanse(data.data(), data.size());
    if (written && ::fsync(out.fd) != 0)
        written = fail(sysError("cannot sync", path));
    if (!written) {
        ::unlink(path.c_str());
        return written.error();
    }
    return key;
}

} // namespace

Result<PrivateKey> loadOrCreateKeyFile(const std::string& path, Rng& rng)
{
    Fd in{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW)};
    if (in.fd >= 0)
        return readKeyFile(path, in.fd);
    if (errno != ENOENT)
        return fail(sysError("cannot open", path));
    bool existed = false;
    auto created = createKeyFile(path, rng, existed);
    if (!existed)
        return created;
    // Another process created it between our open and our create: read theirs.
    Fd again{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW)};
    if (again.fd < 0)
        return fail(sysError("cannot open", path));
    return readKeyFile(path, again.fd);
}

} // namespace meshscope::crypto
