#include "DnsProvider.h"

#include "core/dns/TxtConfirmation.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcProvider, "certdesk.core.providers")

DnsProvider::DnsProvider(Context context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{
}

DnsProvider::~DnsProvider() = default;

Result<void> DnsProvider::checkValue(const QString &value)
{
    bool printable = !value.isEmpty() && value.size() <= 255;
    for (const QChar c : value) {
        printable =
            printable && c.unicode() > 0x20 && c.unicode() < 0x7f && c != QLatin1Char('"') && c != QLatin1Char('\\');
    }
    if (printable) {
        return {};
    }
    return Problem::make(Problem::Category::Input,
                         QStringLiteral("provider.bad-value"),
                         QCoreApplication::translate("DnsProvider", "The TXT value cannot be published."),
                         QCoreApplication::translate("DnsProvider",
                                                     "A challenge value is 1 to 255 printable ASCII characters "
                                                     "without spaces, quotes or backslashes."));
}

template <typename T>
std::function<void(Result<T>)> DnsProvider::guarded(std::function<void(Result<T>)> done)
{
    // Exactly once, never synchronously, never after this provider is gone.
    auto once = std::make_shared<bool>(false);
    return [self = QPointer<DnsProvider>(this), once, done = std::move(done)](Result<T> result) {
        if (*once) {
            return;
        }
        *once = true;
        if (!self) {
            return;
        }
        QMetaObject::invokeMethod(
            self.data(),
            [done, result = std::move(result)] {
                done(result);
            },
            Qt::QueuedConnection);
    };
}

void DnsProvider::present(const DnsName &fqdn, const QString &value, Done done)
{
    Done reply = guarded<void>(std::move(done));
    if (Result<void> valid = checkValue(value); !valid) {
        reply(valid);
        return;
    }
    if (fqdn.isNull() || fqdn.isWildcard()) {
        reply(Problem::make(Problem::Category::Input,
                            QStringLiteral("provider.bad-name"),
                            tr("The record name cannot be written."),
                            tr("“%1” is not a name a TXT record can be published at.").arg(fqdn.display())));
        return;
    }
    enqueue(fqdn.ace(), [this, fqdn, value, reply](std::function<void()> next) {
        qCDebug(lcProvider) << kind() << "add TXT at" << fqdn.ace();
        addTxt(fqdn, value, [this, fqdn, value, reply, next](Result<void> written) {
            next();
            if (!written || !m_confirmWrites) {
                reply(written);
                return;
            }
            confirm(fqdn, value, reply);
        });
    });
}

void DnsProvider::cleanup(const DnsName &fqdn, const QString &value, Done done)
{
    Done reply = guarded<void>(std::move(done));
    if (Result<void> valid = checkValue(value); !valid) {
        reply(valid);
        return;
    }
    enqueue(fqdn.ace(), [this, fqdn, value, reply](std::function<void()> next) {
        qCDebug(lcProvider) << kind() << "remove TXT at" << fqdn.ace();
        removeTxt(fqdn, value, [reply, next](Result<void> removed) {
            next();
            reply(removed);
        });
    });
}

void DnsProvider::testConnection(Tested done)
{
    Tested reply = guarded<QString>(std::move(done));
    QMetaObject::invokeMethod(
        this,
        [this, reply] {
            checkConnection(reply);
        },
        Qt::QueuedConnection);
}

void DnsProvider::confirm(const DnsName &fqdn, const QString &value, Done done)
{
    auto *confirmation = new TxtConfirmation(m_context.client, fqdn, value, this);
    if (!m_context.settings.resolvers.isEmpty()) {
        confirmation->setResolver(m_context.settings.resolvers.constFirst(), m_context.settings.authoritativePort);
    }
    confirmation->setTimeout(m_context.settings.confirmTimeout);
    confirmation->setAuthorityCache(&m_authorities);
    connect(confirmation, &TxtConfirmation::finished, this, [done](TxtConfirmation *finished) {
        finished->deleteLater();
        done(finished->result());
    });
    confirmation->start();
}

void DnsProvider::enqueue(const QString &name, Work work)
{
    std::deque<Work> &queue = m_queues[name];
    queue.push_back(std::move(work));
    if (queue.size() == 1) {
        // Started from the event loop, so no provider ever answers inside present/cleanup.
        QMetaObject::invokeMethod(
            this,
            [this, name] {
                runNext(name);
            },
            Qt::QueuedConnection);
    }
}

void DnsProvider::runNext(const QString &name)
{
    auto it = m_queues.find(name);
    if (it == m_queues.end() || it->empty()) {
        m_queues.remove(name);
        return;
    }
    Work work = it->front();
    auto called = std::make_shared<bool>(false);
    work([this, name, called] {
        if (*called) {
            return;
        }
        *called = true;
        auto queue = m_queues.find(name);
        if (queue != m_queues.end() && !queue->empty()) {
            queue->pop_front();
        }
        if (queue != m_queues.end() && queue->empty()) {
            m_queues.erase(queue);
            return;
        }
        QMetaObject::invokeMethod(
            this,
            [this, name] {
                runNext(name);
            },
            Qt::QueuedConnection);
    });
}
