#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// A fixture file from tests/data, e.g. testData("acme/directory-full.json").
inline QByteArray testData(const char *relativePath)
{
    QFile file(QStringLiteral(CERTDESK_TEST_DATA_DIR "/") + QLatin1String(relativePath));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
