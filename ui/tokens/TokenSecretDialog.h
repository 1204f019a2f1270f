#pragma once

#include "core/hub/ApiToken.h"
#include "core/hub/ClientSnippets.h"

#include <QByteArray>
#include <QDialog>
#include <QHash>

class Facade;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

// Shows a new token's client id and secret, exactly once, with copy buttons and configuration
// ready to paste for the hub's clients (lego's httpreq and acme-dns providers, acme.sh,
// certbot's acme-dns hook, Certify), the secret already filled in. CertDesk keeps only a keyed
// hash of the secret: when this dialog closes, the secret is wiped from it and is gone.
//
// Without a secret (an existing token) it shows the same configuration with a placeholder
// where the secret goes.
class TokenSecretDialog final : public QDialog
{
    Q_OBJECT

public:
    TokenSecretDialog(Facade &facade, const ApiToken &token, const QByteArray &secret, QWidget *parent = nullptr);
    ~TokenSecretDialog() override;

    // The clients there are tabs for, as ClientSnippets names them.
    static QStringList clients();

    void done(int result) override;

private:
    void setClientSetup(const ClientSnippets::Input &input);
    void updateSnippets();
    void forgetSecret();

    ApiToken m_token;
    QByteArray m_secret;
    ClientSnippets::Input m_setup;
    bool m_setupLoaded = false;
    QLineEdit *m_secretEdit = nullptr;
    QLineEdit *m_domain;
    QTabWidget *m_tabs;
    QHash<QString, QPlainTextEdit *> m_snippets;
    QLabel *m_setupProblem;
};
