// Writes one secret through SecretStore and reports the outcome: lets TestSecretStore watch
// the "no keychain" path in a process whose environment has no D-Bus session at all.
//   secret_probe SECRET_VALUE  → exit 0 "stored", or exit 1 with "code\nmessage"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        return 2;
    }
    SecretStore store(QStringLiteral("probe"));
    SecretJob *job = store.write(SecretRef(QStringLiteral("probe"), QStringLiteral("1")), QByteArray(argv[1]));
    int code = 3;
    QObject::connect(job, &SecretJob::finished, &app, [&code](SecretJob *done) {
        QTextStream out(stdout);
        if (done->failed()) {
            out << done->problem().code << '\n' << done->problem().message() << '\n';
            code = 1;
        } else {
            out << "stored\n";
            code = 0;
        }
        QCoreApplication::quit();
    });
    job->start();
    QCoreApplication::exec();
    return code;
}
