#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// How to reach the mail server. The password comes from the keychain, never from settings.
struct SmtpSettings
{
    enum class Security {
        StartTls,    // port 587: plain connection upgraded before anything is sent
        ImplicitTls, // port 465
        None,        // only to a loopback relay; credentials are never sent this way
    };

    QString host;
    quint16 port = 587;
    Security security = Security::StartTls;
    QString username;
    QByteArray password;
    QString from;
    QStringList to;
    QString caBundlePath; // extra trust for a relay with a private certificate
};
