#include "content/element_checker.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "content/limits.h"
#include "content/suggest.h"
#include "content/text_rules.h"
#include "content/xml_source.h"

namespace handout::content {

namespace {

// Namespace declarations and schema hints are for XML editors, never content.
bool is_editor_attribute(std::string_view name) {
  return name == "xmlns:xsi" || name == "xsi:noNamespaceSchemaLocation" ||
         name == "xsi:schemaLocation";
}

// Advice for text found in an element that holds only elements.
std::string_view where_text_goes(std::string_view element) {
  if (element == "list") return "put it in an <item>";
  if (element == "steps") return "put it in a <step>";
  if (element == "address") return "put each line in a <line>";
  if (element == "clinic" || element == "location")
    return "put it in an element such as <name>, <phone> or <hours>";
  if (element == "lexicon" || element == "lexeme") return "put it in a <grapheme> or an <alias>";
  if (element == "hours")
    return "write the hours as data: <open days=\"mon-fri\" from=\"07:30\" to=\"18:00\"/>";
  if (element == "contact") return "<contact/> stays empty; the details come from clinic.xml";
  if (element == "figure") return "put it in the figure's <description> or <caption>";
  if (element == "exercise") return "put it in a <p> or a <step>, or the exercise's <name>";
  if (element == "dose")
    return "write the dose in its attributes, such as <dose sets=\"2\" reps=\"10\"/>";
  return "put it in an element such as <p>";
}

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

bool is_named(pugi::xml_node node, std::string_view name) {
  return node.type() == pugi::node_element && name == node.name();
}

std::vector<model::TextPlace> ElementChecker::places(pugi::xml_node text) const {
  return text_places(source_, text);
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
      continue;
    }
    if (is_editor_attribute(name) && element.parent().type() == pugi::node_document) continue;
    const std::vector<std::string> names(allowed.begin(), allowed.end());
    const std::optional<std::string> near = nearest(name, names);
    error(where_attribute(element, name),
          "unknown attribute '" + std::string(name) + "' on <" + element.name() + ">; " +
              (near ? "did you mean '" + *near + "'?" : "delete it"));
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
      error(child, "text is not allowed directly inside <" + std::string(element.name()) + ">; " +
                       std::string(where_text_goes(element.name())));
    }
  }
  return children;
}

std::optional<std::string> ElementChecker::raw_text(pugi::xml_node element) {
  std::string raw;
  bool has_markup = false;
  for (pugi::xml_node child : element.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      const std::string_view name = element.name();
      // A link's words (<web href="…">) are words; only an address may be one long word.
      const bool is_address = (name == "web" && !element.attribute("href")) || name == "email";
      check_text(child, child.value(), is_address);
      raw += child.value();
    } else if (child.type() == pugi::node_element) {
      error(child, "<" + std::string(element.name()) + "> holds plain text only; <" + child.name() +
                       "> is not allowed in it");
      has_markup = true;
    }
  }
  if (has_markup) return std::nullopt;
  if (is_blank(raw)) {
    error(element, "<" + std::string(element.name()) + "> is empty; write its text or delete it");
    return std::nullopt;
  }
  return raw;
}

std::optional<model::Field> ElementChecker::plain_text(pugi::xml_node element) {
  allow_attributes(element, {});
  const std::optional<std::string> raw = raw_text(element);
  if (!raw) return std::nullopt;
  return model::Field{collapse_whitespace(*raw), where(element)};
}

void ElementChecker::check_text(pugi::xml_node node, std::string_view text, bool is_address) {
  if (const char32_t c = first_right_to_left(text)) {
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
    error(node, std::string("right-to-left text (") + code +
                    ") cannot be printed or spoken yet; write this handout in a left-to-right "
                    "language");
  }
  const std::size_t longest = longest_word(text);
  if (!is_address && longest > max_word_length)
    error(node, "a word of " + std::to_string(longest) + " characters is longer than the " +
                    std::to_string(max_word_length) +
                    " allowed; add spaces, or put a web address in <web>");
}

void ElementChecker::unexpected(pugi::xml_node element, std::string_view allowed_here) {
  static constexpr std::array<std::string_view, 39> known = {
      "handout", "title",   "subtitle",  "author",      "section", "heading",  "p",
      "list",    "item",    "steps",     "step",        "note",    "em",       "say",
      "phone",   "email",   "web",       "contact",     "clinic",  "name",     "location",
      "address", "line",    "hours",     "lexicon",     "lexeme",  "grapheme", "alias",
      "figure",  "caption", "exercise",  "description", "dose",    "table",    "header",
      "row",     "cell",    "checklist", "fax"};
  const std::string name = element.name();
  const bool is_known = std::ranges::find(known, name) != known.end();
  // One mistake, one message: after a misplaced element, the order of the rest of its parent
  // is not checked (it would report the same mistake again). Every unknown element is a
  // mistake of its own, so each is reported in the one pass.
  if (!reported_parents_.insert(element.parent()).second && is_known) return;
  std::string message =
      (is_known ? "<" + name + "> is not allowed here; " : "unknown element <" + name + ">; ") +
      std::string(allowed_here);
  if (!is_known) {
    if (const std::optional<std::string> near = nearest(name, names_in(allowed_here)))
      message += "; did you mean <" + *near + ">?";
  }
  error(element, std::move(message));
}

}  // namespace handout::content
