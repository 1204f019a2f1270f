#include "SmtpMessageJob.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QLocale>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>
#include <QUuid>

namespace {

constexpr int kTimeoutMs = 30000;

bool isLoopback(const QString &host)
{
    const QHostAddress address(host);
    return host == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
}

// No CR or LF may reach a header or an SMTP command (header injection).
bool isSafeLine(const QString &text)
{
    return !text.contains(QLatin1Char('\r')) && !text.contains(QLatin1Char('\n'));
}

QByteArray encodeHeader(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 126 || c.unicode() < 32) {
            return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
        }
    }
    return text.toLatin1();
}

} // namespace

SmtpMessageJob::SmtpMessageJob(SmtpSettings settings, QString subject, QString body, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_subject(std::move(subject))
    , m_body(std::move(body))
    , m_socket(new QSslSocket(this))
    , m_timeout(new QTimer(this))
{
}

SmtpMessageJob::~SmtpMessageJob()
{
    m_settings.password.fill('\0');
}

void SmtpMessageJob::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    QMetaObject::invokeMethod(this, &SmtpMessageJob::run, Qt::QueuedConnection);
}

void SmtpMessageJob::fail(const Problem &problem)
{
    if (m_finished) {
        return;
    }
    m_failed = true;
    m_problem = problem;
    m_socket->abort();
    finish();
}

void SmtpMessageJob::fail(const QString &code, const QString &detail, const QString &technical)
{
    fail(Problem::make(code.startsWith(QLatin1String("smtp.tls")) ? Problem::Category::Tls : Problem::Category::Network,
                       code,
                       tr("The notification email could not be sent."),
                       detail,
                       tr("Check the mail server settings (host, port, security, user) in CertDesk's settings."))
             .withTechnical(technical));
}

void SmtpMessageJob::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_timeout->stop();
    Q_EMIT finished(this);
    deleteLater();
}

void SmtpMessageJob::run()
{
    if (m_settings.host.isEmpty() || m_settings.from.isEmpty() || m_settings.to.isEmpty()) {
        fail(QStringLiteral("smtp.incomplete"),
             tr("The mail server, the sender and at least one recipient are needed."));
        return;
    }
    for (const QString &address : QStringList{m_settings.from} + m_settings.to) {
        if (!isSafeLine(address) || !address.contains(QLatin1Char('@')) || address.contains(QLatin1Char('<'))
            || address.contains(QLatin1Char('>'))) {
            fail(QStringLiteral("smtp.bad-address"), tr("\"%1\" is not a usable email address.").arg(address));
            return;
        }
    }
    if (m_settings.security == SmtpSettings::Security::None
        && (!isLoopback(m_settings.host) || !m_settings.username.isEmpty())) {
        fail(QStringLiteral("smtp.tls-required"),
             tr("Unencrypted SMTP is only allowed to a relay on this machine, and never with a password."));
        return;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_settings.caBundlePath.isEmpty()) {
        QFile bundle(m_settings.caBundlePath);
        if (!bundle.open(QIODevice::ReadOnly)) {
            fail(QStringLiteral("smtp.ca-bundle"), tr("The CA bundle %1 cannot be read.").arg(m_settings.caBundlePath));
            return;
        }
        QList<QSslCertificate> trusted = tls.caCertificates();
        trusted += QSslCertificate::fromData(bundle.readAll(), QSsl::Pem);
        tls.setCaCertificates(trusted);
    }
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket->setSslConfiguration(tls);
    m_socket->setPeerVerifyName(m_settings.host);

    connect(m_socket, &QSslSocket::readyRead, this, &SmtpMessageJob::readReplies);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors) {
            texts << error.errorString();
        }
        fail(QStringLiteral("smtp.tls"),
             tr("The mail server's certificate could not be verified: %1").arg(texts.join(QStringLiteral("; "))));
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_step != Step::Quit) {
            fail(QStringLiteral("smtp.network"),
                 tr("%1:%2 — %3").arg(m_settings.host).arg(m_settings.port).arg(m_socket->errorString()));
        }
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        if (m_step == Step::EhloAfterTls) {
            send("EHLO certdesk\r\n", Step::EhloAfterTls);
        }
    });
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        fail(Problem::make(Problem::Category::Timeout,
                           QStringLiteral("smtp.timeout"),
                           tr("The notification email could not be sent."),
                           tr("The mail server %1 did not answer in time.").arg(m_settings.host)));
    });
    m_timeout->start(kTimeoutMs);
    if (m_settings.security == SmtpSettings::Security::ImplicitTls) {
        m_socket->connectToHostEncrypted(m_settings.host, m_settings.port);
    } else {
        m_socket->connectToHost(m_settings.host, m_settings.port);
    }
}

void SmtpMessageJob::send(const QByteArray &line, Step next)
{
    m_step = next;
    m_socket->write(line);
}

