// Tables and checklists (issue 25) read back by independent tools: poppler's pdfinfo for the
// tag tree with its attributes, pdf.js for the labels' text equivalents and the artifacts,
// pdftotext for the words and where they are, pdftoppm for the margins.
#include <doctest/doctest.h>

#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "lang/terms.h"
#include "pdfjs_tree.h"
#include "qr_text.h"
#include "rendered.h"
#include "running_title.h"
#include "tools.h"

namespace handout::test {

namespace {

// An element of the structure tree as `pdfinfo -struct-text` prints it.
struct StructNode {
  std::string role;
  std::vector<std::string> attributes;  // "/Scope /Column"
  std::string text;                     // of its own content, pieces joined by spaces
  std::vector<StructNode> children;
};

std::string without_indent(const std::string& line) {
  const std::size_t first = line.find_first_not_of(' ');
  return first == std::string::npos ? "" : line.substr(first);
}

// Elements are indented two spaces a level, their text two more and in quotes, their
// attributes three more and starting with a slash.
StructNode poppler_struct_tree(const Rendered& r) {
  const ToolOutput out = run_tool({"pdfinfo", "-struct-text", r.pdf.string()});
  REQUIRE(out.status == 0);
  StructNode root{"Root", {}, "", {}};
  std::vector<std::pair<std::size_t, StructNode*>> open{{0, &root}};
  std::istringstream in(out.out);
  for (std::string line; std::getline(in, line);) {
    const std::string content = without_indent(line);
    if (content.empty()) continue;
    const std::size_t indent = line.size() - content.size() + 1;  // the root is at 0
    while (open.size() > 1 && open.back().first >= indent && content.front() != '"' &&
           content.front() != '/')
      open.pop_back();
    StructNode& parent = *open.back().second;
    if (content.front() == '"') {
      parent.text += content.substr(1, content.size() - 2) + " ";
    } else if (content.front() == '/') {
      parent.attributes.push_back(content);
    } else {
      const std::size_t end = content.find_first_of(" :");
      parent.children.push_back({content.substr(0, end), {}, "", {}});
      open.emplace_back(indent, &parent.children.back());
    }
  }
  return root;
}

void find_roles(const StructNode& node, const std::string& role,
                std::vector<const StructNode*>& out) {
  if (node.role == role) out.push_back(&node);
  for (const StructNode& child : node.children) find_roles(child, role, out);
}

std::vector<const StructNode*> find_roles(const StructNode& root, const std::string& role) {
  std::vector<const StructNode*> out;
  find_roles(root, role, out);
  return out;
}

bool has_attribute(const StructNode& node, const std::string& attribute) {
  return std::find(node.attributes.begin(), node.attributes.end(), attribute) !=
         node.attributes.end();
}

print::PrintOptions options_at(double body, print::Paper paper) {
  print::PrintOptions options;
  options.body_size = body;
  options.paper = paper;
  return options;
}

const std::regex table_furniture(R"((Page|Página) \d+ (of|de) \d+|(Revised|Revisado) .*\d{4})");

ToolOutput table_pdftotext(const Rendered& r, std::vector<std::string> options = {}) {
  std::vector<std::string> command{"pdftotext", "-enc", "UTF-8"};
  for (std::string& option : options) command.push_back(std::move(option));
  command.push_back(r.pdf.string());
  command.push_back("-");
  const ToolOutput out = run_tool(command);
  REQUIRE(out.status == 0);
  CHECK_MESSAGE(out.err.empty(), "poppler warned: " << out.err);
  return out;
}

// A word as compared: a stacked table prints "Sets:" before each value.
std::string bare_name(std::string word) {
  if (word.size() > 1 && word.back() == ':') word.pop_back();
  return word;
}

// Each page's text, as pdftotext (with `options`) reads it.
std::vector<std::string> text_pages_of(const Rendered& r, const std::vector<std::string>& options) {
  std::string text = table_pdftotext(r, options).out;
  if (!text.empty() && text.back() == '\f') text.pop_back();
  std::vector<std::string> pages;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find('\f', start)) != std::string::npos; start = end + 1)
    pages.push_back(text.substr(start, end - start));
  pages.push_back(text.substr(start));
  for (std::size_t p = 1; p < pages.size(); ++p)
    pages[p] = without_running_title(pages[p], r.handout);
  return pages;
}

