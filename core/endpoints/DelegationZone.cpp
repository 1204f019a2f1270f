#include "DelegationZone.h"

#include "core/dns/DelegationLabel.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DelegationZoneRepository", text);
}

} // namespace

Result<DnsName> DelegationZone::parseZone(const QString &input)
{
    const Result<DnsName> name = DnsName::parse(input);
    if (!name) {
        return name.problem();
    }
    if (Result<void> checked = checkZone(name.value()); !checked) {
        return checked.problem();
    }
    return name.value();
}

Result<void> DelegationZone::checkZone(const DnsName &zone)
{
    if (zone.isNull() || zone.isWildcard() || zone.labelCount() < 2) {
        return Problem::make(Problem::Category::Input,
                             QStringLiteral("delegation.bad-zone"),
                             tr("That cannot be the delegation zone."),
                             tr("“%1” is not a zone name such as acme.example.com.").arg(zone.display()),
                             tr("Use a zone (or a subdomain that is its own zone) you control through the DNS "
                                "provider."));
    }
    return {};
}

DnsName DelegationZone::targetFor(const DnsName &name) const
{
    if (!fixedTarget.isNull()) {
        return fixedTarget;
    }
    return zone.child(DelegationLabel::forName(name.base()));
}
