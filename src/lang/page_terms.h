#pragma once
// The words of the read-along web page's own controls and of the index of every handout, in
// the page's language: the player's buttons, the parts' "Play" links, the links to the other
// formats, and the index's search. One table per language, as lang/terms.h.
#include <cstddef>
#include <string>
#include <string_view>

#include "lang/language.h"
#include "model/language_tag.h"

namespace handout::lang {

struct PageTermTable;

class PageTerms {
 public:
  explicit PageTerms(model::LanguageTag tag);

  std::string_view recording() const;          // "Recording", the player's audio element's name
  std::string_view play() const;               // "Play", the player's button and each part's link
  std::string_view pause() const;              // "Pause"
  std::string_view back() const;               // "Back 10 seconds"
  std::string_view previous_part() const;      // "Previous part"
  std::string_view next_part() const;          // "Next part"
  std::string_view speed() const;              // "Speed", before the rate ("1.5×")
  std::string_view follow() const;             // "Keep the spoken sentence in view"
  std::string_view other_formats() const;      // "This handout in other formats"
  std::string_view length() const;             // "length", before a recording's length
  std::string_view find() const;               // "Find a handout by title"
  std::string found(std::size_t count) const;  // "3 handouts found"

 private:
  model::LanguageTag tag_;
  const PageTermTable* table_;
};

}  // namespace handout::lang
