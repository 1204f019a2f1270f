#include "FuzzInput.h"

#include "core/acme/HttpHeaders.h"

#include <QDateTime>
#include <QUrl>

// The response headers ACME reads beyond the basics: Link (alternate chains, pagination, terms
// of service; RFC 8288) and Retry-After (RFC 9110 §10.2.3). One header value per line.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> values = FuzzInput::lines(FuzzInput::bytes(data, size));
    const QUrl base(QStringLiteral("https://ca.example.test/acme/cert/1"));
    for (const QByteArray &relation : {QByteArray("alternate"), QByteArray("next"), QByteArray("up")}) {
        for (const QUrl &target : HttpHeaders::linkTargets(values, relation, base)) {
            (void)target.toString();
        }
    }
    const QDateTime now(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
    for (const QByteArray &value : values) {
        (void)HttpHeaders::retryAfter(value, now);
    }
    return 0;
}
