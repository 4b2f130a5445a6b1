#pragma once
// Reads handout text in memory as `handout check` would, for tests.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "content/handout_reader.h"
#include "model/diagnostic.h"
#include "model/handout.h"

namespace handout::testing {

struct ReadResult {
  std::optional<model::Handout> handout;
  model::Diagnostics diagnostics;
  std::vector<std::string> messages() const {
    std::vector<std::string> out;
    for (const auto& d : diagnostics) out.push_back(model::format(d));
    return out;
  }
  // All messages, one per line: readable when a check fails.
  std::string report() const {
    std::string out;
    for (const auto& message : messages()) out += message + '\n';
    return out;
  }
};

inline const model::Clinic& sample_clinic() {
  static const model::Clinic clinic = [] {
    model::Clinic c;
    c.file = "clinic.xml";
    c.name = {"Sample Clinic", {3, 3}};
    c.phone = model::Field{"(207) 555-0100", {4, 3}};
    return c;
  }();
  return clinic;
}

// `content_dir`: where its figures' pictures are (none without it).
inline ReadResult read_text(std::string text, std::string id = "sample",
                            std::filesystem::path content_dir = {}) {
  ReadResult result;
  const content::HandoutContext context{id, &sample_clinic(), std::move(content_dir)};
  result.handout =
      content::parse_handout(std::move(text), id + ".xml", context, result.diagnostics);
  return result;
}

// A handout around `body` (the children after the title), with the title on line 2.
inline ReadResult read_body(const std::string& body, std::string id = "sample") {
  return read_text(
      "<handout id=\"" + id + "\" lang=\"en-US\">\n<title>T</title>\n" + body + "\n</handout>\n",
      id);
}

}  // namespace handout::testing