std::vector<std::string> text_lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (!normalise(line).empty()) lines.push_back(normalise(line));
  return lines;
}

struct TableCase {
  std::string id;
  print::PrintOptions options;
};

const std::vector<TableCase> table_cases{{"table-sampler", {}},
                                         {"table-sampler", options_at(32, print::Paper::a4)},
                                         {"tabla-hielo", {}},
                                         {"long-table", {}}};

}  // namespace

TEST_CASE("a table is Table with Caption first then TR of TH scope Column or Row and TD") {
  for (const TableCase& c : table_cases) {
    CAPTURE(c.id);
    CAPTURE(c.options.body_size);
    const Rendered& r = rendered("table", c.id, c.options);
    const StructNode root = poppler_struct_tree(r);
    const std::vector<const StructNode*> tables = find_roles(root, "Table");
    REQUIRE(tables.size() == r.expected.tables.size());
    for (std::size_t t = 0; t < tables.size(); ++t) {
      CAPTURE(t);
      const ExpectedTable& expected = r.expected.tables[t];
      const std::vector<StructNode>& kids = tables[t]->children;
      std::size_t k = 0;
      if (!expected.caption.empty()) {
        REQUIRE(!kids.empty());
        CHECK(kids[0].role == "Caption");
        CHECK(normalise(kids[0].text) == normalise(expected.caption));
        k = 1;
      }
      // The header row once, then each row: the header repeated on a new page is no TR.
      REQUIRE(kids.size() == k + 1 + expected.rows.size());
      for (std::size_t row = 0; row <= expected.rows.size(); ++row) {
        CAPTURE(row);
        const StructNode& tr = kids[k + row];
        REQUIRE(tr.role == "TR");
        const std::vector<std::string>& cells = row == 0 ? expected.header : expected.rows[row - 1];
        REQUIRE(tr.children.size() == cells.size());
        for (std::size_t cell = 0; cell < cells.size(); ++cell) {
          CAPTURE(cell);
          const StructNode& element = tr.children[cell];
          const bool header = row == 0 || cell == 0;
          CHECK(element.role == (header ? "TH" : "TD"));
          if (row == 0) CHECK(has_attribute(element, "/Scope /Column"));
          if (row > 0 && cell == 0) CHECK(has_attribute(element, "/Scope /Row"));
          CHECK(normalise(element.text) == normalise(cells[cell]));
        }
      }
    }
  }
}

TEST_CASE("a checklist is a list whose labels say done or not done and whose bodies are items") {
  for (const std::string id : {"table-sampler", "tabla-hielo"}) {
    CAPTURE(id);
    const Rendered& r = rendered("table", id);
    REQUIRE_FALSE(r.expected.checks.empty());
    const std::vector<Element> all = elements(r.pdfjs);
    std::vector<std::string> states, bodies;
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (all[i].role != "Lbl" || all[i].alt.empty()) continue;
      CHECK(all[i].text.empty());  // a box, no character
      CHECK(all[i].ancestors.back() == "LI");
      states.push_back(all[i].alt);
      REQUIRE(i + 1 < all.size());
      CHECK(all[i + 1].role == "LBody");
      bodies.push_back(all[i + 1].text);
    }
    std::vector<std::string> expected_states, expected_bodies;
    for (const ExpectedCheck& check : r.expected.checks) {
      expected_states.push_back(check.state);
      expected_bodies.push_back(normalise(check.text));
    }
    CHECK(states == expected_states);
    CHECK(bodies == expected_bodies);
  }
  // In the handout's language.
  const Rendered& spanish = rendered("table", "tabla-hielo");
  REQUIRE(spanish.expected.checks.size() == 2);
  CHECK(spanish.expected.checks[0].state == "hecho");
  CHECK(spanish.expected.checks[1].state == "sin hacer");
}

