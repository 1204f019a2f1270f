#include "Http01Solver.h"

#include "core/solvers/Http01Responder.h"
#include "core/solvers/WebrootSolver.h"

Http01Solver::Http01Solver(Http01Responder *responder)
    : m_responder(responder)
{
}

Http01Solver::Http01Solver(std::unique_ptr<WebrootSolver> webroot)
    : m_webroot(std::move(webroot))
{
}

Http01Solver::~Http01Solver() = default;

void Http01Solver::present(const ChallengeTask &task, QObject *context, Done done)
{
    const Result<void> published = m_webroot ? m_webroot->publish(task.token, task.keyAuthorization)
                                             : m_responder->publish(task.token, task.keyAuthorization);
    later(context, std::move(done), published);
}

void Http01Solver::cleanup(const ChallengeTask &task, QObject *context, Done done)
{
    if (m_webroot) {
        m_webroot->withdraw(task.token);
    } else {
        m_responder->withdraw(task.token);
    }
    later(context, std::move(done), {});
}
