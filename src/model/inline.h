#pragma once
// Inline runs: the text of a title, heading, paragraph, item, step or note, already
// whitespace-normalised. Runs are flat; emphasis is a flag, so writers never recurse.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "model/language_tag.h"
#include "model/location.h"

namespace handout::model {

enum class RunKind {
  text,   // ordinary words
  say,    // print shows `text`, audio speaks `alias`
  phone,  // a telephone number
  email,  // an e-mail address
  web,    // a web address
};

// From byte `offset` of a run's text on, the text stands at `at` in the source (and runs on
// there code point by code point until the next place): the reader records one after each
// line break, collapsed space and character reference, so a writer can point at a character.
struct TextPlace {
  std::uint32_t offset = 0;
  Location at;
  friend bool operator==(const TextPlace&, const TextPlace&) = default;
};

struct Run {
  RunKind kind = RunKind::text;
  std::string text;   // what print shows (never empty)
  std::string alias;  // only for RunKind::say: what audio speaks
  bool emphasis = false;
  Location at;                      // where the run starts
  std::vector<TextPlace> places{};  // finer places within it, by increasing offset
  bool from_clinic = false;         // resolved from a reference such as <clinic-phone/>
  // Only for RunKind::web with words of its own (<web href="…">the video</web>): the address
  // it opens; `text` is then its words. Empty when `text` is itself the address.
  std::string href{};
  // The language of the run when it is not its handout's: inside <lang xml:lang="…">, with
  // where the tag was written. Empty: the handout's language.
  LanguageTag lang{};

  // What a link to the run opens, as written: `href`, else the text itself.
  const std::string& address() const { return href.empty() ? text : href; }
  friend bool operator==(const Run&, const Run&) = default;
};

using Inlines = std::vector<Run>;

// The printed words of a run sequence, concatenated.
std::string plain_text(const Inlines& runs);

// Where the character at byte `offset` of `run.text` was written.
Location locate_in(const Run& run, std::size_t offset);

}  // namespace handout::model