namespace {

// `text` with every `part` replaced by `with` (built anew: gcc 12 at -O2 warns falsely of
// overlapping copies in std::string::replace in a loop).
std::string each_replaced(std::string_view text, std::string_view part, std::string_view with) {
  std::string out;
  for (std::size_t at = 0;;) {
    const std::size_t next = text.find(part, at);
    out += text.substr(at, next - at);
    if (next == std::string_view::npos) return out;
    out += with;
    at = next + part.size();
  }
}

// `printed` with each expected word printed across two lines (a long web address broken
// between characters comes out as two tokens) joined back.
std::vector<std::string> joined_words(std::vector<std::string> printed,
                                      const std::vector<std::string>& expected) {
  const std::set<std::string> whole(expected.begin(), expected.end());
  for (std::size_t i = 0; i + 1 < printed.size(); ++i)
    if (!whole.contains(printed[i]) && whole.contains(printed[i] + printed[i + 1])) {
      printed[i] += printed[i + 1];
      printed.erase(printed.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    }
  return printed;
}

}  // namespace

TEST_CASE("pdftotext shows every word of every caption cell and checklist item") {
  for (const TableCase& c : table_cases) {
    CAPTURE(c.id);
    CAPTURE(c.options.body_size);
    const Rendered& r = rendered("table", c.id, c.options);
    std::string text = normalise(std::regex_replace(
        without_qr_text(without_running_titles(table_pdftotext(r).out, r.handout), r.handout),
        table_furniture, " "));
    // The contact block's heading again where it goes on to a new page.
    const std::string continued(lang::Terms(r.handout.lang).contact_continued());
    text = each_replaced(text, continued, " ");
    std::map<std::string, int> printed;
    for (const std::string& word : joined_words(split_words(text), r.expected.words))
      ++printed[bare_name(word)];
    for (const std::string& word : r.expected.words) {
      CAPTURE(word);
      REQUIRE(printed[bare_name(word)] > 0);
      --printed[bare_name(word)];
    }
    // Nothing else but column names again: the header repeated on a new page, or a stacked
    // table's names before each value.
    std::map<std::string, bool> names;
    for (const ExpectedTable& table : r.expected.tables)
      for (const std::string& cell : table.header)
        for (const std::string& word : split_words(cell)) names[bare_name(word)] = true;
    for (const auto& [word, count] : printed) {
      const std::string& word_shown = word;  // clang 14 cannot capture a binding
      if (count > 0)
        CHECK_MESSAGE(names.contains(word_shown), "printed more than once: " << word_shown);
    }
  }
}

TEST_CASE("every piece of a table's text is tagged or a repeated column name artifact") {
  for (const TableCase& c : table_cases) {
    CAPTURE(c.id);
    const Rendered& r = rendered("table", c.id, c.options);
    std::map<std::string, bool> names{{":", true}};
    for (const ExpectedTable& table : r.expected.tables)
      for (const std::string& cell : table.header) {
        names[normalise(cell)] = true;
        names[normalise(cell) + ":"] = true;
      }
    for (const auto& page : r.pdfjs["pages"]) {
      CHECK(page["untagged"].empty());
      for (const auto& artifact : page["artifacts"]) {
        const std::string text = normalise(artifact["text"].get<std::string>());
        if (text.empty() || std::regex_match(text, table_furniture)) continue;
        if (is_running_title(text, r.handout)) continue;
        CHECK_MESSAGE(names.contains(text), text);
      }
    }
  }
}

TEST_CASE("a table of 8 columns is stacked a line per value and nothing is cut off at 32 pt A4") {
  for (const TableCase& c : {TableCase{"table-sampler", {}},
                             TableCase{"table-sampler", options_at(32, print::Paper::a4)}}) {
    CAPTURE(c.options.body_size);
    const Rendered& r = rendered("table", c.id, c.options);
    const ExpectedTable& wide = r.expected.tables.back();
    REQUIRE(wide.header.size() == 8);
    std::vector<std::string> lines;
    for (const std::string& page : text_pages_of(r, {}))
      for (std::string& line : text_lines_of(page)) lines.push_back(std::move(line));
    for (const std::vector<std::string>& row : wide.rows)
      for (std::size_t cell = 0; cell < row.size(); ++cell) {
        const std::string line = wide.header[cell] + ": " + row[cell];
        CHECK_MESSAGE(std::find(lines.begin(), lines.end(), line) != lines.end(), line);
      }

    // Every word inside the text's margins (an inch on each side)...
    const ToolOutput boxes = table_pdftotext(r, {"-bbox"});
    const std::regex word(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*))re");
    const std::string title = model::plain_text(r.handout.title);
    const double width = r.pdfjs["pages"][0]["width"].get<double>();
    const double height = r.pdfjs["pages"][0]["height"].get<double>();
    std::size_t words = 0;
    for (auto it = std::sregex_iterator(boxes.out.begin(), boxes.out.end(), word);
         it != std::sregex_iterator(); ++it, ++words) {
      CHECK(std::stod((*it)[1]) >= 72 - 0.5);
      CHECK(std::stod((*it)[3]) <= width - 72 + 0.5);
      // Above the text only the running title, in the top margin.
      if (std::stod((*it)[2]) < 72 - 0.5 * c.options.body_size) {
        std::string shown = (*it)[5].str();
        if (shown.ends_with("\u2026")) shown.erase(shown.size() - 3);  // a shortened title
        CHECK_MESSAGE(title.find(shown) != std::string::npos, shown);
      }
      CHECK(std::stod((*it)[4]) <= height);
    }
    CHECK(words >= r.expected.words.size());
    // ...and no ink outside them, rules and boxes included, but the footer's.
    constexpr int dpi = 36;
    for (int page = 1; page <= static_cast<int>(r.pdfjs["pages"].size()); ++page) {
      CAPTURE(page);
      const GreyImage image = render_page(r.pdf, page, dpi);
      int outside = 0;
      for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x) {
          const bool side = x < dpi - 1 || x > image.width - dpi;
          const bool top = page == 1 ? y < dpi - 1 : y < dpi / 4;  // then the running title
          if (image.at(x, y) < 160 && (side || top || y > image.height - dpi / 4)) ++outside;
        }
      CHECK(outside == 0);
    }
  }
}

