// multistream-select dialer and listener fed arbitrary bytes, split where the input says.

#include "core/transport/multistreamselect.h"

#include <cstddef>
#include <cstdint>

using meshscope::BytesView;
using meshscope::transport::MultistreamSelect;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const std::uint8_t mode = data[0];
    const BytesView input(data + 1, size - 1);
    auto engine = (mode & 1) ? MultistreamSelect::listener({"/yamux/1.0.0", "/mplex/6.7.0", "/ipfs/id/1.0.0"})
                             : MultistreamSelect::dialer({"/meshsub/1.2.0", "/meshsub/1.1.0", "/floodsub/1.0.0"});
    if (mode & 2)
        engine.requestList();
    if (mode & 4)
        engine.onData(input.first(input.size() / 2)); // some bytes before start()
    engine.start();
    const std::size_t step = 1 + (mode >> 3);
    for (std::size_t pos = (mode & 4) ? input.size() / 2 : 0; pos < input.size(); pos += step) {
        engine.onData(input.subspan(pos, std::min(step, input.size() - pos)));
        (void)engine.takeOutput();
    }
    if (engine.state() == MultistreamSelect::State::Done) {
        (void)engine.takeRemainder();
        if (engine.role() == MultistreamSelect::Role::Listener && engine.protocol().empty())
            __builtin_trap(); // a listener always agrees on a named protocol
    }
    if (engine.state() == MultistreamSelect::State::Failed && engine.error().empty())
        __builtin_trap(); // failures always say why
    return 0;
}
