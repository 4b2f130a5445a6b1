#pragma once
// Every warning `check` and a build give one handout besides its reader's and its formats':
// the clinic's details typed instead of referred to, placeholder details, descriptions, tables,
// layout typed as text and a revision date after today. Warnings never stop a build.
#include "model/clinic.h"
#include "model/date.h"
#include "model/diagnostic.h"
#include "model/handout.h"

namespace handout::content {

// `clinic` may be null (clinic.xml could not be read); the warnings about it are left out.
model::Diagnostics handout_warnings(const model::Handout& handout, const model::Clinic* clinic,
                                    const model::Date& today);

// Today in UTC, which revision dates are compared with (warnings only; no output depends on it).
model::Date today_utc();

}  // namespace handout::content
