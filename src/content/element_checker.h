#pragma once
// Strict checks shared by the handout, clinic and lexicon readers: allowed attributes,
// text where none belongs, plain-text elements. Every problem becomes a located diagnostic.
#include <initializer_list>
#include <optional>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "content/source_text.h"
#include "model/clinic.h"
#include "model/inline.h"

namespace handout::content {

class ElementChecker {
 public:
  ElementChecker(const SourceText& source, model::Diagnostics& out) : source_(source), out_(out) {}

  const std::string& file() const { return source_.name(); }
  model::Location where(pugi::xml_node node) const;
  // See text_places() in xml_source.h.
  std::vector<model::TextPlace> places(pugi::xml_node text) const;
  void error(pugi::xml_node node, std::string message);
  void error(model::Location at, std::string message);
  std::size_t error_count() const { return out_.size(); }

  // Reports every attribute of `element` whose name is not in `allowed`.
  void allow_attributes(pugi::xml_node element, std::initializer_list<std::string_view> allowed);
  // A required attribute's value, or an error naming it.
  std::optional<std::string> required_attribute(pugi::xml_node element, std::string_view name);
  model::Location where_attribute(pugi::xml_node element, std::string_view name) const;

  // The element children of an element-only element, in order; text there is reported.
  std::vector<pugi::xml_node> element_children(pugi::xml_node element);
  // The text of an element that may hold only text, as written; child elements and empty
  // text are reported and give nullopt.
  std::optional<std::string> raw_text(pugi::xml_node element);
  // The collapsed text of an element that may hold only text; child elements and empty
  // text are reported. Attributes are not allowed.
  std::optional<model::Field> plain_text(pugi::xml_node element);

  // Reports right-to-left scripts and overlong words (unless the text is an address).
  void check_text(pugi::xml_node node, std::string_view text, bool is_address);

  // "unknown element <x>; ..." with what is allowed at that place.
  void unexpected(pugi::xml_node element, std::string_view allowed_here);

 private:
  const SourceText& source_;
  model::Diagnostics& out_;
  std::set<pugi::xml_node> reported_parents_;  // that already had an element out of place
};

bool is_named(pugi::xml_node node, std::string_view name);

}  // namespace handout::content
