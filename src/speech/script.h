#pragma once
// The spoken script: a handout as SSML for eSpeak NG, with a <mark> where each chapter
// starts. A pure function of the model and the lexicon.
//
// Order: title, subtitle, "By …", a spoken table of contents (top-level sections and the
// contact block), the body in reading order (each section's heading after a pause of at
// least 600 ms and followed by a shorter one; lists announced with their size, items as
// sentences; "Step n of N."; "Important: …"; the contact block), then the revision date and
// a closing line. Chapters: one opening chapter (the title), then one per section at any
// depth and one for the contact block, in reading order.
#include <string>
#include <vector>

#include "model/handout.h"
#include "model/lexicon.h"

namespace handout::speech {

struct ScriptChapter {
  std::string mark;   // the <mark name> where it starts
  std::string id;     // "intro", the section's id, or "contact"
  std::string title;  // the printed heading (the handout's title for "intro")
};

struct Script {
  std::string ssml;
  std::vector<ScriptChapter> chapters;
};

Script build_script(const model::Handout& handout, const model::Lexicon& lexicon);

// Pauses, in milliseconds.
inline constexpr int pause_before_heading_ms = 900;
inline constexpr int pause_before_subheading_ms = 700;
inline constexpr int pause_after_heading_ms = 400;
inline constexpr int pause_after_item_ms = 500;

}  // namespace handout::speech
