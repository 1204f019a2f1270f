#pragma once

#include "core/providers/DnsProvider.h"
#include "core/providers/ProviderSchema.h"

#include <QStringList>

// The administrator's own program for a DNS service CertDesk has no provider for. It runs as
//     PROGRAM present|cleanup RECORD-NAME VALUE      and      PROGRAM test
// with the same values in CERTDESK_ACTION, CERTDESK_RECORD_NAME and CERTDESK_RECORD_VALUE. The
// optional credential is only ever in CERTDESK_DNS_SECRET, never on a command line, where every
// user of the machine could read it. Exit status 0 is success; anything else, or running past
// the timeout (the program is killed), is a failure that quotes the end of its output.
class ScriptProvider final : public DnsProvider
{
    Q_OBJECT

public:
    static QString kindName() { return QStringLiteral("script"); }

    static ProviderSchema schema();
    static Result<ScriptProvider *>
    create(const QJsonObject &settings, const QByteArray &secret, Context context, QObject *parent = nullptr);

    QString kind() const override { return kindName(); }

protected:
    void addTxt(const DnsName &fqdn, const QString &value, Done done) override;
    void removeTxt(const DnsName &fqdn, const QString &value, Done done) override;
    void checkConnection(Tested done) override;

private:
    ScriptProvider(Context context, QString program, int timeoutSeconds, QObject *parent);

    void run(const QString &action, const QString &name, const QString &value, Done done);
    QString redacted(QString text) const;

    QString m_program;
    int m_timeoutSeconds = 60;
    QByteArray m_secret;
};
