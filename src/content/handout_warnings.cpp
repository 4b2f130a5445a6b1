#include "content/handout_warnings.h"

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
    add(literal_clinic_details(handout, *clinic));
    add(placeholder_details(handout, *clinic));
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
