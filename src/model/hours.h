#pragma once
// Opening hours as data, like schema.org's openingHoursSpecification, so each writer can word
// them in the handout's language: <open days="mon-fri" from="07:30" to="18:00"/>.
#include <vector>

#include "model/location.h"

namespace handout::model {

enum class HoursKind {
  open,            // from … to …
  by_appointment,  // open only by appointment
  closed,          // closed all day
};

struct HoursRule {
  HoursKind kind = HoursKind::open;
  int first_day = 0;  // 0 is Monday … 6 is Sunday
  int last_day = 0;   // equal to first_day for one day
  int from = 0;       // minutes after midnight (open only)
  int to = 0;         // minutes after midnight, after `from` (open only)
  Location at;
  friend bool operator==(const HoursRule&, const HoursRule&) = default;
};

// In the order written; rules for the same days (a lunch break) are worded together.
using Hours = std::vector<HoursRule>;

}  // namespace handout::model
