#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <functional>

class SecretStore;

// The profile's data key: 32 random bytes in the keychain ("certdesk/data-key/1") that seal
// the larger secrets kept in the database (certificate private keys, AES-256-GCM). Created
// on first use. Losing it makes stored private keys unreadable, never readable by others.
class DataKey final : public QObject
{
    Q_OBJECT

public:
    explicit DataKey(SecretStore *secrets, QObject *parent = nullptr);

    void withKey(std::function<void(Result<QByteArray>)> next);

private:
    void deliver(const Result<QByteArray> &key);

    SecretStore *m_secrets;
    QByteArray m_key;
    QList<std::function<void(Result<QByteArray>)>> m_waiters;
};
