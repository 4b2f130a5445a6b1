#include "content/table_reader.h"

#include <array>
#include <string>

#include "content/inline_reader.h"
#include "content/limits.h"

namespace handout::content {

namespace {

constexpr std::array<std::string_view, 9> block_names = {
    "p", "list", "steps", "note", "figure", "exercise", "section", "table", "checklist"};

bool is_block_name(std::string_view name) {
  for (std::string_view block : block_names)
    if (name == block) return true;
  return false;
}

std::string cells(std::size_t n) {
  return std::to_string(n) + (n == 1 ? " cell" : " cells");
}

class TableReader {
 public:
  TableReader(ElementChecker& checker, const model::Clinic* clinic)
      : checker_(checker), clinic_(clinic) {}

  std::optional<model::Table> read(pugi::xml_node element) {
    checker_.allow_attributes(element, {});
    model::Table table;
    table.at = checker_.where(element);
    const std::vector<pugi::xml_node> children = checker_.element_children(element);
    std::size_t i = 0;
    if (i < children.size() && is_named(children[i], "caption"))
      table.caption = read_inlines(checker_, children[i++], clinic_);
    const std::size_t errors = checker_.error_count();
    if (children.empty()) {
      checker_.error(element,
                     "the <table> is empty; write a <header> of <cell>s naming the columns, then "
                     "a <row> of <cell>s for each line");
      return std::nullopt;
    }
    if (i < children.size() && is_named(children[i], "header")) {
      table.header = read_row(children[i++], true);
    } else {
      checker_.error(i < children.size() ? children[i] : element,
                     "a <table> starts with its <header>: a <cell> naming each column, such as "
                     "<header><cell>Exercise</cell><cell>Sets</cell></header> (a <caption> may "
                     "come first)");
      return std::nullopt;
    }
    if (table.columns() == 1)
      checker_.error(children[i - 1],
                     "a table needs at least 2 columns: the first names each row, the others "
                     "hold its values; write a <list> instead");
    if (table.columns() > max_table_cells)
      checker_.error(children[i - 1], "the <header> has " + cells(table.columns()) + "; at most " +
                                          std::to_string(max_table_cells) +
                                          " columns fit a handout: split the table");
    for (; i < children.size(); ++i) {
      if (is_named(children[i], "row"))
        table.rows.push_back(read_row(children[i], false, table.columns()));
      else
        checker_.unexpected(children[i], is_named(children[i], "header")
                                             ? "a <table> has one <header>, before its rows"
                                             : "a <table> holds a <caption>, one <header>, "
                                               "then <row>s");
    }
    if (table.rows.empty())
      checker_.error(element,
                     "the <table> has no <row>; add a <row> of <cell>s for each line, after "
                     "the <header>");
    if (table.rows.size() > max_table_rows)
      checker_.error(element, "the <table> has " + std::to_string(table.rows.size()) +
                                  " rows; at most " + std::to_string(max_table_rows) +
                                  " fit a handout, so split it into several");
    if (checker_.error_count() != errors) return std::nullopt;
    return table;
  }

 private:
  // A header (every cell names a column) or a row of `columns` cells (its first names it).
  model::Row read_row(pugi::xml_node element, bool header, std::size_t columns = 0) {
    checker_.allow_attributes(element, {});
    model::Row row;
    row.at = checker_.where(element);
    const std::string what = header ? "<header>" : "<row>";
    for (pugi::xml_node child : checker_.element_children(element)) {
      if (!is_named(child, "cell")) {
        checker_.unexpected(child, "a " + what + " holds only <cell> elements");
        continue;
      }
      row.cells.push_back(read_cell(child));
      const bool names = header || row.cells.size() == 1;
      if (names && row.cells.back().empty() && !holds_blocks(child))
        checker_.error(child, header ? "a column needs a name: write it in this <cell>"
                                     : "the first <cell> of a row names the row (such as the "
                                       "exercise or the time); write it");
    }
    if (row.cells.empty())
      checker_.error(element, "the " + what + " is empty; add a <cell> for each column");
    else if (!header && row.cells.size() != columns)
      checker_.error(
          element,
          "this <row> has " + cells(row.cells.size()) + " but the <header> has " + cells(columns) +
              ": give every row one <cell> per column" +
              (row.cells.size() < columns ? " (write <cell/> for a blank one)"
                                          : " (add a column to the <header>, or join cells)"));
    return row;
  }

  bool holds_blocks(pugi::xml_node cell) {
    for (pugi::xml_node child : cell.children())
      if (child.type() == pugi::node_element && is_block_name(child.name())) return true;
    return false;
  }

  model::Cell read_cell(pugi::xml_node element) {
    model::Cell cell{{}, checker_.where(element)};
    bool blocks = false;
    for (pugi::xml_node child : element.children())
      if (child.type() == pugi::node_element && is_block_name(child.name())) {
        checker_.error(child, "a <cell> holds text only, not <" + std::string(child.name()) +
                                  ">: write the words in the <cell> itself (with <em>, <phone> "
                                  "and the like), or split them over more rows");
        blocks = true;
      }
    if (!blocks) cell.content = read_inlines_or_empty(checker_, element, clinic_);
    return cell;
  }

  ElementChecker& checker_;
  const model::Clinic* clinic_;
};

std::optional<bool> checked_value(ElementChecker& checker, pugi::xml_node item) {
  const pugi::xml_attribute checked = item.attribute("checked");
  if (!checked) return false;
  const std::string_view value = checked.value();
  if (value == "yes") return true;
  if (value == "no") return false;
  checker.error(checker.where_attribute(item, "checked"),
                "checked '" + std::string(value) +
                    "' is not yes or no; write checked=\"yes\" for an item the clinic ticks, or "
                    "leave it out");
  return std::nullopt;
}

}  // namespace

std::optional<model::Table> read_table(ElementChecker& checker, pugi::xml_node element,
                                       const model::Clinic* clinic) {
  return TableReader(checker, clinic).read(element);
}

std::optional<model::Checklist> read_checklist(ElementChecker& checker, pugi::xml_node element,
                                               const model::Clinic* clinic) {
  checker.allow_attributes(element, {});
  model::Checklist checklist;
  checklist.at = checker.where(element);
  const std::size_t errors = checker.error_count();
  const std::vector<pugi::xml_node> children = checker.element_children(element);
  for (pugi::xml_node child : children) {
    if (!is_named(child, "item")) {
      checker.unexpected(child, "a <checklist> holds only <item> elements");
      continue;
    }
    const std::optional<bool> checked = checked_value(checker, child);
    if (auto runs = read_inlines(checker, child, clinic, {"checked"}))
      checklist.items.push_back({std::move(*runs), checked.value_or(false), checker.where(child)});
  }
  if (children.empty())
    checker.error(element, "<checklist> is empty; add an <item> for each thing to tick");
  if (checklist.items.size() > max_items)
    checker.error(element, "<checklist> has " + std::to_string(checklist.items.size()) +
                               " items; at most " + std::to_string(max_items) +
                               " fit a handout, so split it into several");
  if (checker.error_count() != errors) return std::nullopt;
  return checklist;
}

}  // namespace handout::content
