#pragma once

#include "core/dns/RecordStatus.h"

#include <QIcon>
#include <QString>
#include <QStringList>

#include <optional>

// What the DNS review says about a required record in the administrator's words: a short
// label and icon per status, and what to do about it — which record to create, change or
// remove, which CAA record to add, which server failed and what to look at.
namespace RecordAdvice {

// "OK", "Missing", … or "Not checked yet" for a record no check has looked at.
QString label(const std::optional<RecordStatus::State> &state);
QIcon icon(const std::optional<RecordStatus::State> &state);

// Plain text, one or more paragraphs separated by blank lines. `caIdentities`: the CA's CAA
// identities the check used (empty when unknown).
QString whatToDo(const RecordStatus &status, const QStringList &caIdentities);
// For a record that has not been checked live yet.
QString whatToDo(const RequiredRecord &record);

} // namespace RecordAdvice
