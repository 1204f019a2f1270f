#include "RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace RelativeTime {

QString describe(const QDateTime &when, const QDateTime &now)
{
    const qint64 seconds = now.secsTo(when);
    const bool future = seconds >= 0;
    const qint64 magnitude = qAbs(seconds);
    constexpr qint64 minute = 60;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    if (magnitude < minute) {
        return QCoreApplication::translate("RelativeTime", "now");
    }
    // Whole units, rounded down: "in 1 day" for 47 hours, like most desktop clients say.
    int count = 0;
    const char *futureText = nullptr;
    const char *pastText = nullptr;
    if (magnitude < hour) {
        count = static_cast<int>(magnitude / minute);
        futureText = QT_TRANSLATE_N_NOOP("RelativeTime", "in %Ln minute(s)");
        pastText = QT_TRANSLATE_N_NOOP("RelativeTime", "%Ln minute(s) ago");
    } else if (magnitude < day) {
        count = static_cast<int>(magnitude / hour);
        futureText = QT_TRANSLATE_N_NOOP("RelativeTime", "in %Ln hour(s)");
        pastText = QT_TRANSLATE_N_NOOP("RelativeTime", "%Ln hour(s) ago");
    } else {
        count = static_cast<int>(magnitude / day);
        futureText = QT_TRANSLATE_N_NOOP("RelativeTime", "in %Ln day(s)");
        pastText = QT_TRANSLATE_N_NOOP("RelativeTime", "%Ln day(s) ago");
    }
    return QCoreApplication::translate("RelativeTime", future ? futureText : pastText, nullptr, count);
}

QString describeWithDate(const QDateTime &when, const QDateTime &now)
{
    // Within a day the time of day is what matters, further out the date.
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    const QString absolute = qAbs(now.secsTo(when)) < 24 * 3600 ? locale.toString(local.time(), QLocale::ShortFormat)
                                                                : locale.toString(local.date(), QLocale::ShortFormat);
    return QCoreApplication::translate("RelativeTime", "%1 (%2)", "relative time (absolute time)")
        .arg(describe(when, now), absolute);
}

} // namespace RelativeTime
