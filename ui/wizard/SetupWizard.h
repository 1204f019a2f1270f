#pragma once

#include <QWizard>

class Facade;

// The first steps, in order: a CA account (the CA's terms, a contact address), the delegation
// zone and its DNS provider (tested live), the first endpoint, the DNS records it needs (checked live), and its first
// certificate. Shown on first start and from the File menu. Every step is stored as soon as its page is left, so
// cancelling later keeps what was done.
class SetupWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        WelcomePageId,
        AccountPageId,
        DelegationPageId,
        EndpointPageId,
        RecordsPageId,
        IssuancePageId,
    };

    explicit SetupWizard(Facade &facade, QWidget *parent = nullptr);

    Facade &facade() const { return m_facade; }

    // The endpoint the wizard created (0 before the endpoint page was left).
    qint64 endpointId() const { return m_endpointId; }

    void setEndpointId(qint64 endpointId) { m_endpointId = endpointId; }

private:
    Facade &m_facade;
    qint64 m_endpointId = 0;
};
