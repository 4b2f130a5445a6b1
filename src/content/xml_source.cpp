#include "content/xml_source.h"

#include <array>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <string>
#include <vector>

#include "content/tag_balance.h"
#include "lang/utf8.h"

namespace handout::content {

namespace {

constexpr unsigned parse_options = pugi::parse_default | pugi::parse_ws_pcdata |
                                   pugi::parse_doctype | pugi::parse_pi | pugi::parse_declaration |
                                   pugi::parse_fragment;

std::size_t node_offset(pugi::xml_node node) {
  const std::ptrdiff_t offset = node.offset_debug();
  if (offset < 0) return 0;
  // Elements, declarations and processing instructions report the name after `<` or `<?`.
  switch (node.type()) {
    case pugi::node_element:
      return static_cast<std::size_t>(offset) - 1;
    case pugi::node_declaration:
    case pugi::node_pi:
      return static_cast<std::size_t>(offset) - 2;
    default:
      return static_cast<std::size_t>(offset);
  }
}

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' ||
         c == ':' || static_cast<unsigned char>(c) >= 0x80;
}

// What is wrong with the reference that starts at `&` (`text` begins after it), if anything.
// pugixml would keep `&nbsp;` as literal text and turn `&#7;` into a control character
// without a word, so every reference is checked here.
std::optional<std::string> reference_problem(std::string_view text) {
  static constexpr std::array<std::string_view, 5> names = {"amp;", "lt;", "gt;", "quot;", "apos;"};
  for (std::string_view name : names)
    if (text.starts_with(name)) return std::nullopt;
  if (text.starts_with('#')) {
    const bool hex = text.starts_with("#x");
    const char* first = text.data() + (hex ? 2 : 1);
    const char* last = text.data() + text.size();
    std::uint32_t value = 0;
    const auto [end, error] = std::from_chars(first, last, value, hex ? 16 : 10);
    if (error != std::errc() || end == first || end == last || *end != ';')
      return "a character reference must look like '&#233;' or '&#xE9;'";
    const auto c = static_cast<char32_t>(value);
    if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF) || is_forbidden_code_point(c))
      return "this character reference is not a character a handout may contain; delete it";
    if (std::optional<std::string> bidi =
            bidi_control_problem(c, "the character reference to bidirectional control"))
      return bidi;
    return std::nullopt;
  }
  std::size_t end = 0;
  while (end < text.size() && is_name_char(text[end])) ++end;
  // "heat&ice." is a bare & too: an entity is only a name closed by ';'.
  if (end == 0 || end == text.size() || text[end] != ';')
    return "a bare '&' must be written as '&amp;'";
  return "unknown entity '&" + std::string(text.substr(0, end)) + ";'; write the character itself";
}

void check_references(const SourceText& source, model::Diagnostics& out) {
  const std::string_view text = source.text();
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i).starts_with("<!--")) {
      const std::size_t end = text.find("-->", i + 4);
      if (end == std::string_view::npos) return;  // the parser reports it
      i = end + 2;
    } else if (text.substr(i).starts_with("<![CDATA[")) {
      const std::size_t end = text.find("]]>", i + 9);
      if (end == std::string_view::npos) return;
      i = end + 2;
    } else if (text[i] == '&') {
      if (auto problem = reference_problem(text.substr(i + 1)))
        out.push_back(source.error_at(i, std::move(*problem)));
    }
  }
}

// Where a '<' cannot start markup ("pain < 3", "<3"), outside comments and CDATA: pugixml
// would only say "Could not determine tag type" and stop reading the file.
std::vector<std::size_t> bare_less_thans(std::string_view text) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '<') continue;
    const std::string_view rest = text.substr(i);
    const char* end = rest.starts_with("<!--")        ? "-->"
                      : rest.starts_with("<![CDATA[") ? "]]>"
                                                      : nullptr;
    if (end) {
      i = text.find(end, i);
      if (i == std::string_view::npos) break;  // the parser reports it
      continue;
    }
    const auto next = static_cast<unsigned char>(rest.size() > 1 ? rest[1] : ' ');
    const bool markup = std::isalpha(next) || next >= 0x80 || next == '_' || next == ':' ||
                        next == '/' || next == '!' || next == '?';
    if (!markup) out.push_back(i);
  }
  return out;
}

// Processing instructions are not content, wherever they are. Iterative, so deeply nested
// input cannot exhaust the stack.
void report_processing_instructions(const SourceText& source, pugi::xml_node document,
                                    model::Diagnostics& out) {
  for (pugi::xml_node node = document.first_child(); node;) {
    if (node.type() == pugi::node_pi)
      out.push_back(source.error_at(
          node_offset(node),
          "processing instruction <?" + std::string(node.name()) + "?> is not allowed; delete it"));
    if (node.first_child()) {
      node = node.first_child();
      continue;
    }
    while (node && !node.next_sibling()) node = node.parent();
    if (node) node = node.next_sibling();
  }
}

}  // namespace

