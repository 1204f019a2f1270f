#include "SecretRef.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

const QLatin1String kPrefix("certdesk");

} // namespace

SecretRef::SecretRef(QString kind, QString id)
    : m_kind(std::move(kind))
    , m_id(std::move(id))
{
}

bool SecretRef::isValidPart(const QString &part)
{
    // Starts with a letter or digit, so "." and ".." never name anything.
    if (part.isEmpty() || part.size() > 128 || !part.front().isLetterOrNumber()) {
        return false;
    }
    for (const QChar c : part) {
        const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                             || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                             || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')
                             || c == QLatin1Char('_') || c == QLatin1Char('.');
        if (!allowed) {
            return false;
        }
    }
    return true;
}

bool SecretRef::isValid() const
{
    return isValidPart(m_kind) && isValidPart(m_id);
}

QString SecretRef::toString() const
{
    return QStringList{kPrefix, m_kind, m_id}.join(QLatin1Char('/'));
}

Result<SecretRef> SecretRef::parse(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() == 3 && parts.at(0) == kPrefix) {
        SecretRef ref(parts.at(1), parts.at(2));
        if (ref.isValid()) {
            return ref;
        }
    }
    return Problem::make(
        Problem::Category::Input,
        QStringLiteral("secrets.bad-reference"),
        QCoreApplication::translate("SecretRef", "Invalid keychain reference."),
        QCoreApplication::translate("SecretRef", "\"%1\" is not of the form certdesk/<kind>/<id>.").arg(text));
}
