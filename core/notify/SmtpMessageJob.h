#pragma once

#include "core/Problem.h"
#include "core/notify/SmtpSettings.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>

class QSslSocket;
class QTimer;

// Sends one plain-text message (RFC 5321) with STARTTLS (RFC 3207) or implicit TLS, the
// server's certificate always verified, and AUTH PLAIN only inside TLS. One-shot job:
// start() never emits synchronously; `finished` fires exactly once; the job then deletes
// itself.
class SmtpMessageJob final : public QObject
{
    Q_OBJECT

public:
    SmtpMessageJob(SmtpSettings settings, QString subject, QString body, QObject *parent = nullptr);
    ~SmtpMessageJob() override;
    Q_DISABLE_COPY_MOVE(SmtpMessageJob)

    void start();

    bool failed() const { return m_failed; }

    const Problem &problem() const { return m_problem; }

Q_SIGNALS:
    void finished(SmtpMessageJob *job);

private:
    enum class Step {
        Greeting,
        Ehlo,
        StartTls,
        EhloAfterTls,
        Auth,
        MailFrom,
        RcptTo,
        Data,
        Message,
        Quit,
    };

    void run();
    void readReplies();
    void handleReply(int code, const QString &text);
    void send(const QByteArray &line, Step next);
    void afterEhlo();
    void authenticate();
    void sendMessage();
    QByteArray message() const;
    void fail(const Problem &problem);
    void fail(const QString &code, const QString &detail, const QString &technical = {});
    void finish();

    SmtpSettings m_settings;
    QString m_subject;
    QString m_body;
    QSslSocket *m_socket;
    QTimer *m_timeout;
    QByteArray m_buffer;
    QStringList m_replyLines;
    Step m_step = Step::Greeting;
    qsizetype m_recipient = 0;
    bool m_serverOffersStartTls = false;
    bool m_started = false;
    bool m_finished = false;
    bool m_failed = false;
    Problem m_problem;
};
