#pragma once
// Test support: small document models built in code.
#include <string>
#include <vector>

#include "model/handout.h"

namespace handout::test {

inline model::Inlines runs(const std::string& text, std::uint32_t line = 1) {
  return {model::Run{model::RunKind::text, text, "", false, {line, 1}}};
}

// `n` words "w1 w2 ...", with a prefix so texts differ.
inline std::string words(int n, const std::string& prefix = "word") {
  std::string out;
  for (int i = 1; i <= n; ++i) out += (i > 1 ? " " : "") + prefix + std::to_string(i);
  return out;
}

inline model::Block paragraph(const std::string& text) {
  return model::Paragraph{runs(text), {}};
}

inline model::Block list(const std::vector<std::string>& items, bool numbered = false) {
  std::vector<model::Item> out;
  for (const std::string& item : items) out.push_back({runs(item), {}});
  if (numbered) return model::Steps{out, {}};
  return model::List{out, {}};
}

inline model::Block section(const std::string& heading, int depth,
                            std::vector<model::Block> blocks) {
  return model::Section{"", depth, runs(heading), std::move(blocks), {}};
}

inline model::Clinic clinic() {
  model::Clinic c;
  c.file = "clinic.xml";
  c.name = {"Clinic Name", {2, 1}};
  c.phone = model::Field{"(207) 555-0100", {3, 1}};
  c.email = model::Field{"desk@example.org", {4, 1}};
  model::Office office;
  office.name = model::Field{"Main Office", {5, 1}};
  office.address = {{"1 Main Street", {6, 1}}, {"Town, ME 04000", {7, 1}}};
  office.phone = model::Field{"(207) 555-0142", {8, 1}};
  office.hours = {{model::HoursKind::open, 0, 4, 8 * 60, 17 * 60, {9, 1}}};
  c.offices = {office, office};
  return c;
}

inline model::Handout handout(std::vector<model::Block> body, bool with_contact = true) {
  model::Handout h;
  h.file = "test.xml";
  h.id = "test";
  h.lang.tag = "en-US";
  h.revised = model::Date{2026, 11, 26};
  h.title = runs("Test Title");
  h.body = std::move(body);
  if (with_contact) h.body.push_back(model::Contact{clinic(), {}, false});
  return h;
}

}  // namespace handout::test
