// The text of units: sentences in spans, runs as text, emphasis and links, page markers.
#include "epub/content.h"
#include "epub/content_builder.h"
#include "lang/link_uri.h"
#include "lang/sentences.h"
#include "lang/xml_escape.h"

namespace handout::epub {

void ContentBuilder::text_unit(const model::Inlines& text, const std::string& tag,
                               const std::string& attributes) {
  const model::Unit& unit = units_.of(text);
  if (tag != "li") markers_at(unit.id, 0);
  out() += "<" + tag + " id=\"" + unit.id + "\"" + attributes + ">";
  sentences(unit);
  out() += "</" + tag + ">\n";
}

void ContentBuilder::sentences(const model::Unit& unit) {
  std::size_t offset = 0;
  for (const lang::Sentence& sentence : lang::split_sentences(*unit.text, handout_.lang, unit.id)) {
    out() += "<span id=\"" + sentence.id + "\">";
    for (const model::Run& r : sentence.runs) run(r, offset, unit.id);
    out() += "</span>";
    spoken(sentence.id);
  }
}

void ContentBuilder::run(const model::Run& run, std::size_t& offset, const std::string& unit) {
  const bool link = run.kind == model::RunKind::phone || run.kind == model::RunKind::email ||
                    run.kind == model::RunKind::web;
  if (run.emphasis) out() += "<strong>";
  if (link)
    out() += "<a href=\"" + lang::escape_xml_attribute(lang::link_uri(run.kind, run.text)) + "\">";
  text(run.text, offset, unit);
  if (link) out() += "</a>";
  if (run.emphasis) out() += "</strong>";
  offset += run.text.size();
}

// `value` starts at byte `offset` of the unit's printed text; a page starting inside it gets
// its marker before the word it starts with.
void ContentBuilder::text(std::string_view value, std::size_t offset, const std::string& unit) {
  std::size_t done = 0;
  auto it = unit_pages_.lower_bound({unit, offset});
  while (it != unit_pages_.end() && it->first.first == unit &&
         it->first.second < offset + value.size()) {
    const std::size_t cut = it->first.second - offset;
    out() += lang::escape_xml_text(value.substr(done, cut - done));
    marker(it->second);
    done = cut;
    it = unit_pages_.erase(it);
  }
  out() += lang::escape_xml_text(value.substr(done));
}

void ContentBuilder::markers_at(const std::string& unit, std::size_t offset) {
  const auto it = unit_pages_.find({unit, offset});
  if (it == unit_pages_.end()) return;
  marker(it->second);
  unit_pages_.erase(it);
}

void ContentBuilder::marker(int page) {
  const std::string id = page_id(page), number = std::to_string(page);
  out() += "<span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"" + id + "\" aria-label=\"" +
           number + "\"/>";
  book_.pages.push_back({page, document().name + "#" + id});
}

}  // namespace handout::epub
