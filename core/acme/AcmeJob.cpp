#include "AcmeJob.h"

AcmeJob::AcmeJob(Kind kind, std::function<void(AcmeJob *)> run, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_run(std::move(run))
{
}

AcmeJob::~AcmeJob() = default;

void AcmeJob::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_run(this);
        },
        Qt::QueuedConnection);
}

void AcmeJob::succeed()
{
    finish();
}

void AcmeJob::fail(const Problem &problem)
{
    if (m_finished) {
        return;
    }
    m_problem = problem;
    finish();
}

void AcmeJob::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    Q_EMIT finished(this);
    deleteLater();
}
