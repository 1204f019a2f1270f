#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// An ACME identifier object (RFC 8555 §7.1.3 / §9.7.7): type "dns" (names, including
// wildcards) or "ip" (RFC 8738).
struct AcmeIdentifier
{
    QString type = QStringLiteral("dns");
    QString value;

    static AcmeIdentifier dns(const QString &name) { return {QStringLiteral("dns"), name}; }

    static AcmeIdentifier fromJson(const QJsonObject &object)
    {
        return {object.value(QStringLiteral("type")).toString(), object.value(QStringLiteral("value")).toString()};
    }

    QJsonObject toJson() const { return {{QStringLiteral("type"), type}, {QStringLiteral("value"), value}}; }

    bool isNull() const { return value.isEmpty(); }

    friend bool operator==(const AcmeIdentifier &a, const AcmeIdentifier &b)
    {
        return a.type == b.type && a.value.compare(b.value, Qt::CaseInsensitive) == 0;
    }
};
