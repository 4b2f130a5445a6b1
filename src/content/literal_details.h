#pragma once
// Warnings for the clinic's details typed into a handout's text instead of referred to: a
// phone number, email or web address equal to one in clinic.xml (use the reference), or one
// that looks like the clinic's but matches none (it may be out of date).
#include "model/clinic.h"
#include "model/diagnostic.h"
#include "model/handout.h"

namespace handout::content {

model::Diagnostics literal_clinic_details(const model::Handout& handout,
                                          const model::Clinic& clinic);

}  // namespace handout::content
