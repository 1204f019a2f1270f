#include "HttpHeaders.h"

#include <QLocale>
#include <QNetworkReply>
#include <QRegularExpression>

namespace HttpHeaders {

QList<QUrl> linkTargets(const QList<QByteArray> &linkHeaders, const QByteArray &relation, const QUrl &base)
{
    // <target>; param=value; rel="a b", <target2>; …
    static const QRegularExpression link(QStringLiteral(R"(<([^>]*)>((?:\s*;\s*[^;,]*)*))"));
    static const QRegularExpression rel(QStringLiteral(R"re(;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+)))re"),
                                        QRegularExpression::CaseInsensitiveOption);
    QList<QUrl> targets;
    for (const QByteArray &header : linkHeaders) {
        const QString text = QString::fromLatin1(header);
        auto links = link.globalMatch(text);
        while (links.hasNext()) {
            const auto match = links.next();
            const auto relMatch = rel.match(match.captured(2));
            if (!relMatch.hasMatch()) {
                continue;
            }
            const QString relations = relMatch.captured(1).isEmpty() ? relMatch.captured(2) : relMatch.captured(1);
            if (relations.split(QLatin1Char(' '), Qt::SkipEmptyParts)
                    .contains(QString::fromLatin1(relation), Qt::CaseInsensitive)) {
                targets << base.resolved(QUrl(match.captured(1)));
            }
        }
    }
    return targets;
}

QList<QUrl> linkTargets(const QNetworkReply *reply, const QByteArray &relation)
{
    QList<QByteArray> headers;
    for (const auto &pair : reply->rawHeaderPairs()) {
        if (pair.first.compare("link", Qt::CaseInsensitive) == 0) {
            // Qt joins repeated headers with ", ", which the parser above handles.
            headers << pair.second;
        }
    }
    return linkTargets(headers, relation, reply->url());
}

std::optional<QDateTime> retryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber) {
        return seconds < 0 ? std::nullopt : std::optional(now.addSecs(seconds));
    }
    // IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (!when.isValid()) {
        return std::nullopt;
    }
    when.setTimeSpec(Qt::UTC);
    return when;
}

std::optional<QDateTime> retryAfter(const QNetworkReply *reply, const QDateTime &now)
{
    return retryAfter(reply->rawHeader("Retry-After"), now);
}

} // namespace HttpHeaders
