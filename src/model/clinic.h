#pragma once
// The clinic's contact details, shared by every handout of a content folder.
#include <optional>
#include <string>
#include <vector>

#include "model/hours.h"
#include "model/location.h"
#include "model/plain_language.h"

namespace handout::model {

struct Field {
  std::string text;
  Location at;
  friend bool operator==(const Field&, const Field&) = default;
};

// A text that needs a translator, given once per language (xml:lang).
struct Version {
  std::string lang;  // as written; empty: the clinic's language, or every language if unset
  Field text;
  friend bool operator==(const Version&, const Version&) = default;
};
using Translated = std::vector<Version>;

struct Office {
  Field id;  // unique among the clinic's locations; handouts refer to it (location="…")
  // `name` and `note` are in one language: the handout reader picks them from `names` and
  // `notes` for the handout's language (the clinic reader sets the clinic's language's).
  std::optional<Field> name;
  Translated names;
  std::vector<Field> address;  // lines, in order
  std::optional<Field> phone;
  Hours hours;                // empty when not given
  std::optional<Field> note;  // e.g. "Parking behind the building"
  Translated notes;
  Location at;
  friend bool operator==(const Office&, const Office&) = default;
};

struct Clinic {
  std::string file;
  std::string lang;  // xml:lang of <clinic>: the language of texts without one (may be empty)
  // The language of the handout the details were taken for (content's clinic_in_language):
  // the texts a translator writes are in it, the name and addresses in `lang`. Empty as read
  // from clinic.xml.
  std::string taken_for = {};
  Field name;
  std::optional<Field> phone;
  std::optional<Field> fax;  // for referring physicians; printed and said, never a link
  std::optional<Field> email;
  std::optional<Field> web;
  std::vector<Office> offices;
  // <publish base="…"/>: where the clinic puts the contents of out/, an absolute http(s) URL
  // ending in '/', so <base><id>.html is a handout's read-along page. Unset: not published.
  std::optional<std::string> publish_base;
  Location publish_at;  // of the base attribute
  // <plain-language>: the reading level `check` holds handouts to, and the clinic's own plain
  // words; the defaults when not given.
  PlainLanguageTarget plain = {};
  friend bool operator==(const Clinic&, const Clinic&) = default;
};

}  // namespace handout::model
