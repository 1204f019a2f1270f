#pragma once

#include "core/solvers/ChallengeSolver.h"

#include <memory>

class Http01Responder;
class WebrootSolver;

// http-01 through either CertDesk's own responder or an existing web server's webroot.
class Http01Solver final : public ChallengeSolver
{
public:
    explicit Http01Solver(Http01Responder *responder);
    explicit Http01Solver(std::unique_ptr<WebrootSolver> webroot);
    ~Http01Solver() override;

    QString type() const override { return QStringLiteral("http-01"); }
    void present(const ChallengeTask &task, QObject *context, Done done) override;
    void cleanup(const ChallengeTask &task, QObject *context, Done done) override;

private:
    Http01Responder *m_responder = nullptr;
    std::unique_ptr<WebrootSolver> m_webroot;
};
