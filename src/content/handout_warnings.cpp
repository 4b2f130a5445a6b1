#include "content/handout_warnings.h"

#include <algorithm>
#include <chrono>

#include "content/description_warnings.h"
#include "content/literal_details.h"
#include "content/placeholder_details.h"
#include "content/revision_warnings.h"
#include "content/table_warnings.h"
#include "content/typed_layout.h"

namespace handout::content {

model::Diagnostics handout_warnings(const model::Handout& handout, const model::Clinic* clinic,
                                    const model::Date& today) {
  model::Diagnostics out;
  const auto add = [&](model::Diagnostics found) {
    for (model::Diagnostic& diagnostic : found) out.push_back(std::move(diagnostic));
  };
  if (clinic) {
    const model::Diagnostics literal = literal_clinic_details(handout, *clinic);
    // A placeholder typed where the clinic's detail is meant is said once, by the literal
    // detail's warning: its reference fixes it, and clinic.xml's placeholder is said there.
    model::Diagnostics placeholders;
    for (model::Diagnostic& placeholder : placeholder_details(handout, *clinic))
      if (std::ranges::none_of(literal,
                               [&](const model::Diagnostic& d) { return d.at == placeholder.at; }))
        placeholders.push_back(std::move(placeholder));
    add(grouped_placeholders(std::move(placeholders)));
    add(literal);
  }
  add(description_warnings(handout));
  add(table_warnings(handout));
  add(typed_fields(handout));
  add(revision_warnings(handout, today));
  return out;
}

model::Date today_utc() {
  const auto now = std::chrono::system_clock::now().time_since_epoch();
  return model::civil_time(std::chrono::duration_cast<std::chrono::seconds>(now).count()).date;
}

}  // namespace handout::content
