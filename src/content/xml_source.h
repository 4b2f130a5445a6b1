#pragma once
// Parses a checked SourceText with pugixml and refuses everything XML allows that a handout
// must not have: a DOCTYPE, processing instructions, undefined entities, stray top-level text.
#include <optional>
#include <pugixml.hpp>
#include <string_view>
#include <vector>

#include "content/source_text.h"
#include "model/inline.h"

namespace handout::content {

class XmlSource {
 public:
  // Returns nullopt (with diagnostics) when the file is not a single well-formed element.
  static std::optional<XmlSource> parse(const SourceText& source, model::Diagnostics& out);

  XmlSource(XmlSource&&) = default;
  XmlSource& operator=(XmlSource&&) = delete;

  pugi::xml_node root() const { return document_.document_element(); }

 private:
  XmlSource() = default;
  pugi::xml_document document_;
};

// Where an element's `<` or a text node starts.
model::Location locate(const SourceText& source, pugi::xml_node node);
// The places within a text node's value (as pugixml decoded it) where the source position
// no longer follows code point by code point: the first word, every word after a line break
// or several spaces, every character after a reference such as `&amp;`.
std::vector<model::TextPlace> text_places(const SourceText& source, pugi::xml_node text);
// Where attribute `name` of `element` starts, or the element's place if it cannot be found.
model::Location locate_attribute(const SourceText& source, pugi::xml_node element,
                                 std::string_view name);

}  // namespace handout::content
