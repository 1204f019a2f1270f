#pragma once

#include "core/Result.h"

#include <QString>

// For Qt Test code using the lab: the whole story of a failed Result, technical evidence
// (the end of a server's log) included, so a red CI run explains itself.
template <typename T>
QString labFailureText(const Result<T> &result)
{
    if (result.ok()) {
        return {};
    }
    const Problem &problem = result.problem();
    return problem.technical.isEmpty() ? problem.message() : problem.message() + QLatin1Char('\n') + problem.technical;
}

// QVERIFY for a Result: fails the test with the Problem's message and evidence.
#define LAB_VERIFY_OK(expression)                                                                                      \
    do {                                                                                                               \
        const auto &labResult_ = (expression);                                                                         \
        QVERIFY2(labResult_.ok(), qPrintable(labFailureText(labResult_)));                                             \
    } while (false)
