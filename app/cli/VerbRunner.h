#pragma once

#include "CommandLine.h"
#include "Invocation.h"

// Runs one verb to completion on a QCoreApplication and returns the process exit code:
// 0 success, 1 the work failed (a Problem was printed), 2 the command line was wrong.
class VerbRunner final
{
public:
    explicit VerbRunner(const CommandLine &commandLine);

    int run(const Invocation &invocation) const;

private:
    const CommandLine &m_commandLine;
};
