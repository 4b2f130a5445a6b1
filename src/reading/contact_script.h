#pragma once
// The clinic's contact block as SSML, in the plan's order (model/plan.h): the clinic's name,
// phone numbers said twice digit by digit, e-mail and web addresses, then each office's name,
// address, phone, hours and note.
#include <functional>
#include <string>

#include "model/plan.h"
#include "reading/inline_speech.h"
#include "reading/phrases.h"

namespace handout::reading {

// `office_mark(group)` gives what starts an office's paragraph: its sentence mark.
std::string contact_ssml(const model::ContactPlan& contact, const Speaker& speaker,
                         const Phrases& phrases,
                         const std::function<std::string(const model::ContactGroup&)>& office_mark);

// "Phone: 2 0 7 … Again: 2 0 7 …" as one paragraph.
std::string phone_twice(std::string_view printed, const Speaker& speaker, const Phrases& phrases);

}  // namespace handout::reading
