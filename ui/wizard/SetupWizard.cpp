#include "SetupWizard.h"

#include "AccountPage.h"
#include "DelegationPage.h"
#include "FirstEndpointPage.h"
#include "FirstIssuancePage.h"
#include "FirstRecordsPage.h"
#include "WelcomePage.h"

SetupWizard::SetupWizard(Facade &facade, QWidget *parent)
    : QWizard(parent)
    , m_facade(facade)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set Up CertDesk"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/icons/certdesk.svg")).pixmap(48, 48));
    setPage(WelcomePageId, new WelcomePage(this));
    setPage(AccountPageId, new AccountPage(facade, this));
    setPage(DelegationPageId, new DelegationPage(facade, this));
    setPage(EndpointPageId, new FirstEndpointPage(facade, this));
    setPage(RecordsPageId, new FirstRecordsPage(facade, this));
    setPage(IssuancePageId, new FirstIssuancePage(facade, this));
    resize(860, 680);
}
