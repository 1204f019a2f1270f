#include "DnsName.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QUrl>

namespace {

// RFC 1035 §2.3.4: 63 octets per label; 255 octets on the wire, which is 253 characters in
// presentation form without the trailing dot.
constexpr int MaxLabelLength = 63;
constexpr int MaxNameLength = 253;

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DnsName)
};

Problem nameProblem(const QString &code, const QString &title, const QString &detail, const QString &hint)
{
    return Problem::make(Problem::Category::Input, code, title, detail, hint);
}

bool isLdhOrUnderscore(QChar c)
{
    // Host names are letters, digits and hyphens (RFC 952, RFC 1123 §2.1). Underscores appear
    // in service labels such as `_acme-challenge` (RFC 8552), so they are accepted too.
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
}

bool isDecodableALabel(const QString &ace)
{
    // QUrl::fromAce gives the label back unchanged, or nothing, when it cannot decode it.
    const QString decoded = QUrl::fromAce(ace.toLatin1(), QUrl::AceProcessingOption::IgnoreIDNWhitelist);
    return !decoded.isEmpty() && decoded != ace;
}

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7f) {
            return false;
        }
    }
    return true;
}

} // namespace

DnsName::DnsName(QString ace)
    : m_ace(std::move(ace))
{
}

Result<DnsName> DnsName::parse(const QString &input)
{
    QString text = input.trimmed();
    // IDNA2008 (RFC 5895 §2) treats the ideographic and full-width full stops as dots.
    for (const QChar dot : {QChar(0x3002), QChar(0xff0e), QChar(0xff61)}) {
        text.replace(dot, QLatin1Char('.'));
    }
    if (text.endsWith(QLatin1Char('.')) && text.size() > 1) {
        text.chop(1);
    }
    if (text.isEmpty() || text == QLatin1String(".")) {
        return nameProblem(QStringLiteral("dns.name.empty"),
                           Text::tr("No domain name was given."),
                           {},
                           Text::tr("Enter a name such as www.example.com."));
    }

    const QStringList labels = text.split(QLatin1Char('.'));
    QStringList aceLabels;
    aceLabels.reserve(labels.size());
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString &label = labels.at(i);
        if (label.isEmpty()) {
            return nameProblem(QStringLiteral("dns.name.empty-label"),
                               Text::tr("The domain name has an empty label."),
                               Text::tr("“%1” has two dots in a row or starts with a dot.").arg(input),
                               Text::tr("Remove the extra dot."));
        }
        if (label.contains(QLatin1Char('*'))) {
            if (label != QLatin1String("*") || i != 0) {
                return nameProblem(QStringLiteral("dns.name.wildcard-position"),
                                   Text::tr("The wildcard is in the wrong place."),
                                   Text::tr("In “%1” the asterisk is not the whole first label.").arg(input),
                                   Text::tr("A wildcard must look like *.example.com."));
            }
            aceLabels << label;
            continue;
        }
        QString ace;
        if (isAscii(label)) {
            ace = label.toLower();
        } else {
            ace = QString::fromLatin1(QUrl::toAce(label)).toLower();
            if (ace.isEmpty()) {
                return nameProblem(QStringLiteral("dns.name.idna"),
                                   Text::tr("The domain name cannot be converted to its DNS form."),
                                   Text::tr("“%1” in “%2” is not a valid internationalised label.").arg(label, input),
                                   Text::tr("Check the spelling, or enter the punycode (xn--) form."));
            }
        }
        for (const QChar c : ace) {
            if (!isLdhOrUnderscore(c)) {
                return nameProblem(QStringLiteral("dns.name.illegal-character"),
                                   Text::tr("The domain name contains a character DNS does not allow."),
                                   Text::tr("“%1” contains “%2”.").arg(input, QString(c)),
                                   Text::tr("Use only letters, digits, hyphens and dots."));
            }
        }
        // An A-label must decode (RFC 5891 §5.4): `xn--` followed by garbage would be a name no
        // registry accepts and no person can read.
        if (ace.startsWith(QLatin1String("xn--")) && !isDecodableALabel(ace)) {
            return nameProblem(QStringLiteral("dns.name.idna"),
                               Text::tr("The domain name cannot be converted to its DNS form."),
                               Text::tr("“%1” in “%2” is not a valid internationalised label.").arg(label, input),
                               Text::tr("Check the spelling, or enter the name in its Unicode form."));
        }
        if (ace.startsWith(QLatin1Char('-')) || ace.endsWith(QLatin1Char('-'))) {
            return nameProblem(QStringLiteral("dns.name.hyphen"),
                               Text::tr("A label of the domain name starts or ends with a hyphen."),
                               Text::tr("“%1” in “%2” is not a valid host name label.").arg(label, input),
                               Text::tr("Remove the hyphen at the start or end of the label."));
        }
        if (ace.size() > MaxLabelLength) {
            return nameProblem(QStringLiteral("dns.name.label-too-long"),
                               Text::tr("A label of the domain name is too long."),
                               Text::tr("“%1” has %2 characters in its DNS form; at most %3 are allowed.")
                                   .arg(label.left(20) + QStringLiteral("…"))
                                   .arg(ace.size())
                                   .arg(MaxLabelLength),
                               Text::tr("Shorten that part of the name."));
        }
        aceLabels << ace;
    }

    if (aceLabels.size() == 1 && aceLabels.constFirst() == QLatin1String("*")) {
        return nameProblem(QStringLiteral("dns.name.bare-wildcard"),
                           Text::tr("A wildcard needs a domain under it."),
                           Text::tr("“*” alone does not name anything."),
                           Text::tr("Write the wildcard with its domain, for example *.example.com."));
    }

    QString ace = aceLabels.join(QLatin1Char('.'));
    if (ace.size() > MaxNameLength) {
        return nameProblem(QStringLiteral("dns.name.too-long"),
                           Text::tr("The domain name is too long."),
                           Text::tr("The name has %1 characters in its DNS form; at most %2 are allowed.")
                               .arg(ace.size())
                               .arg(MaxNameLength),
                           Text::tr("Use a shorter name."));
    }
    return DnsName(std::move(ace));
}

