#include "book_reader.h"

#include <doctest/doctest.h>

#include <algorithm>

namespace handout::test {

pugi::xml_document load(const std::filesystem::path& file) {
  pugi::xml_document doc;
  const pugi::xml_parse_result result = doc.load_file(file.c_str());
  INFO(file.string());
  REQUIRE_MESSAGE(result, result.description());
  return doc;
}

std::vector<NccHeading> ncc_headings(const std::filesystem::path& folder) {
  const pugi::xml_document ncc = load(folder / "ncc.html");
  std::vector<NccHeading> out;
  for (const pugi::xml_node& h : ncc.child("html").child("body").children()) {
    const std::string name = h.name();
    REQUIRE_MESSAGE((name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6'),
                    "ncc.html's body holds a " << name);
    const std::string href = h.child("a").attribute("href").value();
    const std::size_t hash = href.find('#');
    out.push_back({name[1] - '0', h.attribute("id").value(), h.attribute("class").value(),
                   all_text(h.child("a")), href.substr(0, hash),
                   hash == std::string::npos ? std::string() : href.substr(hash + 1)});
  }
  return out;
}

std::vector<std::string> meta_values(const pugi::xml_document& document, const std::string& name) {
  std::vector<std::string> out;
  for (const pugi::xpath_node& meta :
       document.select_nodes(("//meta[@name='" + name + "']").c_str()))
    out.push_back(meta.node().attribute("content").value());
  return out;
}

std::vector<std::string> smil_order(const std::filesystem::path& folder) {
  std::vector<std::string> out;
  for (const NccHeading& h : ncc_headings(folder))
    if (std::find(out.begin(), out.end(), h.smil) == out.end()) out.push_back(h.smil);
  return out;
}

std::vector<SmilPar> smil_pars(const std::filesystem::path& smil) {
  const pugi::xml_document doc = load(smil);
  std::vector<SmilPar> out;
  for (const pugi::xpath_node& node : doc.select_nodes("/smil/body/seq/par")) {
    const pugi::xml_node par = node.node();
    const pugi::xml_node audio = par.child("audio");
    out.push_back({par.attribute("id").value(), par.child("text").attribute("src").value(),
                   audio.attribute("src").value(),
                   clock_seconds(audio.attribute("clip-begin").value()),
                   clock_seconds(audio.attribute("clip-end").value())});
  }
  return out;
}

double clock_seconds(std::string value) {
  if (value.starts_with("npt=")) value.erase(0, 4);
  REQUIRE_MESSAGE(value.ends_with("s"), value);
  return std::stod(value.substr(0, value.size() - 1));
}

double hms_seconds(const std::string& value) {
  REQUIRE_MESSAGE((value.size() == 8 && value[2] == ':' && value[5] == ':'), value);
  return std::stoi(value.substr(0, 2)) * 3600.0 + std::stoi(value.substr(3, 2)) * 60.0 +
         std::stoi(value.substr(6, 2));
}

std::string all_text(const pugi::xml_node& node) {
  std::string out;
  for (const pugi::xml_node& child : node.children())
    out += child.type() == pugi::node_pcdata ? std::string(child.value()) : all_text(child);
  return out;
}

}  // namespace handout::test
