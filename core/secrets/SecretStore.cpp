#include "SecretStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "certdesk.core.secrets")

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

// Phrases QtKeychain and the D-Bus layer use when there is no keychain service to talk to.
bool meansNoService(const QString &errorString)
{
    static const char *const markers[] = {
        "address is empty",
        "ServiceUnknown",
        "not provided by any .service files",
        "No such interface",
        "dbus-launch", // libsecret trying to autolaunch a bus that is not there
        "autolaunch",
        "not connected",
        "NoReply",
        "Did not receive a reply",
    };
    for (const char *marker : markers) {
        if (errorString.contains(QLatin1String(marker), Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

Problem noService(const QString &errorString)
{
#if defined(Q_OS_MACOS)
    const QString hint = Text::tr("Unlock the login keychain in Keychain Access and try again.");
#elif defined(Q_OS_WIN)
    const QString hint = Text::tr("Make sure the Credential Manager service is running and try again.");
#else
    const QString hint =
        Text::tr("No Secret Service found; install and unlock gnome-keyring or KWallet, then try again.");
#endif
    return Problem::make(Problem::Category::Keychain,
                         QStringLiteral("keychain.unavailable"),
                         Text::tr("No keychain is available."),
                         Text::tr("CertDesk keeps keys and credentials only in the system keychain, never in a plain "
                                  "file, so nothing was stored."),
                         hint)
        .withTechnical(errorString);
}

} // namespace

SecretStore::SecretStore(const QString &profileId, QObject *parent)
    : QObject(parent)
    , m_service(profileId.isEmpty() ? QStringLiteral("CertDesk") : QStringLiteral("CertDesk %1").arg(profileId))
{
}

SecretStore::~SecretStore()
{
    QSet<SecretJob *> left;
    {
        const QMutexLocker locker(&m_jobsMutex);
        left.swap(m_jobs);
    }
    qDeleteAll(left);
}

SecretJob *SecretStore::write(const SecretRef &ref, const QByteArray &secret)
{
    return new SecretJob(this, SecretJob::Operation::Write, ref, secret);
}

SecretJob *SecretStore::read(const SecretRef &ref)
{
    return new SecretJob(this, SecretJob::Operation::Read, ref, {});
}

SecretJob *SecretStore::remove(const SecretRef &ref)
{
    return new SecretJob(this, SecretJob::Operation::Remove, ref, {});
}

void SecretStore::fetch(const SecretRef &ref, QObject *context, std::function<void(Result<QByteArray>)> done)
{
    SecretJob *job = read(ref);
    connect(job,
            &SecretJob::completed,
            context,
            [done = std::move(done)](bool failed, const Problem &problem, const QByteArray &data) {
                done(failed ? Result<QByteArray>(problem) : Result<QByteArray>(data));
            });
    job->start();
}

void SecretStore::store(const SecretRef &ref,
                        const QByteArray &secret,
                        QObject *context,
                        std::function<void(Result<void>)> done)
{
    SecretJob *job = write(ref, secret);
    connect(job, &SecretJob::completed, context, [done = std::move(done)](bool failed, const Problem &problem) {
        done(failed ? Result<void>(problem) : Result<void>());
    });
    job->start();
}

void SecretStore::erase(const SecretRef &ref, QObject *context, std::function<void(Result<void>)> done)
{
    SecretJob *job = remove(ref);
    connect(job, &SecretJob::completed, context, [done = std::move(done)](bool failed, const Problem &problem) {
        done(failed ? Result<void>(problem) : Result<void>());
    });
    job->start();
}

Problem SecretStore::problemFor(int keychainError, const QString &errorString, const SecretRef &ref)
{
    const QString key = ref.toString();
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return Problem::make(Problem::Category::NotFound,
                             QStringLiteral("keychain.not-found"),
                             tr("A secret is missing from the keychain."),
                             tr("The keychain has no entry %1.").arg(key),
                             tr("Enter the credential again in CertDesk; it may have been deleted in the "
                                "keychain's own tool."))
            .withTechnical(errorString);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Problem::make(Problem::Category::Keychain,
                             QStringLiteral("keychain.denied"),
                             tr("The keychain refused access."),
                             tr("Access to %1 was denied.").arg(key),
                             tr("Allow CertDesk to use the keychain when asked, or unlock it, and try again."))
            .withTechnical(errorString);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return noService(errorString);
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    if (errorString.contains(QLatin1String("locked"), Qt::CaseInsensitive)) {
        return Problem::make(Problem::Category::Keychain,
                             QStringLiteral("keychain.locked"),
                             tr("The keychain is locked."),
                             tr("The keychain's default collection is locked, so %1 could not be used.").arg(key),
                             tr("Unlock your login keyring (log in to the desktop, or unlock it in Passwords and "
                                "Keys) and try again."))
            .withTechnical(errorString);
    }
    if (meansNoService(errorString)) {
        return noService(errorString);
    }
    return Problem::make(Problem::Category::Keychain,
                         QStringLiteral("keychain.failed"),
                         tr("The keychain reported an error."),
                         tr("Using %1 failed: %2").arg(key, errorString),
                         tr("Check that the keychain service is running and unlocked, then try again."))
        .withTechnical(errorString);
}

void SecretStore::run(SecretJob *job)
{
    Q_ASSERT(QThread::currentThread() == thread());
    const SecretRef ref = job->ref();
    auto deliver = [job](bool failed, const Problem &problem, const QByteArray &data) {
        QMetaObject::invokeMethod(
            job,
            [job, failed, problem, data] {
                job->complete(failed, problem, data);
            },
            Qt::QueuedConnection);
    };
    if (!ref.isValid()) {
        deliver(true,
                Problem::make(Problem::Category::Input,
                              QStringLiteral("secrets.bad-reference"),
                              tr("Invalid keychain reference."),
                              tr("\"%1\" is not of the form certdesk/<kind>/<id>.").arg(ref.toString())),
                {});
        return;
    }

    QKeychain::Job *keychainJob = nullptr;
    switch (job->operation()) {
    case SecretJob::Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setBinaryData(job->m_data);
        keychainJob = write;
        break;
    }
    case SecretJob::Operation::Read:
        keychainJob = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case SecretJob::Operation::Remove:
        keychainJob = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    keychainJob->setKey(ref.toString());
    keychainJob->setInsecureFallback(false);
    keychainJob->setAutoDelete(true);
    const SecretJob::Operation operation = job->operation();
    connect(keychainJob, &QKeychain::Job::finished, this, [deliver, ref, operation](QKeychain::Job *done) {
        const QKeychain::Error error = done->error();
        // Deleting what is already gone is success: the caller wanted it gone.
        if (error == QKeychain::NoError
            || (operation == SecretJob::Operation::Remove && error == QKeychain::EntryNotFound)) {
            QByteArray data;
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done)) {
                data = read->binaryData();
            }
            qCDebug(lcSecrets) << "keychain" << operation << ref.toString() << "ok";
            deliver(false, {}, data);
            return;
        }
        const Problem problem = SecretStore::problemFor(error, done->errorString(), ref);
        qCWarning(lcSecrets) << "keychain" << operation << ref.toString() << "failed:" << problem.code
                             << done->errorString();
        deliver(true, problem, {});
    });
    keychainJob->start();
}
