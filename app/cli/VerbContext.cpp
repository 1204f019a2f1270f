#include "VerbContext.h"

#include "core/Profile.h"
#include "core/secrets/SecretStore.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>

namespace {

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    if (!text.endsWith(QLatin1Char('\n'))) {
        std::fputc('\n', stream);
    }
    std::fflush(stream);
}

void writeJson(const QJsonObject &object)
{
    writeTo(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

} // namespace

VerbContext::VerbContext(QCommandLineParser &parser, QString dataDir, bool json)
    : m_parser(parser)
    , m_dataDir(std::move(dataDir))
    , m_json(json)
{
}

VerbContext::~VerbContext() = default;

SecretStore *VerbContext::secrets()
{
    if (!m_secrets) {
        m_secrets = std::make_unique<SecretStore>(m_profile ? m_profile->store()->profileId() : QString());
    }
    return m_secrets.get();
}

int VerbContext::runAsync(const std::function<void(std::function<void(int)> done)> &work)
{
    QEventLoop loop;
    int code = 1;
    bool finished = false;
    QTimer::singleShot(0, &loop, [&] {
        work([&](int result) {
            if (!finished) {
                finished = true;
                code = result;
                loop.quit();
            }
        });
    });
    if (!finished) {
        loop.exec();
    }
    // Keychain work the verb did not wait for (an order removing its key once the certificate is
    // stored) ends before the process does, or the entry would stay in the keychain for good.
    if (m_secrets && m_secrets->hasPendingJobs()) {
        const QDeadlineTimer keychainDeadline(15000);
        QTimer tick; // wakes the wait below, so the deadline is looked at
        tick.start(100);
        while (m_secrets->hasPendingJobs() && !keychainDeadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
    }
    // Objects the work let go of with deleteLater() (an order queue, its network sockets) are
    // deleted now, while the application still exists; at exit their TLS sockets would look
    // for a TLS backend that is gone.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return code;
}

void VerbContext::say(const QString &text) const
{
    if (!m_json) {
        writeTo(stdout, text);
    }
}

void VerbContext::setProfile(std::unique_ptr<Profile> profile)
{
    m_profile = std::move(profile);
}

void VerbContext::printResult(const QString &text, const QJsonObject &object) const
{
    if (m_json) {
        QJsonObject document = object;
        document.insert(QStringLiteral("ok"), true);
        writeJson(document);
    } else if (!text.isEmpty()) {
        writeTo(stdout, text);
    }
}

int VerbContext::fail(const Problem &problem) const
{
    if (m_json) {
        writeJson(QJsonObject{
            {QStringLiteral("ok"), false},
            {QStringLiteral("error"),
             QJsonObject{
                 {QStringLiteral("code"), problem.code},
                 {QStringLiteral("category"), Problem::categoryName(problem.category)},
                 {QStringLiteral("title"), problem.title},
                 {QStringLiteral("detail"), problem.detail},
                 {QStringLiteral("hint"), problem.hint},
                 {QStringLiteral("technical"), problem.technical},
             }},
        });
    } else {
        writeTo(stderr, QStringLiteral("certdesk: %1").arg(problem.message()));
        if (!problem.technical.isEmpty()) {
            writeTo(stderr, QStringLiteral("  (%1)").arg(problem.technical));
        }
    }
    return 1;
}

int VerbContext::usage(const QString &message) const
{
    writeTo(stderr, QStringLiteral("certdesk: %1").arg(message));
    return 2;
}
