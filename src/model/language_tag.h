#pragma once
// A BCP 47 language tag as the admin wrote it ("en-US", "es-419"), with where it was written.
#include <string>
#include <string_view>

#include "model/location.h"

namespace handout::model {

struct LanguageTag {
  std::string tag;  // as written
  Location at;      // of the attribute that gave it; unknown when implied

  // The primary language subtag, lower-cased: "en-US" -> "en".
  std::string primary() const;
  bool empty() const { return tag.empty(); }
  friend bool operator==(const LanguageTag&, const LanguageTag&) = default;
};

}  // namespace handout::model
