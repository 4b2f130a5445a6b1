#include "content/element_checker.h"

#include <algorithm>
#include <array>

#include "content/text_rules.h"
#include "content/xml_source.h"

namespace handout::content {

namespace {

// Namespace declarations and schema hints are for XML editors, never content.
bool is_editor_attribute(std::string_view name) {
  return name == "xmlns:xsi" || name == "xsi:noNamespaceSchemaLocation" ||
         name == "xsi:schemaLocation";
}

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

bool is_named(pugi::xml_node node, std::string_view name) {
  return node.type() == pugi::node_element && name == node.name();
}

model::Location ElementChecker::where(pugi::xml_node node) const {
  return locate(source_, node);
}

void ElementChecker::error(pugi::xml_node node, std::string message) {
  error(where(node), std::move(message));
}

void ElementChecker::error(model::Location at, std::string message) {
  out_.push_back({source_.name(), at, std::move(message)});
}

model::Location ElementChecker::where_attribute(pugi::xml_node element,
                                                std::string_view name) const {
  return locate_attribute(source_, element, name);
}

void ElementChecker::allow_attributes(pugi::xml_node element,
                                      std::initializer_list<std::string_view> allowed) {
  for (pugi::xml_attribute attribute : element.attributes()) {
    const std::string_view name = attribute.name();
    if (std::ranges::find(allowed, name) != allowed.end()) {
      check_decoded_text(element, attribute.value());
      continue;
    }
    if (is_editor_attribute(name) && element.parent().type() == pugi::node_document) continue;
    error(where_attribute(element, name),
          "unknown attribute '" + std::string(name) + "' on <" + element.name() + ">; delete it");
  }
}

std::optional<std::string> ElementChecker::required_attribute(pugi::xml_node element,
                                                              std::string_view name) {
  const pugi::xml_attribute attribute = element.attribute(std::string(name).c_str());
  if (!attribute) {
    error(element,
          "<" + std::string(element.name()) + "> needs the attribute '" + std::string(name) + "'");
    return std::nullopt;
  }
  return std::string(attribute.value());
}

std::vector<pugi::xml_node> ElementChecker::element_children(pugi::xml_node element) {
  std::vector<pugi::xml_node> children;
  for (pugi::xml_node child : element.children()) {
    if (child.type() == pugi::node_element) {
      children.push_back(child);
    } else if ((child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) &&
               !is_blank(child.value())) {
      error(child, "text is not allowed directly inside <" + std::string(element.name()) +
                       ">; put it in an element such as <p>");
    }
  }
  return children;
}

std::optional<model::Field> ElementChecker::plain_text(pugi::xml_node element) {
  allow_attributes(element, {});
  std::string raw;
  for (pugi::xml_node child : element.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      check_decoded_text(child, child.value());
      raw += child.value();
    } else if (child.type() == pugi::node_element) {
      error(child, "<" + std::string(element.name()) + "> holds plain text only; <" + child.name() +
                       "> is not allowed in it");
    }
  }
  std::string text = collapse_whitespace(raw);
  if (text.empty()) {
    error(element, "<" + std::string(element.name()) + "> is empty; write its text or delete it");
    return std::nullopt;
  }
  return model::Field{std::move(text), where(element)};
}

void ElementChecker::check_decoded_text(pugi::xml_node node, std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::optional<char32_t> c = decode_utf8(text, pos);
    if (!c) return;  // the raw check already reported it
    if (is_forbidden_code_point(*c)) {
      error(node, "a character reference produces a control character; delete it");
      return;
    }
  }
}

void ElementChecker::unexpected(pugi::xml_node element, std::string_view allowed_here) {
  static constexpr std::array<std::string_view, 28> known = {
      "handout", "title", "subtitle", "author",  "section", "heading",  "p",
      "list",    "item",  "steps",    "step",    "note",    "em",       "say",
      "phone",   "email", "web",      "contact", "clinic",  "name",     "location",
      "address", "line",  "hours",    "lexicon", "lexeme",  "grapheme", "alias"};
  const std::string name = element.name();
  const bool is_known = std::ranges::find(known, name) != known.end();
  error(element,
        (is_known ? "<" + name + "> is not allowed here; " : "unknown element <" + name + ">; ") +
            std::string(allowed_here));
}

}  // namespace handout::content
