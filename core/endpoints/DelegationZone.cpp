#include "DelegationZone.h"

#include "core/dns/DelegationLabel.h"

DnsName DelegationZone::targetFor(const DnsName &name) const
{
    if (!fixedTarget.isNull()) {
        return fixedTarget;
    }
    return zone.child(DelegationLabel::forName(name.base()));
}
