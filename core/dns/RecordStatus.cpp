#include "RecordStatus.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

constexpr RecordStatus::State AllStates[] = {RecordStatus::State::Ok,
                                             RecordStatus::State::Propagating,
                                             RecordStatus::State::Missing,
                                             RecordStatus::State::WrongTarget,
                                             RecordStatus::State::Conflict,
                                             RecordStatus::State::BlockedByCaa,
                                             RecordStatus::State::LookupError};

} // namespace

QString RecordStatus::stateName(State state)
{
    switch (state) {
    case State::Ok:
        return QStringLiteral("ok");
    case State::Propagating:
        return QStringLiteral("propagating");
    case State::Missing:
        return QStringLiteral("missing");
    case State::WrongTarget:
        return QStringLiteral("wrong-target");
    case State::Conflict:
        return QStringLiteral("conflict");
    case State::BlockedByCaa:
        return QStringLiteral("blocked-by-caa");
    case State::LookupError:
        return QStringLiteral("lookup-error");
    }
    return QStringLiteral("lookup-error");
}

std::optional<RecordStatus::State> RecordStatus::stateFromName(const QString &name)
{
    for (const State state : AllStates) {
        if (stateName(state) == name) {
            return state;
        }
    }
    return std::nullopt;
}

QString RecordStatus::stateLabel(State state)
{
    switch (state) {
    case State::Ok:
        return QCoreApplication::translate("RecordStatus", "OK");
    case State::Propagating:
        return QCoreApplication::translate("RecordStatus", "Propagating");
    case State::Missing:
        return QCoreApplication::translate("RecordStatus", "Missing");
    case State::WrongTarget:
        return QCoreApplication::translate("RecordStatus", "Wrong target");
    case State::Conflict:
        return QCoreApplication::translate("RecordStatus", "Conflicting data");
    case State::BlockedByCaa:
        return QCoreApplication::translate("RecordStatus", "Blocked by CAA");
    case State::LookupError:
        return QCoreApplication::translate("RecordStatus", "Lookup error");
    }
    return {};
}

QString RecordStatus::failureName(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::Timeout:
        return QStringLiteral("timeout");
    case Failure::Unreachable:
        return QStringLiteral("unreachable");
    case Failure::ServFail:
        return QStringLiteral("servfail");
    case Failure::Refused:
        return QStringLiteral("refused");
    case Failure::Other:
        return QStringLiteral("other");
    }
    return {};
}

QJsonObject RecordStatus::toJson() const
{
    QJsonObject json{{QStringLiteral("endpoint"), record.endpointId},
                     {QStringLiteral("purpose"), RequiredRecord::purposeName(record.purpose)},
                     {QStringLiteral("name"), record.owner.ace()},
                     {QStringLiteral("type"), record.typeText()},
                     {QStringLiteral("value"), record.target.ace()},
                     {QStringLiteral("status"), stateName(state)},
                     {QStringLiteral("summary"), summary},
                     {QStringLiteral("evidence"), QJsonArray::fromStringList(evidence)}};
    if (!actual.isEmpty()) {
        json.insert(QStringLiteral("actual"), actual);
    }
    if (resolverTtl) {
        json.insert(QStringLiteral("ttl"), qint64(*resolverTtl));
    }
    if (failure != Failure::None) {
        json.insert(QStringLiteral("failure"), failureName(failure));
        if (!failedServer.isEmpty()) {
            json.insert(QStringLiteral("failedServer"), failedServer);
        }
    }
    return json;
}
