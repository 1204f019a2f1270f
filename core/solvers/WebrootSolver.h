#pragma once

#include "core/Result.h"

#include <QSet>
#include <QString>

// http-01 through a web server that already serves the name: the key authorization is
// written to <webroot>/.well-known/acme-challenge/<token>, where the CA fetches it, and
// removed afterwards. Only files this solver wrote are ever removed.
class WebrootSolver final
{
public:
    explicit WebrootSolver(QString webroot);
    ~WebrootSolver();
    Q_DISABLE_COPY_MOVE(WebrootSolver)

    Result<void> publish(const QString &token, const QString &keyAuthorization);
    void withdraw(const QString &token);

    QString challengeFolder() const;

private:
    QString m_webroot;
    QSet<QString> m_written;
};
