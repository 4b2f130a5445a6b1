#pragma once
// The words of a handout's plan (model/plan.h) in its language, from lang::Terms and ICU.
#include "lang/terms.h"
#include "model/plan.h"

namespace handout::lang {

model::PlanWords plan_words(const Terms& terms);

// The handout's plan, in its language. The handout must outlive it.
model::Plan plan_of(const model::Handout& handout);

}  // namespace handout::lang
