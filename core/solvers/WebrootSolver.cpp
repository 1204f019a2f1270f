#include "WebrootSolver.h"

#include "core/solvers/Http01Responder.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

WebrootSolver::WebrootSolver(QString webroot)
    : m_webroot(std::move(webroot))
{
}

WebrootSolver::~WebrootSolver()
{
    const QSet<QString> written = m_written;
    for (const QString &token : written) {
        withdraw(token);
    }
}

QString WebrootSolver::challengeFolder() const
{
    return QDir(m_webroot).filePath(QStringLiteral(".well-known/acme-challenge"));
}

Result<void> WebrootSolver::publish(const QString &token, const QString &keyAuthorization)
{
    if (!Http01Responder::isValidToken(token) || !keyAuthorization.startsWith(token + QLatin1Char('.'))) {
        return Problem::make(Problem::Category::Acme,
                             QStringLiteral("http01.bad-token"),
                             QCoreApplication::translate("WebrootSolver", "The CA sent an unusable challenge token."));
    }
    auto failure = [this](const QString &reason) {
        return Problem::make(Problem::Category::Storage,
                             QStringLiteral("webroot.write-failed"),
                             QCoreApplication::translate("WebrootSolver", "The challenge file could not be written."),
                             QCoreApplication::translate("WebrootSolver", "Writing into %1 failed: %2")
                                 .arg(QDir::toNativeSeparators(challengeFolder()), reason),
                             QCoreApplication::translate("WebrootSolver",
                                                         "Check the webroot folder in the endpoint's settings and "
                                                         "that CertDesk may write there."));
    };
    if (!QDir(m_webroot).exists()) {
        return failure(QCoreApplication::translate("WebrootSolver", "the webroot folder does not exist"));
    }
    if (!QDir().mkpath(challengeFolder())) {
        return failure(QCoreApplication::translate("WebrootSolver", "the folder could not be created"));
    }
    QSaveFile file(QDir(challengeFolder()).filePath(token));
    if (!file.open(QIODevice::WriteOnly)) {
        return failure(file.errorString());
    }
    // The web server (often another user) must be able to read it.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                        | QFileDevice::ReadOther);
    file.write(keyAuthorization.toLatin1());
    if (!file.commit()) {
        return failure(file.errorString());
    }
    m_written.insert(token);
    return {};
}

void WebrootSolver::withdraw(const QString &token)
{
    if (m_written.remove(token)) {
        QFile::remove(QDir(challengeFolder()).filePath(token));
    }
}
