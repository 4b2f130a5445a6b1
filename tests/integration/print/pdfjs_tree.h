#pragma once
// Test support: the structure elements pdf.js reports, flattened in reading order.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace handout::test {

struct Element {
  std::string role;
  std::string text;  // of all its content, pieces joined by spaces, normalised
  std::vector<double> sizes;
  std::vector<std::string> ancestors;  // roles, outermost first
  int page = 0;
  std::string alt;  // /Alt, e.g. of a Figure
};

// Every element of every page's structure tree, in reading order (page by page).
std::vector<Element> elements(const nlohmann::json& pdfjs);
std::vector<Element> with_role(const std::vector<Element>& all, const std::string& role);

}  // namespace handout::test
