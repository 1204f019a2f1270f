#include "OpenSsl.h"

#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/err.h>

namespace OpenSsl {

QString takeErrors()
{
    QStringList errors;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        errors << QString::fromLatin1(buffer);
    }
    return errors.join(QStringLiteral("; "));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    if (size <= 0 || !data) {
        return {};
    }
    return QByteArray(data, static_cast<qsizetype>(size));
}

void wipe(QByteArray &data)
{
    if (!data.isEmpty() && !data.isDetached()) {
        // Another QByteArray shares this buffer; wiping would corrupt its owner's copy. Its
        // owner wipes it when done.
        data.clear();
        return;
    }
    if (!data.isEmpty()) {
        OPENSSL_cleanse(data.data(), static_cast<size_t>(data.size()));
    }
    data.clear();
}

} // namespace OpenSsl
