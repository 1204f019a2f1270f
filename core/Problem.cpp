#include "Problem.h"

#include <QStringList>

Problem
Problem::make(Category category, const QString &code, const QString &title, const QString &detail, const QString &hint)
{
    Problem problem;
    problem.category = category;
    problem.code = code;
    problem.title = title;
    problem.detail = detail;
    problem.hint = hint;
    return problem;
}

Problem &Problem::withTechnical(const QString &text)
{
    technical = text;
    return *this;
}

QString Problem::message() const
{
    QStringList parts;
    for (const QString &part : {title, detail, hint}) {
        const QString trimmed = part.trimmed();
        if (trimmed.isEmpty()) {
            continue;
        }
        parts << trimmed;
    }
    QString text = parts.join(QLatin1Char(' '));
    return text.isEmpty() ? code : text;
}

QString Problem::categoryName(Category category)
{
    switch (category) {
    case Category::Input:
        return QStringLiteral("input");
    case Category::Configuration:
        return QStringLiteral("configuration");
    case Category::Network:
        return QStringLiteral("network");
    case Category::Tls:
        return QStringLiteral("tls");
    case Category::Dns:
        return QStringLiteral("dns");
    case Category::Acme:
        return QStringLiteral("acme");
    case Category::Keychain:
        return QStringLiteral("keychain");
    case Category::Storage:
        return QStringLiteral("storage");
    case Category::Permission:
        return QStringLiteral("permission");
    case Category::NotFound:
        return QStringLiteral("not-found");
    case Category::Conflict:
        return QStringLiteral("conflict");
    case Category::Timeout:
        return QStringLiteral("timeout");
    case Category::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}
