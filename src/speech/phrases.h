#pragma once
// The words the script adds around the handout's own text, in the handout's language.
#include <cstddef>
#include <string>
#include <string_view>

#include "speech/language.h"

namespace handout::speech {

struct Phrases {
  Language language;

  std::string_view by() const;                                    // "By", before the authors
  std::string parts(std::size_t count) const;                     // "This recording has 3 parts:"
  std::string list_of(std::size_t count) const;                   // "A list of 12 items."
  std::string step(std::size_t number, std::size_t count) const;  // "Step 1 of 4."
  std::string_view important() const;                             // "Important:"
  std::string_view contact_title() const;                         // the contact block's chapter
  std::string_view phone() const;                                 // "Phone:"
  std::string_view again() const;                                 // "Again:"
  std::string_view email() const;                                 // "Email:"
  std::string_view web() const;                                   // "Website:"
  std::string_view address() const;                               // "Address:"
  std::string_view hours() const;                                 // "Hours:"
  std::string_view conjunction() const;                           // "and", joining the last name
  std::string revised(std::string_view iso_date) const;  // "This handout was revised on …"
  std::string_view closing() const;                      // "This is the end of …:"
  std::string_view thanks() const;                       // "Thank you for listening."
  std::string_view album() const;                        // ID3 album
};

Phrases phrases_for(Language language);

}  // namespace handout::speech
