#pragma once
// The QCoreApplication that GoogleTest suites on real sockets and timers need: created once per
// test process (by the first suite that asks) and kept until the process exits.

#include <QCoreApplication>

#include <cstdio>

namespace meshscope::testsupport {

// Creates the process's QCoreApplication named `name` unless one exists. Call from SetUpTestSuite().
inline void ensureCoreApplication(const char* name)
{
    if (QCoreApplication::instance() != nullptr)
        return;
    static int argc = 1;
    static char programName[64] = {};
    std::snprintf(programName, sizeof programName, "%s", name);
    static char* argv[] = { programName, nullptr };
    new QCoreApplication(argc, argv);
}

} // namespace meshscope::testsupport