void SmtpMessageJob::readReplies()
{
    m_buffer += m_socket->readAll();
    qsizetype end = 0;
    while ((end = m_buffer.indexOf("\r\n")) >= 0) {
        const QString line = QString::fromUtf8(m_buffer.left(end));
        m_buffer.remove(0, end + 2);
        if (line.size() < 3) {
            fail(QStringLiteral("smtp.protocol"), tr("The mail server sent an unexpected reply."), line);
            return;
        }
        m_replyLines << line.mid(4);
        // "250-..." continues a multi-line reply; "250 ..." ends it.
        if (line.size() > 3 && line.at(3) == QLatin1Char('-')) {
            continue;
        }
        const QStringList lines = std::exchange(m_replyLines, {});
        handleReply(line.left(3).toInt(), lines.join(QLatin1Char('\n')));
        if (m_finished) {
            return;
        }
    }
}

void SmtpMessageJob::handleReply(int code, const QString &text)
{
    auto expect = [&](int wanted) {
        if (code / 100 == wanted / 100) {
            return true;
        }
        fail(code == 535 || code == 530 ? QStringLiteral("smtp.auth") : QStringLiteral("smtp.rejected"),
             code == 535 ? tr("The mail server did not accept the user name or password.")
                         : tr("The mail server refused: %1 %2").arg(code).arg(text),
             text);
        return false;
    };
    switch (m_step) {
    case Step::Greeting:
        if (expect(220)) {
            send("EHLO certdesk\r\n", Step::Ehlo);
        }
        return;
    case Step::Ehlo:
    case Step::EhloAfterTls:
        if (!expect(250)) {
            return;
        }
        m_serverOffersStartTls = text.contains(QLatin1String("STARTTLS"), Qt::CaseInsensitive);
        afterEhlo();
        return;
    case Step::StartTls:
        if (expect(220)) {
            m_step = Step::EhloAfterTls;
            m_socket->startClientEncryption();
        }
        return;
    case Step::Auth:
        if (expect(235)) {
            sendMessage();
        }
        return;
    case Step::MailFrom:
        if (expect(250)) {
            m_recipient = 0;
            send("RCPT TO:<" + m_settings.to.first().toUtf8() + ">\r\n", Step::RcptTo);
        }
        return;
    case Step::RcptTo:
        if (!expect(250)) {
            return;
        }
        if (++m_recipient < m_settings.to.size()) {
            send("RCPT TO:<" + m_settings.to.at(m_recipient).toUtf8() + ">\r\n", Step::RcptTo);
        } else {
            send("DATA\r\n", Step::Data);
        }
        return;
    case Step::Data:
        if (expect(354)) {
            send(message(), Step::Message);
        }
        return;
    case Step::Message:
        if (expect(250)) {
            send("QUIT\r\n", Step::Quit);
            finish();
        }
        return;
    case Step::Quit:
        return;
    }
}

void SmtpMessageJob::afterEhlo()
{
    const bool encrypted = m_socket->isEncrypted();
    if (!encrypted && m_settings.security == SmtpSettings::Security::StartTls) {
        if (!m_serverOffersStartTls) {
            fail(QStringLiteral("smtp.tls-unavailable"),
                 tr("The mail server does not offer STARTTLS, so nothing was sent in clear."));
            return;
        }
        send("STARTTLS\r\n", Step::StartTls);
        return;
    }
    authenticate();
}

void SmtpMessageJob::authenticate()
{
    if (m_settings.username.isEmpty()) {
        sendMessage();
        return;
    }
    // RFC 4616 PLAIN; only ever inside TLS (checked in run()).
    QByteArray credentials = '\0' + m_settings.username.toUtf8() + '\0' + m_settings.password;
    send("AUTH PLAIN " + credentials.toBase64() + "\r\n", Step::Auth);
    credentials.fill('\0');
}

void SmtpMessageJob::sendMessage()
{
    send("MAIL FROM:<" + m_settings.from.toUtf8() + ">\r\n", Step::MailFrom);
}

QByteArray SmtpMessageJob::message() const
{
    QByteArray data;
    data += "From: CertDesk <" + m_settings.from.toUtf8() + ">\r\n";
    data += "To: " + m_settings.to.join(QStringLiteral(", ")).toUtf8() + "\r\n";
    data += "Subject: " + encodeHeader(m_subject) + "\r\n";
    data +=
        "Date: "
        + QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1()
        + " +0000\r\n";
    data += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + "@certdesk>\r\n";
    data += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
    QByteArray body = m_body.toUtf8();
    body.replace("\r\n", "\n");
    for (const QByteArray &line : body.split('\n')) {
        // RFC 5321 §4.5.2: a leading dot is doubled.
        data += (line.startsWith('.') ? "." + line : line) + "\r\n";
    }
    data += ".\r\n";
    return data;
}
