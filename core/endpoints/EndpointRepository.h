#pragma once

#include "core/Result.h"
#include "core/endpoints/Endpoint.h"

#include <QList>

#include <memory>

class Store;

// Reads and writes endpoints and their names. Call it on the thread whose connection it
// should use: the worker for writes, any thread for reads.
class EndpointRepository final
{
public:
    explicit EndpointRepository(std::shared_ptr<Store> store);

    // Every endpoint with its names in order and its newest certificate's expiry.
    Result<QList<Endpoint>> list() const;

private:
    std::shared_ptr<Store> m_store;
};
