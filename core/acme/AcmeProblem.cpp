#include "AcmeProblem.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace {

constexpr auto Prefix = "urn:ietf:params:acme:error:";

struct TypeText
{
    AcmeProblem::Type type;
    const char *name;
};

constexpr TypeText Names[] = {
    {AcmeProblem::Type::AccountDoesNotExist, "accountDoesNotExist"},
    {AcmeProblem::Type::AlreadyReplaced, "alreadyReplaced"},
    {AcmeProblem::Type::AlreadyRevoked, "alreadyRevoked"},
    {AcmeProblem::Type::BadCsr, "badCSR"},
    {AcmeProblem::Type::BadNonce, "badNonce"},
    {AcmeProblem::Type::BadPublicKey, "badPublicKey"},
    {AcmeProblem::Type::BadRevocationReason, "badRevocationReason"},
    {AcmeProblem::Type::BadSignatureAlgorithm, "badSignatureAlgorithm"},
    {AcmeProblem::Type::Caa, "caa"},
    {AcmeProblem::Type::Compound, "compound"},
    {AcmeProblem::Type::Connection, "connection"},
    {AcmeProblem::Type::Dns, "dns"},
    {AcmeProblem::Type::ExternalAccountRequired, "externalAccountRequired"},
    {AcmeProblem::Type::IncorrectResponse, "incorrectResponse"},
    {AcmeProblem::Type::InvalidContact, "invalidContact"},
    {AcmeProblem::Type::InvalidProfile, "invalidProfile"},
    {AcmeProblem::Type::Malformed, "malformed"},
    {AcmeProblem::Type::OrderNotReady, "orderNotReady"},
    {AcmeProblem::Type::RateLimited, "rateLimited"},
    {AcmeProblem::Type::RejectedIdentifier, "rejectedIdentifier"},
    {AcmeProblem::Type::ServerInternal, "serverInternal"},
    {AcmeProblem::Type::Tls, "tls"},
    {AcmeProblem::Type::Unauthorized, "unauthorized"},
    {AcmeProblem::Type::UnsupportedContact, "unsupportedContact"},
    {AcmeProblem::Type::UnsupportedIdentifier, "unsupportedIdentifier"},
    {AcmeProblem::Type::UserActionRequired, "userActionRequired"},
};

} // namespace

AcmeProblem::Wording AcmeProblem::wordingFor(Type type)
{
    using C = Problem::Category;
    using T = AcmeProblem::Type;
    switch (type) {
    case T::AccountDoesNotExist:
        return {C::NotFound,
                tr("The CA does not know this account"),
                tr("Register a new account, or import the key of the account you used before.")};
    case T::AlreadyReplaced:
        return {C::Conflict,
                tr("This certificate was already replaced"),
                tr("Another order already renews it; check the endpoint's other orders.")};
    case T::AlreadyRevoked:
        return {C::Conflict, tr("The certificate is already revoked"), tr("Nothing more to do.")};
    case T::BadCsr:
        return {C::Acme,
                tr("The CA rejected the certificate request"),
                tr("Check the key type and names the CA allows; a new key may help.")};
    case T::BadNonce:
        return {C::Acme,
                tr("The CA rejected a request as a possible replay"),
                tr("This usually resolves itself; try again.")};
    case T::BadPublicKey:
        return {C::Acme, tr("The CA does not accept this key"), tr("Use an EC P-256 or RSA 2048 key instead.")};
    case T::BadRevocationReason:
        return {C::Input, tr("The CA does not accept this revocation reason"), tr("Choose another reason.")};
    case T::BadSignatureAlgorithm:
        return {C::Acme,
                tr("The CA does not accept this account key's signature algorithm"),
                tr("Create an account with an EC P-256 key.")};
    case T::Caa:
        return {C::Dns,
                tr("A CAA record forbids this CA from issuing for the name"),
                tr("Add a CAA record that allows this CA, or remove the restricting one.")};
    case T::Compound:
        return {C::Acme, tr("The CA reported several problems"), tr("Fix each problem listed.")};
    case T::Connection:
        return {C::Network,
                tr("The CA could not connect to the server to validate"),
                tr("Make sure the name points at the endpoint and port 80 is reachable from the internet, or use "
                   "DNS validation.")};
    case T::Dns:
        return {C::Dns,
                tr("The CA's DNS lookup failed"),
                tr("Check that the zone's name servers answer and the records exist.")};
    case T::ExternalAccountRequired:
        return {C::Configuration,
                tr("This CA requires external account binding"),
                tr("Enter the key ID and MAC key from the CA's account page in the account settings.")};
    case T::IncorrectResponse:
        return {C::Acme,
                tr("The CA found a wrong challenge response"),
                tr("Check the record or file the CA read; another client may be answering for this name.")};
    case T::InvalidContact:
    case T::UnsupportedContact:
        return {C::Input, tr("The CA rejected the contact address"), tr("Use a valid e-mail address.")};
    case T::InvalidProfile:
        return {C::Configuration,
                tr("The CA does not offer this certificate profile"),
                tr("Choose one of the profiles the CA lists.")};
    case T::Malformed:
        return {C::Acme,
                tr("The CA rejected the request as malformed"),
                tr("This may be a CertDesk bug or a CA incompatibility; see the details.")};
    case T::OrderNotReady:
        return {C::Conflict,
                tr("The order is not ready to be finalised"),
                tr("All names must be validated first; the order will be retried.")};
    case T::RateLimited:
        return {C::Acme,
                tr("The CA's rate limit was reached"),
                tr("CertDesk will retry after the time the CA asks for; avoid requesting the same names "
                   "repeatedly.")};
    case T::RejectedIdentifier:
        return {C::Permission,
                tr("The CA will not issue for this name"),
                tr("The CA's policy forbids the name; check its spelling or use another CA.")};
    case T::ServerInternal:
        return {C::Acme, tr("The CA had an internal error"), tr("Try again later.")};
    case T::Tls:
        return {C::Tls,
                tr("The CA's TLS connection to the server failed during validation"),
                tr("Check the server's TLS configuration.")};
    case T::Unauthorized:
        return {C::Permission,
                tr("The CA refused: not authorised"),
                tr("Validation failed or the account may not do this; see the details.")};
    case T::UnsupportedIdentifier:
        return {C::Input, tr("The CA does not support this kind of name"), tr("Use DNS names only.")};
    case T::UserActionRequired:
        return {C::Configuration,
                tr("The CA requires an action on its website"),
                tr("Visit the CA's website (for example to accept new terms), then try again.")};
    case T::Unknown:
        break;
    }
    return {C::Acme, tr("The CA reported an error"), tr("See the details.")};
}

