#pragma once

#include <QtGlobal>

// Free loopback ports for lab servers. A port is found by binding 127.0.0.1:0 and releasing
// it again, so another process may still take it before the server binds; callers retry on
// "address in use". Ports handed out once are never handed out again by this process, so
// several servers of one lab (or parallel labs) do not collide among themselves.
namespace LabPorts {

// A TCP port that is free on 127.0.0.1, or 0 when none could be found.
quint16 freeTcpPort();

// A port that is free on 127.0.0.1 for both UDP and TCP, as a DNS server needs; 0 when none.
quint16 freeDnsPort();

} // namespace LabPorts