DnsName DnsName::fromNormalised(const QString &ace)
{
    QString text = ace.toLower();
    if (text.endsWith(QLatin1Char('.'))) {
        text.chop(1);
    }
    return DnsName(std::move(text));
}

QString DnsName::fqdn() const
{
    return m_ace + QLatin1Char('.');
}

QString DnsName::display() const
{
    QStringList out;
    for (const QString &label : labels()) {
        // Per label, because QUrl::fromAce refuses whole names containing `*` or `_`. Qt's IDN
        // whitelist would keep most TLDs in punycode; CertDesk shows names the administrator
        // entered, and records always show the ACE form beside them.
        out << (label.startsWith(QLatin1String("xn--"))
                    ? QUrl::fromAce(label.toLatin1(), QUrl::AceProcessingOption::IgnoreIDNWhitelist)
                    : label);
    }
    return out.join(QLatin1Char('.'));
}

QStringList DnsName::labels() const
{
    if (m_ace.isEmpty()) {
        return {};
    }
    return m_ace.split(QLatin1Char('.'));
}

int DnsName::labelCount() const
{
    return m_ace.isEmpty() ? 0 : int(m_ace.count(QLatin1Char('.'))) + 1;
}

bool DnsName::isWildcard() const
{
    return m_ace.startsWith(QLatin1String("*."));
}

DnsName DnsName::base() const
{
    return isWildcard() ? DnsName(m_ace.mid(2)) : *this;
}

DnsName DnsName::challengeName() const
{
    if (isNull()) {
        return {};
    }
    return base().child(QStringLiteral("_acme-challenge"));
}

DnsName DnsName::parent() const
{
    const qsizetype dot = m_ace.indexOf(QLatin1Char('.'));
    return dot < 0 ? DnsName() : DnsName(m_ace.mid(dot + 1));
}

DnsName DnsName::child(const QString &label) const
{
    if (isNull()) {
        return DnsName(label.toLower());
    }
    return DnsName(label.toLower() + QLatin1Char('.') + m_ace);
}

bool DnsName::isWithin(const DnsName &zone) const
{
    if (zone.isNull() || isNull()) {
        return false;
    }
    return m_ace == zone.m_ace || m_ace.endsWith(QLatin1Char('.') + zone.m_ace);
}

QString DnsName::relativeTo(const DnsName &zone) const
{
    if (!isWithin(zone)) {
        return {};
    }
    if (m_ace == zone.m_ace) {
        return QStringLiteral("@");
    }
    return m_ace.left(m_ace.size() - zone.m_ace.size() - 1);
}

size_t qHash(const DnsName &name, size_t seed) noexcept
{
    return qHash(name.ace(), seed);
}
