#include "overlay_clips.h"

#include <doctest/doctest.h>

#include <pugixml.hpp>
#include <regex>

namespace handout::test {

double clock_seconds(const std::string& clock) {
  std::smatch m;
  REQUIRE_MESSAGE(
      std::regex_match(clock, m, std::regex("([0-9]+):([0-9]{2}):([0-9]{2}\\.[0-9]{3})")), clock);
  return std::stod(m[1]) * 3600 + std::stod(m[2]) * 60 + std::stod(m[3]);
}

std::vector<Par> pars(const BuiltSample& sample) {
  std::vector<Par> out;
  for (const std::filesystem::path& document : spine(sample)) {
    pugi::xml_document smil;
    REQUIRE(smil.load_file(std::filesystem::path(document).replace_extension(".smil").c_str()));
    for (const pugi::xpath_node& par : smil.select_nodes("//*[local-name()='par']")) {
      const std::string src = par.node().child("text").attribute("src").value();
      const pugi::xml_node audio = par.node().child("audio");
      out.push_back({src.substr(src.find('#') + 1),
                     clock_seconds(audio.attribute("clipBegin").value()),
                     clock_seconds(audio.attribute("clipEnd").value()),
                     document.parent_path() / src.substr(0, src.find('#'))});
    }
  }
  return out;
}

std::map<std::string, std::string> spoken_parts(const std::string& ssml) {
  std::map<std::string, std::string> out;
  static const std::regex mark("<mark name=\"([^\"]+)\"/>");
  std::smatch m;
  std::string rest = ssml;
  std::string name;
  while (std::regex_search(rest, m, mark)) {
    if (!name.empty()) out[name] = m.prefix();
    name = m[1];
    rest = m.suffix();
  }
  if (!name.empty()) out[name] = rest;
  return out;
}

}  // namespace handout::test
