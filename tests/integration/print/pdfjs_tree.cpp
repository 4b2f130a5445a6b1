#include "pdfjs_tree.h"

#include "rendered.h"

namespace handout::test {

namespace {

void content_of(const nlohmann::json& node, std::string& text, std::vector<double>& sizes) {
  if (node.contains("content")) {
    text += node["content"].get<std::string>() + " ";
    for (const auto& size : node["sizes"]) sizes.push_back(size.get<double>());
    return;
  }
  if (node.contains("children"))
    for (const auto& child : node["children"]) content_of(child, text, sizes);
}

void walk(const nlohmann::json& node, int page, std::vector<std::string>& ancestors,
          std::vector<Element>& out) {
  if (!node.contains("role")) return;
  const std::string alt = node["alt"].is_string() ? node["alt"].get<std::string>() : "";
  Element element{node["role"].get<std::string>(), "", {}, ancestors, page, alt};
  content_of(node, element.text, element.sizes);
  element.text = normalise(element.text);
  out.push_back(element);
  ancestors.push_back(element.role);
  for (const auto& child : node["children"]) walk(child, page, ancestors, out);
  ancestors.pop_back();
}

}  // namespace

std::vector<Element> elements(const nlohmann::json& pdfjs) {
  std::vector<Element> out;
  int page = 0;
  for (const auto& p : pdfjs["pages"]) {
    std::vector<std::string> ancestors;
    if (!p["tree"].is_null()) walk(p["tree"], page, ancestors, out);
    ++page;
  }
  return out;
}

std::vector<Element> with_role(const std::vector<Element>& all, const std::string& role) {
  std::vector<Element> out;
  for (const Element& element : all)
    if (element.role == role) out.push_back(element);
  return out;
}

}  // namespace handout::test
