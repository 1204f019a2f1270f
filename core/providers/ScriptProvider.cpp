#include "ScriptProvider.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

ScriptProvider::ScriptProvider(Context context, QString program, int timeoutSeconds, QObject *parent)
    : DnsProvider(std::move(context), parent)
    , m_program(std::move(program))
    , m_timeoutSeconds(timeoutSeconds)
{
}

ProviderSchema ScriptProvider::schema()
{
    ProviderField program{QStringLiteral("program"),
                          tr("Program"),
                          tr("Full path of an executable run as: PROGRAM present|cleanup NAME VALUE, and PROGRAM "
                             "test."),
                          ProviderField::Type::Text,
                          true};
    program.validate = [](const QString &value) {
        const QFileInfo info(value);
        if (!info.isAbsolute()) {
            return tr("Give the program's full path (it is not looked up in PATH).");
        }
        if (!info.isFile() || !info.isExecutable()) {
            return tr("%1 is not an executable file.").arg(value);
        }
        return QString();
    };
    ProviderField timeout{QStringLiteral("timeout"),
                          tr("Timeout"),
                          tr("Seconds the program may run before it is stopped."),
                          ProviderField::Type::Number,
                          false};
    timeout.defaultValue = QStringLiteral("60");
    timeout.minimum = 1;
    timeout.maximum = 3600;
    ProviderField secret{QStringLiteral("secret"),
                         tr("Credential"),
                         tr("Optional; handed to the program in the environment variable CERTDESK_DNS_SECRET."),
                         ProviderField::Type::Secret,
                         false};
    return ProviderSchema(kindName(),
                          tr("Script"),
                          tr("Your own program publishes and removes the TXT records."),
                          {program, timeout, secret});
}

Result<ScriptProvider *>
ScriptProvider::create(const QJsonObject &settings, const QByteArray &secret, Context context, QObject *parent)
{
    const Result<QJsonObject> valid = schema().validate(settings, secret);
    if (!valid) {
        return valid.problem();
    }
    auto *provider = new ScriptProvider(std::move(context),
                                        valid->value(QStringLiteral("program")).toString(),
                                        valid->value(QStringLiteral("timeout")).toInt(60),
                                        parent);
    provider->m_secret = secret.trimmed();
    return provider;
}

QString ScriptProvider::redacted(QString text) const
{
    // The program may echo its environment; its output reaches logs and dialogs.
    if (!m_secret.isEmpty()) {
        text.replace(QString::fromUtf8(m_secret), QStringLiteral("[secret]"));
    }
    return text;
}

void ScriptProvider::run(const QString &action, const QString &name, const QString &value, Done done)
{
    auto *process = new QProcess(this);
    process->setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CERTDESK_ACTION"), action);
    environment.insert(QStringLiteral("CERTDESK_RECORD_NAME"), name);
    environment.insert(QStringLiteral("CERTDESK_RECORD_VALUE"), value);
    environment.remove(QStringLiteral("CERTDESK_DNS_SECRET"));
    if (!m_secret.isEmpty()) {
        environment.insert(QStringLiteral("CERTDESK_DNS_SECRET"), QString::fromUtf8(m_secret));
    }
    process->setProcessEnvironment(environment);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    auto reported = std::make_shared<bool>(false);
    const auto report = [process, reported, done](Result<void> result) {
        if (*reported) {
            return;
        }
        *reported = true;
        process->deleteLater();
        done(result);
    };
    connect(timer, &QTimer::timeout, process, [process, timedOut] {
        *timedOut = true;
        process->kill();
    });
    connect(process,
            &QProcess::finished,
            this,
            [this, process, timedOut, report, action](int code, QProcess::ExitStatus status) {
                const QString output = redacted(QString::fromUtf8(process->readAll().right(2000))).trimmed();
                const QString tail = output.section(QLatin1Char('\n'), -5);
                if (*timedOut) {
                    report(Problem::make(
                               Problem::Category::Timeout,
                               QStringLiteral("provider.script.timeout"),
                               tr("The DNS script did not finish in time."),
                               tr("%1 %2 ran longer than %n second(s) and was stopped.", nullptr, m_timeoutSeconds)
                                   .arg(m_program, action),
                               tr("Make the script finish sooner, or raise its timeout."))
                               .withTechnical(output));
                    return;
                }
                if (status != QProcess::NormalExit || code != 0) {
                    report(Problem::make(
                               Problem::Category::Dns,
                               QStringLiteral("provider.script.failed"),
                               tr("The DNS script failed."),
                               status != QProcess::NormalExit
                                   ? tr("%1 %2 crashed. %3").arg(m_program, action, tail)
                                   : tr("%1 %2 exited with status %3. %4").arg(m_program, action).arg(code).arg(tail),
                               tr("Run the script by hand with the same arguments to see what it "
                                  "needs."))
                               .withTechnical(output));
                    return;
                }
                report({});
            });
    connect(process, &QProcess::errorOccurred, this, [this, report](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            report(Problem::make(Problem::Category::Configuration,
                                 QStringLiteral("provider.script.not-started"),
                                 tr("The DNS script could not be started."),
                                 tr("%1 cannot be run.").arg(m_program),
                                 tr("Check the path and that the file is executable.")));
        }
    });
    QStringList arguments{action};
    if (!name.isEmpty()) {
        arguments << name << value;
    }
    timer->start(m_timeoutSeconds * 1000);
    process->start(m_program, arguments);
}

void ScriptProvider::addTxt(const DnsName &fqdn, const QString &value, Done done)
{
    run(QStringLiteral("present"), fqdn.ace(), value, std::move(done));
}

void ScriptProvider::removeTxt(const DnsName &fqdn, const QString &value, Done done)
{
    run(QStringLiteral("cleanup"), fqdn.ace(), value, std::move(done));
}

void ScriptProvider::checkConnection(Tested done)
{
    run(QStringLiteral("test"), {}, {}, [this, done](Result<void> result) {
        if (!result) {
            done(result.problem());
            return;
        }
        done(tr("%1 test exited with status 0.").arg(m_program));
    });
}
