#pragma once
// The node's identity key on disk: a serialised libp2p PrivateKey protobuf (as go-libp2p and
// js-libp2p store it), readable by its owner only.

#include "core/base/result.h"
#include "core/base/rng.h"
#include "core/crypto/keys.h"

#include <string>

namespace meshscope::crypto {

// Loads the Ed25519 identity key at `path`, or creates it (mode 0600, O_CREAT|O_EXCL) from a seed
// drawn from `rng` if the file does not exist. Refuses, naming the file, a key file that group or
// others can access (mode & 077), that is not a regular file, or that does not parse.
Result<PrivateKey> loadOrCreateKeyFile(const std::string& path, Rng& rng);

} // namespace meshscope::crypto
