#include "NoncePool.h"

#include <QNetworkReply>

void NoncePool::add(const QByteArray &nonce)
{
    if (!isValid(nonce) || m_nonces.contains(nonce)) {
        return;
    }
    m_nonces.append(nonce);
    while (m_nonces.size() > Capacity) {
        m_nonces.removeFirst();
    }
}

void NoncePool::collect(const QNetworkReply *reply)
{
    if (reply) {
        add(reply->rawHeader("Replay-Nonce").trimmed());
    }
}

std::optional<QByteArray> NoncePool::take()
{
    if (m_nonces.isEmpty()) {
        return std::nullopt;
    }
    return m_nonces.takeLast();
}

void NoncePool::clear()
{
    m_nonces.clear();
}

bool NoncePool::isValid(const QByteArray &nonce)
{
    if (nonce.isEmpty() || nonce.size() > 512) {
        return false;
    }
    for (const char c : nonce) {
        const bool ok =
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok) {
            return false;
        }
    }
    return true;
}
