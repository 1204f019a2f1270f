#include "DataKey.h"

#include "core/crypto/Envelope.h"
#include "core/secrets/SecretStore.h"

namespace {

const SecretRef kDataKeyRef(QStringLiteral("data-key"), QStringLiteral("1"));

} // namespace

DataKey::DataKey(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{
}

void DataKey::deliver(const Result<QByteArray> &key)
{
    if (key) {
        m_key = key.value();
    }
    const auto waiters = std::exchange(m_waiters, {});
    for (const auto &waiter : waiters) {
        waiter(key);
    }
}

void DataKey::withKey(std::function<void(Result<QByteArray>)> next)
{
    if (!m_key.isEmpty()) {
        next(m_key);
        return;
    }
    m_waiters << std::move(next);
    if (m_waiters.size() > 1) {
        return;
    }
    m_secrets->fetch(kDataKeyRef, this, [this](Result<QByteArray> fetched) {
        if (fetched && fetched.value().size() == Envelope::KeySize) {
            deliver(fetched.value());
            return;
        }
        if (fetched) {
            deliver(Problem::make(Problem::Category::Keychain,
                                  QStringLiteral("keychain.bad-data-key"),
                                  tr("The data key in the keychain is damaged."),
                                  tr("The keychain entry %1 does not hold a 32-byte key.").arg(kDataKeyRef.toString()),
                                  tr("Restore the keychain from a backup; stored private keys cannot be read "
                                     "without it. New certificates can still be issued after removing the entry.")));
            return;
        }
        if (fetched.problem().code != QLatin1String("keychain.not-found")) {
            deliver(fetched.problem());
            return;
        }
        // First use in this profile.
        const QByteArray key = Envelope::generateKey();
        m_secrets->store(kDataKeyRef, key, this, [this, key](Result<void> stored) {
            deliver(stored ? Result<QByteArray>(key) : Result<QByteArray>(stored.problem()));
        });
    });
}
