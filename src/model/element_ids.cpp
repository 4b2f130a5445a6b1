#include "model/element_ids.h"

#include <algorithm>

namespace handout::model {

namespace {

// Removes `prefix` from the front of `text`; false when it is not there.
bool take(std::string_view& text, std::string_view prefix) {
  if (!text.starts_with(prefix)) return false;
  text.remove_prefix(prefix.size());
  return true;
}

// Removes a whole number (one digit or more) from the front of `text`.
bool take_number(std::string_view& text) {
  const auto digits = static_cast<std::size_t>(
      std::ranges::find_if_not(text, [](char c) { return c >= '0' && c <= '9'; }) - text.begin());
  if (digits == 0) return false;
  text.remove_prefix(digits);
  return true;
}

// "<prefix>N" and nothing after.
bool numbered(std::string_view id, std::string_view prefix) {
  return take(id, prefix) && take_number(id) && id.empty();
}

}  // namespace

bool is_element_id(std::string_view id) {
  if (std::ranges::find(fixed_element_ids, id) != fixed_element_ids.end()) return true;
  if (numbered(id, "page") || numbered(id, "contents-s") || numbered(id, "closing-s")) return true;
  std::string_view rest = id;
  if (!take(rest, "u") || !take_number(rest)) return false;
  return rest.empty() || rest == "-heading" || numbered(rest, "-s");
}

}  // namespace handout::model
