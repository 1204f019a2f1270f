#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Choosing among the certificate chains a CA offers (RFC 8555 §7.4.2), the way certbot's
// and lego's "preferred chain" option works: a chain is preferred when the issuer common
// name of its topmost certificate matches; failing that, when any certificate in it was
// issued by that name; failing that, the CA's default (the first) is used.
namespace PreferredChain {

// `chains[0]` is the default chain. Returns an index into `chains`.
qsizetype choose(const QList<QByteArray> &chains, const QString &preferredIssuer);

} // namespace PreferredChain
