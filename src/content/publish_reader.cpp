#include "content/publish_reader.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

namespace handout::content {

namespace {

// What is wrong with a publish base, or nothing.
std::optional<std::string> publish_base_problem(std::string_view base) {
  const std::size_t scheme_end = base.find("://");
  const std::string_view scheme = base.substr(0, scheme_end);
  if (scheme_end == std::string_view::npos || (scheme != "https" && scheme != "http"))
    return "is not an absolute http(s) address; start it with https://";
  const std::string_view rest = base.substr(scheme_end + 3);
  const std::string_view host = rest.substr(0, rest.find('/'));
  if (host.empty()) return "has no host name after " + std::string(scheme) + "://";
  if (std::ranges::any_of(base, [](char c) {
        return static_cast<unsigned char>(c) <= ' ' || c == '"' || c == '<' || c == '>' ||
               c == '\\' || static_cast<unsigned char>(c) >= 0x7F;
      }))
    return "has a space or a character a web address cannot hold";
  if (base.find('?') != std::string_view::npos)
    return "has a query ('?'); give the folder only, e.g. https://www.example.org/handouts/";
  if (base.find('#') != std::string_view::npos)
    return "has a fragment ('#'); give the folder only, e.g. https://www.example.org/handouts/";
  if (!base.ends_with('/')) return "does not end with '/'; write " + std::string(base) + "/";
  return std::nullopt;
}

}  // namespace

void read_publish(ElementChecker& checker, pugi::xml_node element, model::Clinic& clinic) {
  checker.allow_attributes(element, {"base"});
  for (pugi::xml_node child : checker.element_children(element))
    checker.unexpected(child, "<publish/> is empty; give the address in its base attribute");
  const std::optional<std::string> base = checker.required_attribute(element, "base");
  if (!base) return;
  const model::Location at = checker.where_attribute(element, "base");
  if (const auto problem = publish_base_problem(*base)) {
    checker.error(at, "publish base '" + *base + "' " + *problem);
    return;
  }
  clinic.publish_base = *base;
  clinic.publish_at = at;
}

}  // namespace handout::content