std::optional<XmlSource> XmlSource::parse(const SourceText& source, model::Diagnostics& out) {
  XmlSource xml;
  const std::string_view text = source.text();
  // Each bare '<' is reported, and the file is read without it (a blank in its place keeps
  // every offset) so that its other mistakes are reported in the same pass.
  std::string patched;
  for (std::size_t at : bare_less_thans(text)) {
    out.push_back(source.error_at(at,
                                  "a bare '<' must be written as '&lt;', or in words (\"less "
                                  "than\", \"under\")"));
    if (patched.empty()) patched = std::string(text);
    patched[at] = ' ';
  }
  const std::string_view parsed = patched.empty() ? text : std::string_view(patched);
  const pugi::xml_parse_result result =
      xml.document_.load_buffer(parsed.data(), parsed.size(), parse_options, pugi::encoding_utf8);
  if (!result && (result.status == pugi::status_end_element_mismatch ||
                  result.status == pugi::status_bad_end_element)) {
    if (std::optional<model::Diagnostic> explained = explain_unbalanced_tags(source)) {
      out.push_back(std::move(*explained));
      return std::nullopt;
    }
  }
  if (!result) {
    out.push_back(source.error_at(static_cast<std::size_t>(result.offset),
                                  std::string("malformed XML: ") + result.description()));
    return std::nullopt;
  }
  // Undefined entities are reported, but the structure is still read for further errors.
  check_references(source, out);
  const std::size_t before = out.size();
  bool has_root = false;
  for (pugi::xml_node node : xml.document_.children()) {
    switch (node.type()) {
      case pugi::node_declaration:
        break;
      case pugi::node_doctype:
        out.push_back(source.error_at(text.rfind("<!", node_offset(node)),
                                      "a DOCTYPE is not allowed; delete it (entities and "
                                      "external files are never read)"));
        break;
      case pugi::node_pcdata:
      case pugi::node_cdata:
        if (std::string_view(node.value()).find_first_not_of(" \t\r\n") != std::string_view::npos)
          out.push_back({source.name(), locate(source, node),
                         "text outside the root element is not allowed; move it into the "
                         "handout or delete it"});
        break;
      case pugi::node_element:
        if (has_root)
          out.push_back(source.error_at(
              node_offset(node),
              "a second root element <" + std::string(node.name()) + "> is not allowed"));
        has_root = true;
        break;
      default:
        break;
    }
  }
  report_processing_instructions(source, xml.document_, out);
  if (!has_root) out.push_back(source.error_at(0, "the file has no root element"));
  if (out.size() != before) return std::nullopt;
  return xml;
}

model::Location locate(const SourceText& source, pugi::xml_node node) {
  std::size_t offset = node_offset(node);
  if (node.type() == pugi::node_pcdata) {  // point at the first word, not the line break
    const std::size_t word = source.text().find_first_not_of(" \t\r\n", offset);
    if (word != std::string_view::npos) offset = word;
  }
  return source.locate(offset);
}

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Walks the source of a text node and its decoded value side by side.
class PlaceWalker {
 public:
  PlaceWalker(const SourceText& source, std::string_view value, std::size_t start)
      : source_(source), text_(source.text()), value_(value), s_(start) {}

  std::vector<model::TextPlace> walk() {
    bool moved = true;  // the first word always gets a place
    std::size_t spaces = 0;
    bool single_space = true;
    while (v_ < value_.size() && s_ < text_.size()) {
      if (is_space(value_[v_])) {
        single_space = spaces == 0 && text_[s_] == ' ';
        ++spaces;
        if (text_[s_] == '&')
          step_reference();
        else
          step_plain();
        continue;
      }
      if (moved || (spaces > 0 && !single_space)) mark();
      moved = false;
      spaces = 0;
      if (text_[s_] == '&') {
        step_reference();
        moved = true;
      } else {
        ++s_;
        ++v_;
      }
    }
    return std::move(places_);
  }

 private:
  void mark() { places_.push_back({static_cast<std::uint32_t>(v_), source_.locate(s_)}); }
  void step_plain() {
    if (text_[s_] == '\r' && s_ + 1 < text_.size() && text_[s_ + 1] == '\n') ++s_;
    ++s_;
    ++v_;
  }
  void step_reference() {
    const std::size_t end = text_.find(';', s_);
    s_ = end == std::string_view::npos ? text_.size() : end + 1;
    if (!lang::decode_one(value_, v_)) ++v_;
  }

  const SourceText& source_;
  std::string_view text_;
  std::string_view value_;
  std::size_t s_;
  std::size_t v_ = 0;
  std::vector<model::TextPlace> places_;
};

}  // namespace

std::vector<model::TextPlace> text_places(const SourceText& source, pugi::xml_node text) {
  if (text.type() != pugi::node_pcdata) return {};
  return PlaceWalker(source, text.value(), node_offset(text)).walk();
}

model::Location locate_attribute(const SourceText& source, pugi::xml_node element,
                                 std::string_view name) {
  const std::string_view text = source.text();
  const std::size_t start = node_offset(element);
  const std::size_t end = text.find('>', start);
  for (std::size_t at = text.find(name, start); at < end; at = text.find(name, at + 1)) {
    const bool starts_word = at > 0 && std::isspace(static_cast<unsigned char>(text[at - 1]));
    std::size_t after = at + name.size();
    while (after < text.size() && std::isspace(static_cast<unsigned char>(text[after]))) ++after;
    if (starts_word && after < text.size() && text[after] == '=') return source.locate(at);
  }
  return source.locate(start);
}

}  // namespace handout::content
