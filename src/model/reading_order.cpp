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
  void add(UnitKind kind, const Inlines* text, const Block* block, int depth) {
    units_.push_back({"u" + std::to_string(units_.size() + 1), kind, text, block, depth});
  }

  void visit(const Block& block, int depth) {
    if (const auto* p = std::get_if<Paragraph>(&block)) {
      add(UnitKind::paragraph, &p->content, &block, depth);
    } else if (const auto* list = std::get_if<List>(&block)) {
      for (const Item& item : list->items) add(UnitKind::item, &item.content, &block, depth);
    } else if (const auto* steps = std::get_if<Steps>(&block)) {
      for (const Item& step : steps->items) add(UnitKind::step, &step.content, &block, depth);
    } else if (const auto* note = std::get_if<Note>(&block)) {
      add(UnitKind::note, &note->content, &block, depth);
    } else if (std::holds_alternative<Contact>(block)) {
      add(UnitKind::contact, nullptr, &block, depth);
    } else {
      const auto& section = std::get<Section>(block);
      add(UnitKind::heading, &section.heading, &block, section.depth);
      for (const Block& child : section.blocks) visit(child, section.depth);
    }
  }

  std::vector<Unit> units_;
};

}  // namespace

std::vector<Unit> reading_order(const Handout& handout) {
  return UnitWalker().walk(handout);
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
    if (std::holds_alternative<Section>(block) || std::holds_alternative<Contact>(block))
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
  for (std::size_t i = 0; i < units_.size(); ++i) {
    const Unit& unit = units_[i];
    if (unit.text) {
      by_address_.emplace(unit.text, i);
    } else if (unit.kind == UnitKind::contact) {
      by_address_.emplace(&std::get<Contact>(*unit.block), i);
    }
  }
}

const Unit& UnitIndex::of(const Inlines& text) const {
  return units_[by_address_.at(&text)];
}

const Unit& UnitIndex::of(const Contact& contact) const {
  return units_[by_address_.at(&contact)];
}

const Unit* UnitIndex::byline() const {
  for (const Unit& unit : units_)
    if (unit.kind == UnitKind::byline) return &unit;
  return nullptr;
}

}  // namespace handout::model
