#include "content/xml_source.h"

#include <array>
#include <cctype>

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

// An `&` must start one of XML's five entities or a character reference; pugixml would
// otherwise keep `&nbsp;` as literal text without a word.
bool is_known_reference(std::string_view rest) {
  static constexpr std::array<std::string_view, 5> names = {"amp;", "lt;", "gt;", "quot;", "apos;"};
  for (std::string_view name : names)
    if (rest.starts_with(name)) return true;
  if (!rest.starts_with('#')) return false;
  std::size_t i = 1;
  const bool hex = rest.size() > 1 && rest[1] == 'x';
  if (hex) ++i;
  const std::size_t digits_start = i;
  while (i < rest.size() && (hex ? std::isxdigit(static_cast<unsigned char>(rest[i]))
                                 : std::isdigit(static_cast<unsigned char>(rest[i]))))
    ++i;
  return i > digits_start && i < rest.size() && rest[i] == ';';
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
    } else if (text[i] == '&' && !is_known_reference(text.substr(i + 1))) {
      std::size_t end = i + 1;
      while (end < text.size() && is_name_char(text[end])) ++end;
      const std::string name(text.substr(i, end - i));
      out.push_back(source.error_at(
          i, name.size() > 1 ? "unknown entity '" + name + ";'; write the character itself"
                             : "a bare '&' must be written as '&amp;'"));
    }
  }
}

}  // namespace

std::optional<XmlSource> XmlSource::parse(const SourceText& source, model::Diagnostics& out) {
  XmlSource xml;
  const std::string_view text = source.text();
  const pugi::xml_parse_result result =
      xml.document_.load_buffer(text.data(), text.size(), parse_options, pugi::encoding_utf8);
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
      case pugi::node_pi:
        out.push_back(source.error_at(node_offset(node), "processing instruction <?" +
                                                             std::string(node.name()) +
                                                             "?> is not allowed; delete it"));
        break;
      case pugi::node_pcdata:
      case pugi::node_cdata:
        if (std::string_view(node.value()).find_first_not_of(" \t\r\n") != std::string_view::npos)
          out.push_back(
              source.error_at(node_offset(node), "text outside the root element is not allowed"));
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
  if (!has_root) out.push_back(source.error_at(0, "the file has no root element"));
  if (out.size() != before) return std::nullopt;
  return xml;
}

model::Location locate(const SourceText& source, pugi::xml_node node) {
  return source.locate(node_offset(node));
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
