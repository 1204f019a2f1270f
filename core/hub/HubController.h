#pragma once

#include "core/hub/HubRequest.h"
#include "core/hub/HubResponse.h"

// One API the hub speaks (acme-dns, lego httpreq, Certify), in the style of qBittorrent's
// WebAPI controllers: a plain object that turns a HubRequest into a HubResponse, testable
// without sockets. HubServer offers each request to its controllers in turn.
class HubController
{
public:
    virtual ~HubController() = default;

    // Returns false, without answering, if the request's path is not this controller's; otherwise
    // answers through `respond` exactly once, now or later.
    virtual bool handle(const HubRequest &request, const HubResponder &respond) = 0;

    // The paths it serves, for the server's 404 and 405 answers and for the settings page.
    virtual QStringList paths() const = 0;
};
