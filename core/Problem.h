#pragma once

#include <QMetaType>
#include <QString>

// An error as a value: what went wrong, in words an administrator can act on.
// `title`, `detail` and `hint` are translated; `technical` is for the log only and
// must never carry a secret.
struct Problem
{
    enum class Category {
        Input,         // the administrator gave something malformed
        Configuration, // a setting is missing or inconsistent
        Network,       // a peer could not be reached
        Tls,           // a TLS handshake or certificate check failed
        Dns,           // a DNS lookup or update failed
        Acme,          // the CA answered with a problem document
        Keychain,      // the OS keychain refused or is absent
        Storage,       // the database or a file could not be used
        Permission,    // a token or account may not do this
        NotFound,
        Conflict,
        Timeout,
        Internal,
    };

    Category category = Category::Internal;
    QString code;      // stable, machine readable: "store.newer-schema"
    QString title;     // one line: what happened
    QString detail;    // what exactly, with the names involved
    QString hint;      // what to do next
    QString technical; // untranslated evidence for the log

    static Problem make(Category category,
                        const QString &code,
                        const QString &title,
                        const QString &detail = {},
                        const QString &hint = {});

    Problem &withTechnical(const QString &text);

    // "Title: detail. Hint" — one sentence group for a status bar, stderr or a dialog.
    QString message() const;

    static QString categoryName(Category category);
};

Q_DECLARE_METATYPE(Problem)
