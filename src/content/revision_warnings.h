#pragma once
// A revision date after today: a typo ("2062" for "2026") that every output would print and
// say, and that the manifest would date the outputs by.
#include "model/date.h"
#include "model/diagnostic.h"
#include "model/handout.h"

namespace handout::content {

model::Diagnostics revision_warnings(const model::Handout& handout, const model::Date& today);

}  // namespace handout::content
