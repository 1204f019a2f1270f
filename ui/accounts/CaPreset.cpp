#include "CaPreset.h"

#include <QCoreApplication>

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CaPreset)
};

} // namespace

QList<CaPreset> CaPreset::all()
{
    return {
        {QStringLiteral("letsencrypt"),
         Text::tr("Let's Encrypt"),
         QUrl(QStringLiteral("https://acme-v02.api.letsencrypt.org/directory")),
         false,
         {},
         Text::tr("Free, publicly trusted, 90-day certificates.")},
        {QStringLiteral("letsencrypt-staging"),
         Text::tr("Let's Encrypt (staging, for tests)"),
         QUrl(QStringLiteral("https://acme-staging-v02.api.letsencrypt.org/directory")),
         false,
         {},
         Text::tr("Generous rate limits, but browsers do not trust its certificates. Use it to try a setup.")},
        {QStringLiteral("zerossl"),
         Text::tr("ZeroSSL"),
         QUrl(QStringLiteral("https://acme.zerossl.com/v2/DV90")),
         true,
         QUrl(QStringLiteral("https://app.zerossl.com/developer")),
         Text::tr("Needs EAB credentials from the Developer section of your ZeroSSL account.")},
        {QStringLiteral("google"),
         Text::tr("Google Trust Services"),
         QUrl(QStringLiteral("https://dv.acme-v02.api.pki.goog/directory")),
         true,
         QUrl(QStringLiteral("https://cloud.google.com/certificate-manager/docs/public-ca-tutorial")),
         Text::tr("Needs EAB credentials created with gcloud in a Google Cloud project.")},
        {QStringLiteral("buypass"),
         Text::tr("Buypass Go SSL"),
         QUrl(QStringLiteral("https://api.buypass.com/acme/directory")),
         false,
         {},
         Text::tr("180-day certificates from a European CA.")},
        {QStringLiteral("custom"),
         Text::tr("Another CA (directory URL)"),
         {},
         false,
         {},
         Text::tr("Any ACME CA: a private CA such as step-ca, or a public one not listed here.")},
    };
}
