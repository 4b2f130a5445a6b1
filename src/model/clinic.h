#pragma once
// The clinic's contact details, shared by every handout of a content folder.
#include <optional>
#include <string>
#include <vector>

#include "model/hours.h"
#include "model/location.h"

namespace handout::model {

struct Field {
  std::string text;
  Location at;
  friend bool operator==(const Field&, const Field&) = default;
};

struct Office {
  Field id;  // unique among the clinic's locations; handouts refer to it (location="…")
  std::optional<Field> name;
  std::vector<Field> address;  // lines, in order
  std::optional<Field> phone;
  Hours hours;  // empty when not given
  Location at;
  friend bool operator==(const Office&, const Office&) = default;
};

struct Clinic {
  std::string file;
  Field name;
  std::optional<Field> phone;
  std::optional<Field> email;
  std::optional<Field> web;
  std::vector<Office> offices;
  friend bool operator==(const Clinic&, const Clinic&) = default;
};

}  // namespace handout::model
