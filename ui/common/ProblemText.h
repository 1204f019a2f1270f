#pragma once

#include "core/Problem.h"

#include <QString>

// A Problem as people read it: what happened, the particulars, and what to do, each in its
// own sentence (core's titles do not always end with a full stop).
namespace ProblemText {

// One line, for a status bar: "Title. Detail. Hint"
QString oneLine(const Problem &problem);
// One paragraph per part, for notifications and plain labels.
QString paragraphs(const Problem &problem);
// Rich text for labels: the title in bold, the hint in italics, everything escaped.
QString html(const Problem &problem);

} // namespace ProblemText
