#include "ChallengeName.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

const QLatin1String kChallengeLabel("_acme-challenge.");

Problem badName(const QString &detail)
{
    return Problem::make(Problem::Category::Input,
                         QStringLiteral("hub.bad-name"),
                         QCoreApplication::translate("ChallengeName", "The name is not a valid DNS hostname."),
                         detail,
                         QCoreApplication::translate("ChallengeName",
                                                     "Send the hostname the certificate is for, for example "
                                                     "_acme-challenge.www.example.com or www.example.com."));
}

} // namespace

bool ChallengeName::isValidLabel(QStringView label)
{
    // RFC 1035 2.3.4: 63 octets per label. Letters, digits and inner hyphens (LDH) only; IDNs
    // arrive as A-labels ("xn--..."), which are LDH too.
    if (label.isEmpty() || label.size() > 63 || label.front() == QLatin1Char('-') || label.back() == QLatin1Char('-')) {
        return false;
    }
    for (const QChar c : label) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
        if (!ok) {
            return false;
        }
    }
    return true;
}

Result<QString> ChallengeName::normalize(const QString &input)
{
    QString name = input.toLower();
    if (name.endsWith(QLatin1Char('.'))) {
        name.chop(1);
    }
    if (name.startsWith(kChallengeLabel)) {
        name = name.mid(kChallengeLabel.size());
    }
    // 253 characters is the longest name that fits in 255 octets of wire format.
    if (name.isEmpty() || name.size() > 253) {
        return badName(
            QCoreApplication::translate("ChallengeName", "The name is empty or longer than 253 characters."));
    }
    QStringView rest = name;
    if (rest.startsWith(QLatin1String("*."))) {
        rest = rest.mid(2);
    }
    const QList<QStringView> labels = rest.split(QLatin1Char('.'));
    if (labels.size() < 2) {
        return badName(
            QCoreApplication::translate("ChallengeName", "A name needs at least two labels, like example.com."));
    }
    for (const QStringView label : labels) {
        if (!isValidLabel(label)) {
            return badName(QCoreApplication::translate("ChallengeName",
                                                       "Only letters, digits and inner hyphens are allowed in each "
                                                       "label, with no empty label and at most 63 characters."));
        }
    }
    return name;
}

QString ChallengeName::recordNameFor(const QString &name)
{
    return kChallengeLabel + baseName(name);
}

QString ChallengeName::baseName(const QString &name)
{
    return isWildcard(name) ? name.mid(2) : name;
}
