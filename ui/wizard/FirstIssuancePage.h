#pragma once

#include "core/Problem.h"

#include <QWizardPage>

class Facade;
class QLabel;
class QProgressBar;
class QPushButton;

// Step three: the first certificate is ordered as soon as the page opens, with its progress
// shown as it happens. A failure says why and offers another try; either way the endpoint
// is in the list, where it is renewed from now on.
class FirstIssuancePage final : public QWizardPage
{
    Q_OBJECT

public:
    FirstIssuancePage(Facade &facade, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    bool succeeded() const { return m_succeeded; }

private:
    void issue();
    void progress(qint64 endpointId, const QString &step);
    void finished(qint64 endpointId, bool succeeded, const Problem &problem);
    qint64 endpointId() const;

    Facade &m_facade;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_retry;
    bool m_running = false;
    bool m_done = false;
    bool m_succeeded = false;
};
