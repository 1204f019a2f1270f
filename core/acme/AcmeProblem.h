#pragma once

#include "core/Problem.h"
#include "core/acme/AcmeIdentifier.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

// An RFC 7807 problem document from an ACME server (RFC 8555 §6.7), with subproblems
// (§6.7.1) and the identifier each one is about, turned into a Problem an administrator can
// act on.
class AcmeProblem final
{
    Q_DECLARE_TR_FUNCTIONS(AcmeProblem)

public:
    enum class Type {
        Unknown,
        AccountDoesNotExist,
        AlreadyReplaced, // RFC 9773 §5
        AlreadyRevoked,
        BadCsr,
        BadNonce,
        BadPublicKey,
        BadRevocationReason,
        BadSignatureAlgorithm,
        Caa,
        Compound,
        Connection,
        Dns,
        ExternalAccountRequired,
        IncorrectResponse,
        InvalidContact,
        InvalidProfile, // draft-ietf-acme-profiles
        Malformed,
        OrderNotReady,
        RateLimited,
        RejectedIdentifier,
        ServerInternal,
        Tls,
        Unauthorized,
        UnsupportedContact,
        UnsupportedIdentifier,
        UserActionRequired,
    };

    AcmeProblem() = default;

    static AcmeProblem fromJson(const QJsonObject &object, int httpStatus = 0);
    // Only when the content type is application/problem+json (or the body clearly is one).
    static std::optional<AcmeProblem>
    fromResponse(const QByteArray &contentType, const QByteArray &body, int httpStatus);

    Type type() const { return m_type; }

    QString typeUri() const { return m_typeUri; }

    QString detail() const { return m_detail; }

    int status() const { return m_status; }

    AcmeIdentifier identifier() const { return m_identifier; }

    const std::vector<AcmeProblem> &subproblems() const { return m_subproblems; }

    QString instance() const { return m_instance; }

    // "acme.badNonce", "acme.rateLimited", …, "acme.error" for unknown types.
    QString code() const;
    Problem toProblem() const;

    static QString typeName(Type type);

private:
    struct Wording
    {
        Problem::Category category;
        QString title;
        QString hint;
    };

    static Wording wordingFor(Type type);

    Type m_type = Type::Unknown;
    QString m_typeUri;
    QString m_detail;
    QString m_instance;
    int m_status = 0;
    AcmeIdentifier m_identifier;
    std::vector<AcmeProblem> m_subproblems;
};
