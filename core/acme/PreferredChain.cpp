#include "PreferredChain.h"

#include "core/crypto/CertificateInfo.h"

namespace PreferredChain {

qsizetype choose(const QList<QByteArray> &chains, const QString &preferredIssuer)
{
    if (preferredIssuer.isEmpty() || chains.size() < 2) {
        return 0;
    }
    qsizetype partial = -1;
    for (qsizetype i = 0; i < chains.size(); ++i) {
        const auto info = CertificateInfo::fromPem(chains.at(i));
        if (!info) {
            continue;
        }
        if (info->topIssuerCommonName().compare(preferredIssuer, Qt::CaseInsensitive) == 0) {
            return i;
        }
        if (partial < 0 && info->chainIssuerCommonNames().contains(preferredIssuer, Qt::CaseInsensitive)) {
            partial = i;
        }
    }
    return partial < 0 ? 0 : partial;
}

} // namespace PreferredChain
