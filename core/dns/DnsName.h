#pragma once

#include "core/Result.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

// A validated, normalised DNS name: lower case, ASCII-compatible encoding (punycode, RFC 5891),
// no trailing dot. This is the form CertDesk stores, compares and puts on the wire; display()
// gives the Unicode form for people. A wildcard is allowed only as the whole first label
// (RFC 4592 §2.1.1), which is also the only form ACME accepts (RFC 8555 §7.1.3).
class DnsName
{
public:
    DnsName() = default;

    // Accepts Unicode or punycode input, any case, with or without the trailing dot.
    static Result<DnsName> parse(const QString &input);

    // For names read from the wire or already known to be normalised: lower-cases and trims the
    // trailing dot but does not validate. Use parse() for anything a person typed.
    static DnsName fromNormalised(const QString &ace);

    bool isNull() const { return m_ace.isEmpty(); }

    QString ace() const { return m_ace; }

    QString fqdn() const; // with the trailing dot, for zone files and the wire
    QString display() const;

    QStringList labels() const;
    int labelCount() const;

    bool isWildcard() const;
    // `*.example.com` → `example.com`; any other name → itself.
    DnsName base() const;
    // Where the dns-01 TXT record lives: `_acme-challenge.<base>` (RFC 8555 §8.4). A wildcard
    // shares the record with its base name.
    DnsName challengeName() const;

    // One label up, or a null name above a single-label name.
    DnsName parent() const;
    // A new name with `label` in front (the label is not validated).
    DnsName child(const QString &label) const;

    // True if this name is `zone` or lies below it (label-wise, so `badexample.com` is not
    // below `example.com`).
    bool isWithin(const DnsName &zone) const;
    // The labels in front of `zone` (`_acme-challenge.www` for `_acme-challenge.www.example.com`
    // in `example.com`), "@" for the apex itself, an empty string if the name is outside `zone`.
    QString relativeTo(const DnsName &zone) const;

    friend bool operator==(const DnsName &a, const DnsName &b) { return a.m_ace == b.m_ace; }

    friend bool operator!=(const DnsName &a, const DnsName &b) { return a.m_ace != b.m_ace; }

    friend bool operator<(const DnsName &a, const DnsName &b) { return a.m_ace < b.m_ace; }

private:
    explicit DnsName(QString ace);

    QString m_ace;
};

size_t qHash(const DnsName &name, size_t seed = 0) noexcept;

Q_DECLARE_METATYPE(DnsName)
