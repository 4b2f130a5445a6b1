#pragma once
// Inline runs: the text of a title, heading, paragraph, item, step or note, already
// whitespace-normalised. Runs are flat; emphasis is a flag, so writers never recurse.
#include <string>
#include <vector>

#include "model/location.h"

namespace handout::model {

enum class RunKind {
  text,   // ordinary words
  say,    // print shows `text`, audio speaks `alias`
  phone,  // a telephone number
  email,  // an e-mail address
  web,    // a web address
};

struct Run {
  RunKind kind = RunKind::text;
  std::string text;   // what print shows (never empty)
  std::string alias;  // only for RunKind::say: what audio speaks
  bool emphasis = false;
  Location at;
  bool from_clinic = false;  // resolved from a reference such as <clinic-phone/>
  friend bool operator==(const Run&, const Run&) = default;
};

using Inlines = std::vector<Run>;

// The printed words of a run sequence, concatenated.
std::string plain_text(const Inlines& runs);

}  // namespace handout::model
