#pragma once

// Runs the `openssl` command-line tool as an independent implementation to cross-check
// core/crypto. Secrets (passwords) go through stdin, never the command line.

#include <QByteArray>
#include <QProcess>
#include <QStringList>

struct OpenSslRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    bool ok() const { return exitCode == 0; }
};

inline OpenSslRun runOpenSsl(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral("openssl"), arguments);
    OpenSslRun run;
    if (!process.waitForStarted(10000)) {
        run.err = "openssl did not start";
        return run;
    }
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

#include <QDir>
#include <QFile>

// A two-level test PKI made with the openssl CLI in `dir`: a root "CertDesk Test Root" and a
// leaf for `names` with the public key of `csrDer` (a CSR from CsrBuilder). Returns the
// leaf+root PEM chain, or empty with the reason in `error`.
inline QByteArray issueTestChain(const QString &dir,
                                 const QByteArray &csrDer,
                                 QByteArray *error,
                                 int days = 30,
                                 const QString &rootName = QStringLiteral("CertDesk Test Root"))
{
    const auto path = [&](const char *name) {
        return QDir(dir).filePath(QString::fromLatin1(name));
    };
    {
        QFile csr(path("leaf.csr"));
        if (!csr.open(QIODevice::WriteOnly)) {
            *error = "cannot write CSR";
            return {};
        }
        csr.write(csrDer);
    }
    auto run = runOpenSsl({QStringLiteral("req"),
                           QStringLiteral("-x509"),
                           QStringLiteral("-newkey"),
                           QStringLiteral("ec"),
                           QStringLiteral("-pkeyopt"),
                           QStringLiteral("ec_paramgen_curve:P-256"),
                           QStringLiteral("-nodes"),
                           QStringLiteral("-keyout"),
                           path("ca.key"),
                           QStringLiteral("-out"),
                           path("ca.pem"),
                           QStringLiteral("-subj"),
                           QStringLiteral("/CN=") + rootName,
                           QStringLiteral("-days"),
                           QStringLiteral("2")});
    if (!run.ok()) {
        *error = run.err;
        return {};
    }
    run = runOpenSsl({QStringLiteral("x509"),
                      QStringLiteral("-req"),
                      QStringLiteral("-inform"),
                      QStringLiteral("DER"),
                      QStringLiteral("-in"),
                      path("leaf.csr"),
                      QStringLiteral("-CA"),
                      path("ca.pem"),
                      QStringLiteral("-CAkey"),
                      path("ca.key"),
                      QStringLiteral("-copy_extensions"),
                      QStringLiteral("copy"),
                      QStringLiteral("-set_serial"),
                      QStringLiteral("0x00a1b2c3d4e5f6"),
                      QStringLiteral("-days"),
                      QString::number(days),
                      QStringLiteral("-out"),
                      path("leaf.pem")});
    if (!run.ok()) {
        *error = run.err;
        return {};
    }
    QFile leaf(path("leaf.pem"));
    QFile root(path("ca.pem"));
    if (!leaf.open(QIODevice::ReadOnly) || !root.open(QIODevice::ReadOnly)) {
        *error = "cannot read issued certificates";
        return {};
    }
    return leaf.readAll() + root.readAll();
}

// DER INTEGER from unsigned big-endian bytes.
inline QByteArray derInteger(QByteArray value)
{
    while (value.size() > 1 && value.at(0) == '\0' && !(static_cast<unsigned char>(value.at(1)) & 0x80)) {
        value.remove(0, 1);
    }
    if (static_cast<unsigned char>(value.at(0)) & 0x80) {
        value.prepend('\0');
    }
    return QByteArray(1, 0x02) + QByteArray(1, static_cast<char>(value.size())) + value;
}

// The ECDSA-Sig-Value (RFC 3279 §2.2.3) `openssl dgst -verify` expects, built from r||s.
inline QByteArray ecdsaRawToDer(const QByteArray &raw)
{
    const QByteArray body = derInteger(raw.left(raw.size() / 2)) + derInteger(raw.mid(raw.size() / 2));
    QByteArray sequence(1, 0x30);
    if (body.size() >= 128) {
        sequence.append(static_cast<char>(0x81));
    }
    return sequence + QByteArray(1, static_cast<char>(body.size())) + body;
}
