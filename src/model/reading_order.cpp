#include "model/reading_order.h"

#include <stdexcept>

namespace handout::model {

namespace {

class UnitWalker {
 public:
  std::vector<Unit> walk(const Handout& handout) {
    add(UnitKind::title, &handout.title, nullptr, 0);
    if (handout.subtitle) add(UnitKind::subtitle, &*handout.subtitle, nullptr, 0);
    if (!handout.authors.empty()) add(UnitKind::byline, nullptr, nullptr, 0);
    for (const Block& block : handout.body) visit(block, 0);
    return std::move(units_);
  }

 private:
  void add(UnitKind kind, const Inlines* text, const Block* block, int depth,
           std::vector<const Inlines*> cells = {}) {
    units_.push_back(
        {"u" + std::to_string(units_.size() + 1), kind, text, std::move(cells), block, depth});
  }

  static std::vector<const Inlines*> cells_of(const Row& row) {
    std::vector<const Inlines*> out;
    for (const Cell& cell : row.cells) out.push_back(&cell.content);
    return out;
  }

  void visit(const Block& block, int depth) {
    std::visit([&](const auto& b) { visit_one(b, block, depth); }, block);
  }

  void visit_one(const Paragraph& p, const Block& block, int depth) {
    add(UnitKind::paragraph, &p.content, &block, depth);
  }
  void visit_one(const List& list, const Block& block, int depth) {
    for (const Item& item : list.items) add(UnitKind::item, &item.content, &block, depth);
  }
  void visit_one(const Steps& steps, const Block& block, int depth) {
    for (const Item& step : steps.items) add(UnitKind::step, &step.content, &block, depth);
  }
  // A note of blocks has a unit of its own (its label), then its blocks' units.
  void visit_one(const Note& note, const Block& block, int depth) {
    add(UnitKind::note, note.blocks.empty() ? &note.content : nullptr, &block, depth);
    for (const Block& child : note.blocks) visit(child, depth);
  }
  void visit_one(const Contact&, const Block& block, int depth) {
    add(UnitKind::contact, nullptr, &block, depth);
  }
  void visit_one(const Section& section, const Block& block, int) {
    add(UnitKind::heading, &section.heading, &block, section.depth);
    for (const Block& child : section.blocks) visit(child, section.depth);
  }
  void visit_one(const Figure& figure, const Block& block, int depth) {
    add(UnitKind::figure, &figure.description, &block, depth);
    if (figure.caption) add(UnitKind::caption, &*figure.caption, &block, depth);
  }
  void visit_one(const Exercise& exercise, const Block& block, int) {
    add(UnitKind::exercise, &exercise.name, &block, exercise.depth);
    for (const Block& child : exercise.blocks) visit(child, exercise.depth);
  }
  void visit_one(const Dose&, const Block& block, int depth) {
    add(UnitKind::dose, nullptr, &block, depth);
  }

  void visit_one(const Table& table, const Block& block, int depth) {
    if (table.caption) add(UnitKind::caption, &*table.caption, &block, depth);
    add(UnitKind::table, nullptr, &block, depth, cells_of(table.header));
    for (const Row& row : table.rows) add(UnitKind::row, nullptr, &block, depth, cells_of(row));
  }
  void visit_one(const Checklist& checklist, const Block& block, int depth) {
    add(UnitKind::checklist, nullptr, &block, depth);
    for (const Check& item : checklist.items) add(UnitKind::check, &item.content, &block, depth);
  }

  std::vector<Unit> units_;
};

}  // namespace

std::vector<Unit> reading_order(const Handout& handout) {
  return UnitWalker().walk(handout);
}

std::vector<const Inlines*> texts_of(const Unit& unit) {
  if (unit.text) return {unit.text};
  return unit.cells;
}

std::string sentence_id(std::string_view unit_id, std::size_t k) {
  return std::string(unit_id) + "-s" + std::to_string(k);
}

std::string contact_sentence_id(std::string_view unit_id, int office) {
  return sentence_id(unit_id, office < 0 ? 1 : static_cast<std::size_t>(office) + 2);
}

std::vector<const Block*> listed_parts(const Handout& handout) {
  std::vector<const Block*> parts;
  for (const Block& block : handout.body)
    if (std::holds_alternative<Section>(block) || std::holds_alternative<Contact>(block) ||
        std::holds_alternative<Exercise>(block))
      parts.push_back(&block);
  return parts;
}

std::string contents_sentence_id(std::size_t k) {
  return sentence_id("contents", k);
}

std::string closing_sentence_id(std::size_t k) {
  return sentence_id("closing", k);
}

UnitIndex::UnitIndex(const Handout& handout) : units_(reading_order(handout)) {
  std::size_t row = 0;  // of the current table
  for (std::size_t i = 0; i < units_.size(); ++i) {
    const Unit& unit = units_[i];
    if (unit.kind == UnitKind::table) {
      by_address_.emplace(&std::get<Table>(*unit.block), i);
      row = 0;
    } else if (unit.kind == UnitKind::row) {
      by_address_.emplace(&std::get<Table>(*unit.block).rows[row++], i);
    } else if (unit.kind == UnitKind::checklist) {
      by_address_.emplace(&std::get<Checklist>(*unit.block), i);
    } else if (unit.text) {
      by_address_.emplace(unit.text, i);
    } else if (unit.kind == UnitKind::contact) {
      by_address_.emplace(&std::get<Contact>(*unit.block), i);
    } else if (unit.kind == UnitKind::dose) {
      by_address_.emplace(&std::get<Dose>(*unit.block), i);
    } else if (unit.kind == UnitKind::note) {
      by_address_.emplace(&std::get<Note>(*unit.block), i);
    }
  }
}

const Unit& UnitIndex::of(const Inlines& text) const {
  return units_[by_address_.at(&text)];
}

const Unit& UnitIndex::of(const Contact& contact) const {
  return units_[by_address_.at(&contact)];
}

const Unit& UnitIndex::of(const Dose& dose) const {
  return units_[by_address_.at(&dose)];
}

const Unit& UnitIndex::of(const Note& note) const {
  if (note.blocks.empty()) return of(note.content);
  return units_[by_address_.at(&note)];
}

const Unit& UnitIndex::of(const Table& table) const {
  return units_[by_address_.at(&table)];
}

const Unit& UnitIndex::of(const Row& row) const {
  return units_[by_address_.at(&row)];
}

const Unit& UnitIndex::of(const Checklist& checklist) const {
  return units_[by_address_.at(&checklist)];
}

const Unit* UnitIndex::byline() const {
  for (const Unit& unit : units_)
    if (unit.kind == UnitKind::byline) return &unit;
  return nullptr;
}

}  // namespace handout::model
