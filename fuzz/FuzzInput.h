#pragma once

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>

// What every harness needs from libFuzzer's raw buffer: a deep copy (Qt containers must own
// their bytes, or a harness could read past the buffer without ASan noticing) and a split into
// lines, the simple framing several harnesses use to carry more than one field.
namespace FuzzInput {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QList<QByteArray> lines(const QByteArray &input)
{
    return input.split('\n');
}

} // namespace FuzzInput