TEST_CASE("a long table spans three pages splits between rows and repeats its header on each") {
  const Rendered& r = rendered("table", "long-table");
  const ExpectedTable& table = r.expected.tables.front();
  REQUIRE(table.rows.size() == 42);
  const std::string header =
      normalise(table.header[0] + " " + table.header[1] + " " + table.header[2]);
  // In layout mode pdftotext prints a row of the table as a line.
  const std::vector<std::string> pages = text_pages_of(r, {"-layout"});
  std::map<std::string, int> rows;  // each row's line: how often it is printed whole
  std::size_t with_rows = 0;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    CAPTURE(p);
    const std::vector<std::string> lines = text_lines_of(pages[p]);
    bool any = false;
    for (const std::vector<std::string>& row : table.rows) {
      const std::string line = normalise(row[0] + " " + row[1] + " " + row[2]);
      const int found = static_cast<int>(std::count(lines.begin(), lines.end(), line));
      rows[line] += found;
      any = any || found > 0;
    }
    if (!any) continue;
    ++with_rows;
    if (p == 0) continue;
    // A page that goes on with the table starts with its header row.
    REQUIRE_FALSE(lines.empty());
    CHECK(lines.front() == header);
  }
  CHECK(with_rows >= 3);
  for (const auto& [line, count] : rows) {
    const std::string& line_shown = line;  // clang 14 cannot capture a binding
    CHECK_MESSAGE(count == 1, line_shown);
  }
  // The repetitions are artifacts: pdf.js finds the header's names outside the tag tree on
  // every page after the first that has rows.
  for (std::size_t p = 1; p < with_rows; ++p) {
    std::string artifacts;
    for (const auto& artifact : r.pdfjs["pages"][p]["artifacts"])
      artifacts += artifact["text"].get<std::string>() + " ";
    CHECK(normalise(artifacts).find(header) != std::string::npos);
  }
  // One TH per column in the whole tag tree.
  std::size_t th = 0;
  for (const Element& e : with_role(elements(r.pdfjs), "TH")) th += e.ancestors.back() == "TR";
  CHECK(th == 3 + table.rows.size());
}

}  // namespace handout::test
