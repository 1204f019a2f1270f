#pragma once

#include <QDateTime>
#include <QString>

// "in 3 days", "5 hours ago": how far `when` is from `now`, in the largest unit that is at
// least one, for lists where the exact time sits beside it or in a tooltip.
namespace RelativeTime {

QString describe(const QDateTime &when, const QDateTime &now);

// "in 3 days (12 Mar 2027)", "in 5 hours (14:00)": relative and absolute local time together.
QString describeWithDate(const QDateTime &when, const QDateTime &now);

} // namespace RelativeTime
