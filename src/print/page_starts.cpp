#include "print/page_starts.h"

#include <map>

#include "model/reading_order.h"

namespace handout::print {

std::vector<PageStart> page_starts(const Layout& layout) {
  std::vector<PageStart> out;
  for (std::size_t i = 0; i < layout.pages.size(); ++i) {
    for (const PlacedLine& line : layout.pages[i].lines) {
      if (line.anchor.source == nullptr) continue;
      out.push_back({static_cast<int>(i) + 1, line.anchor});
      break;
    }
  }
  return out;
}

std::vector<UnitPageStart> unit_page_starts(const model::Handout& handout,
                                            const std::vector<PageStart>& starts) {
  std::map<const void*, const model::Unit*> by_source;
  const std::vector<model::Unit> units = model::reading_order(handout);
  std::size_t row = 0;  // of the table being walked: its row units follow its introduction
  for (const model::Unit& unit : units) {
    if (unit.text) by_source[unit.text] = &unit;
    if (unit.kind == model::UnitKind::contact)
      by_source[&std::get<model::Contact>(*unit.block)] = &unit;
    if (unit.kind == model::UnitKind::dose) by_source[&std::get<model::Dose>(*unit.block)] = &unit;
    // A note's label line: the note's own unit (its text's, or its label's for a note of blocks).
    if (unit.kind == model::UnitKind::note) by_source[&std::get<model::Note>(*unit.block)] = &unit;
    // A table's header row shows its introduction; each row's lines, its row.
    if (unit.kind == model::UnitKind::table) {
      by_source[&std::get<model::Table>(*unit.block)] = &unit;
      row = 0;
    }
    if (unit.kind == model::UnitKind::row)
      by_source[&std::get<model::Table>(*unit.block).rows[row++]] = &unit;
    if (unit.kind == model::UnitKind::byline)
      for (const model::Author& author : handout.authors) by_source[&author] = &unit;
  }
  std::vector<UnitPageStart> out;
  for (const PageStart& start : starts) {
    if (start.anchor.source == &closing_source) {  // a page the tool's closing lines start
      out.push_back({start.page, "", 0, model::closing_sentence_id(start.anchor.offset)});
      continue;
    }
    const auto found = by_source.find(start.anchor.source);
    if (found == by_source.end()) continue;
    const model::Unit& unit = *found->second;
    UnitPageStart named{start.page, unit.id, start.anchor.offset, {}};
    if (unit.kind == model::UnitKind::byline) named.offset = 0;
    if (unit.kind == model::UnitKind::contact) {
      named.sentence =
          model::contact_sentence_id(unit.id, static_cast<int>(start.anchor.offset) - 1);
      named.offset = 0;
    }
    out.push_back(std::move(named));
  }
  return out;
}

}  // namespace handout::print