AcmeProblem AcmeProblem::fromJson(const QJsonObject &object, int httpStatus)
{
    AcmeProblem problem;
    problem.m_typeUri = object.value(QStringLiteral("type")).toString();
    problem.m_detail = object.value(QStringLiteral("detail")).toString();
    problem.m_instance = object.value(QStringLiteral("instance")).toString();
    problem.m_status = object.value(QStringLiteral("status")).toInt(httpStatus);
    problem.m_identifier = AcmeIdentifier::fromJson(object.value(QStringLiteral("identifier")).toObject());
    if (problem.m_typeUri.startsWith(QLatin1String(Prefix))) {
        const QString name = problem.m_typeUri.mid(qstrlen(Prefix));
        for (const TypeText &entry : Names) {
            if (name == QLatin1String(entry.name)) {
                problem.m_type = entry.type;
            }
        }
    }
    for (const QJsonValue &sub : object.value(QStringLiteral("subproblems")).toArray()) {
        problem.m_subproblems.push_back(fromJson(sub.toObject(), problem.m_status));
    }
    return problem;
}

std::optional<AcmeProblem>
AcmeProblem::fromResponse(const QByteArray &contentType, const QByteArray &body, int httpStatus)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const bool declared = contentType.trimmed().toLower().startsWith("application/problem+json");
    if (!document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    // Some CAs label problems application/json; accept those when the shape is unmistakable.
    if (!declared && !object.value(QStringLiteral("type")).toString().startsWith(QLatin1String("urn:"))) {
        return std::nullopt;
    }
    return fromJson(object, httpStatus);
}

QString AcmeProblem::code() const
{
    return m_type == Type::Unknown ? QStringLiteral("acme.error") : QStringLiteral("acme.") + typeName(m_type);
}

Problem AcmeProblem::toProblem() const
{
    // A compound problem whose subproblems share one type reads better as that type.
    Type effective = m_type;
    if ((m_type == Type::Compound || m_type == Type::Unknown) && !m_subproblems.empty()) {
        effective = m_subproblems.front().m_type;
        for (const AcmeProblem &sub : m_subproblems) {
            if (sub.m_type != effective) {
                effective = m_type;
                break;
            }
        }
    }
    const Wording wording = wordingFor(effective);
    QStringList lines;
    if (!m_detail.isEmpty()) {
        lines << (m_identifier.isNull() ? m_detail : QStringLiteral("%1: %2").arg(m_identifier.value, m_detail));
    }
    for (const AcmeProblem &sub : m_subproblems) {
        const QString text = sub.m_detail.isEmpty() ? sub.m_typeUri : sub.m_detail;
        lines << (sub.m_identifier.isNull() ? text : QStringLiteral("%1: %2").arg(sub.m_identifier.value, text));
    }
    Problem problem = Problem::make(wording.category,
                                    effective == Type::Unknown ? QStringLiteral("acme.error")
                                                               : QStringLiteral("acme.") + typeName(effective),
                                    wording.title,
                                    lines.join(QLatin1Char('\n')),
                                    wording.hint);
    QStringList technical{QStringLiteral("type=%1").arg(m_typeUri), QStringLiteral("status=%1").arg(m_status)};
    if (!m_instance.isEmpty()) {
        technical << QStringLiteral("instance=%1").arg(m_instance);
    }
    for (const AcmeProblem &sub : m_subproblems) {
        technical << QStringLiteral("sub=%1 %2").arg(sub.m_typeUri, sub.m_identifier.value);
    }
    return problem.withTechnical(technical.join(QLatin1Char(' ')));
}

QString AcmeProblem::typeName(Type type)
{
    for (const TypeText &entry : Names) {
        if (entry.type == type) {
            return QLatin1String(entry.name);
        }
    }
    return QStringLiteral("error");
}
