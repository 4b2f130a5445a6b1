#pragma once
// Placeholder details: what a template or an example holds until the clinic's own replace it,
// and what must never reach a patient. Each is a warning, on every `check` and every build,
// until it is replaced:
// - an email or web address on a domain reserved for examples, which reaches no one:
//   example.com, example.net, example.org (RFC 2606) and any name under the top-level
//   domains .example, .test, .invalid and .localhost (RFC 2606, RFC 6761);
// - a phone number in a range reserved for fiction (lang::fictional_range: North America's
//   555-0100 to 555-0199, Ofcom's drama numbers);
// - a placeholder place name ("Anytown").
#include <string>
#include <string_view>

#include "model/clinic.h"
#include "model/diagnostic.h"
#include "model/handout.h"

namespace handout::content {

// The reserved domain an email or web address is on ("example.org", ".test"); empty when none.
std::string reserved_domain(std::string_view address);

// The placeholders of clinic.xml, grouped.
model::Diagnostics placeholder_clinic_details(const model::Clinic& clinic);

// The placeholders a handout writes itself (those it refers to in clinic.xml are said there),
// each at its place.
model::Diagnostics placeholder_details(const model::Handout& handout, const model::Clinic& clinic);

// Several placeholders of one file as one warning, at the first, that lists each at its place
// (a template's details are one thing to do, not a screenful of warnings); one as it is.
model::Diagnostics grouped_placeholders(model::Diagnostics found);

}  // namespace handout::content
