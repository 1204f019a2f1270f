#pragma once

#include <QList>
#include <QString>
#include <QUrl>

// A CA the account form knows by name: where its ACME directory is and whether it needs
// external account binding (credentials from the CA's website) before it accepts accounts.
struct CaPreset
{
    QString id;
    QString name;
    QUrl directoryUrl; // empty for "custom"
    bool eabRequired = false;
    QUrl eabHelp; // where the CA shows the EAB key id and HMAC key
    QString note;

    bool isCustom() const { return directoryUrl.isEmpty(); }

    // Every preset, "custom" last. Names and notes are translated, so call after the
    // translators are installed.
    static QList<CaPreset> all();
};
