#pragma once
// Test support: small document models built in code.
#include <optional>
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

// A picture of `width` × `height` pixels (layout needs no bytes), at line `line`.
inline model::Block figure(int width, int height, std::optional<std::string> caption = {},
                           std::uint32_t line = 1) {
  model::Figure f;
  f.picture.src = "images/p.png";
  f.picture.width = width;
  f.picture.height = height;
  f.description = runs("A person lifts one arm.", line);
  if (caption) f.caption = runs(*caption, line);
  f.at = {line, 3};
  return f;
}

inline model::Dose dose(int sets, int reps) {
  model::Dose d;
  d.sets = model::Count{sets, sets};
  d.reps = model::Count{reps, reps};
  d.side = model::Side::each;
  return d;
}

// An exercise whose heading has `depth`; its dose last, as the reader requires one.
inline model::Block exercise(const std::string& name, int depth, std::vector<model::Block> blocks,
                             model::Dose d = dose(2, 10)) {
  blocks.push_back(d);
  return model::Exercise{"", depth, runs(name), std::move(blocks), {}};
}

inline model::Block note(model::NoteKind kind, const std::string& text) {
  return model::Note{kind, runs(text), {}, {}};
}

inline model::Block note_of(model::NoteKind kind, std::vector<model::Block> blocks) {
  return model::Note{kind, {}, std::move(blocks), {}};
}

// "before <web href=…>words</web> after"
inline model::Inlines link_with_words(const std::string& before, const std::string& words,
                                      const std::string& href, const std::string& after) {
  model::Run link{model::RunKind::web, words, "", false, {1, 1}};
  link.href = href;
  return {model::Run{model::RunKind::text, before, "", false, {1, 1}}, link,
          model::Run{model::RunKind::text, after, "", false, {1, 1}}};
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
