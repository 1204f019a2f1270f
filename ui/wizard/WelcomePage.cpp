#include "WelcomePage.h"

#include <QLabel>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    setTitle(tr("Welcome to CertDesk"));
    setSubTitle(tr("Five steps to the first certificate."));
    auto *text = new QLabel(
        tr("<p>CertDesk obtains certificates for your servers from an ACME certificate authority and renews them "
           "in the background, before they expire.</p>"
           "<ol><li><b>A CA account.</b> Pick a CA, such as Let's Encrypt, and accept its terms.</li>"
           "<li><b>The delegation zone.</b> One zone you control and the DNS provider that writes it, so "
           "CertDesk can answer dns-01 challenges for any name delegated to it.</li>"
           "<li><b>The first endpoint.</b> The host names one server or load balancer answers to, and how the CA "
           "can check that they are yours.</li>"
           "<li><b>Its DNS records.</b> CertDesk shows what to create at your DNS provider and checks it live.</li>"
           "<li><b>The first certificate.</b> CertDesk orders it and shows you the result.</li></ol>"
           "<p>Everything is saved as you go; you can stop at any step and continue later from the File "
           "menu.</p>"),
        this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addStretch();
}
