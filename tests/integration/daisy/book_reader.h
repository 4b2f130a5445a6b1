#pragma once
// A DAISY 2.02 book's folder read back with pugixml, as a player reads it: the headings of
// ncc.html, their SMIL files in the order the headings name them (the book's reading order) and
// each SMIL file's <par>s.
#include <filesystem>
#include <pugixml.hpp>
#include <string>
#include <vector>

namespace handout::test {

struct NccHeading {
  int level = 0;          // 1 to 6, from h1 to h6
  std::string id;         // of the heading
  std::string css_class;  // "title" for the first
  std::string title;      // the link's text
  std::string smil;       // the SMIL file the link points into
  std::string fragment;   // and the id it points at
};

struct SmilPar {
  std::string id;
  std::string text_src;  // "content.html#u7-s2"
  std::string audio_src;
  double clip_begin = 0, clip_end = 0;  // seconds
};

// The file parsed as XML; fails the test when it is not well-formed.
pugi::xml_document load(const std::filesystem::path& file);

std::vector<NccHeading> ncc_headings(const std::filesystem::path& folder);

// The contents of ncc.html's (or a SMIL file's) <meta name="…">, one per element.
std::vector<std::string> meta_values(const pugi::xml_document& document, const std::string& name);

// The SMIL files ncc.html's headings point into, in order, each once.
std::vector<std::string> smil_order(const std::filesystem::path& folder);

std::vector<SmilPar> smil_pars(const std::filesystem::path& smil);

// "npt=12.345s" -> 12.345; "12.345s" -> 12.345.
double clock_seconds(std::string value);

// "01:02:03" -> 3723.
double hms_seconds(const std::string& value);

// All text below a node, in document order.
std::string all_text(const pugi::xml_node& node);

}  // namespace handout::test
