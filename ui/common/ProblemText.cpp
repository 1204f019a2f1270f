#include "ProblemText.h"

#include <QStringList>

namespace ProblemText {

namespace {

QString sentence(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return trimmed;
    }
    const QChar last = trimmed.back();
    const bool ended = last == QLatin1Char('.') || last == QLatin1Char('!') || last == QLatin1Char('?')
                       || last == QLatin1Char(':') || last == QChar(0x2026) /* … */;
    return ended ? trimmed : trimmed + QLatin1Char('.');
}

QStringList parts(const Problem &problem)
{
    QStringList parts;
    for (const QString &part : {problem.title, problem.detail, problem.hint}) {
        if (!part.trimmed().isEmpty()) {
            parts << sentence(part);
        }
    }
    if (parts.isEmpty()) {
        parts << problem.code;
    }
    return parts;
}

} // namespace

QString oneLine(const Problem &problem)
{
    return parts(problem).join(QLatin1Char(' '));
}

QString paragraphs(const Problem &problem)
{
    return parts(problem).join(QLatin1Char('\n'));
}

QString html(const Problem &problem)
{
    QStringList lines;
    if (!problem.title.trimmed().isEmpty()) {
        lines << QStringLiteral("<b>%1</b>").arg(sentence(problem.title).toHtmlEscaped());
    }
    if (!problem.detail.trimmed().isEmpty()) {
        lines << sentence(problem.detail).toHtmlEscaped();
    }
    if (!problem.hint.trimmed().isEmpty()) {
        lines << QStringLiteral("<i>%1</i>").arg(sentence(problem.hint).toHtmlEscaped());
    }
    if (lines.isEmpty()) {
        lines << problem.code.toHtmlEscaped();
    }
    return lines.join(QStringLiteral("<br>"));
}

} // namespace ProblemText
