#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

class QNetworkReply;

// Anti-replay nonces (RFC 8555 §6.5). Every response carries a fresh Replay-Nonce, so
// keeping them makes the HEAD newNonce round trip rare: it is only needed when the pool is
// empty. Nonces are single-use; the newest is used first because the server is most likely
// to still accept it. The pool is bounded so a long session does not hoard stale nonces.
class NoncePool final
{
public:
    static constexpr int Capacity = 16;

    void add(const QByteArray &nonce);
    // Takes the Replay-Nonce header of any response, success or error (§6.5.1).
    void collect(const QNetworkReply *reply);
    std::optional<QByteArray> take();
    void clear();

    qsizetype size() const { return m_nonces.size(); }

    // RFC 8555 §6.5.1: the nonce must be base64url without padding.
    static bool isValid(const QByteArray &nonce);

private:
    QList<QByteArray> m_nonces;
};
