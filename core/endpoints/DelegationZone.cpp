#include "DelegationZone.h"

#include "core/dns/DelegationLabel.h"

#include <QCoreApplication>

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DelegationZoneRepository)
};

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
                             Text::tr("That cannot be the delegation zone."),
                             Text::tr("“%1” is not a zone name such as acme.example.com.").arg(zone.display()),
                             Text::tr("Use a zone (or a subdomain that is its own zone) you control through the DNS "
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
