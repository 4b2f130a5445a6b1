// The braille of tests/data/table-content as `handout build` writes it, read back by liblouis
// as a braille reader reads it: every cell's words and every column name, the program table in
// columns under its separation line, the table of 8 columns listed with its column headings
// repeated, a long table's column headings again on each page, the checklist's transcriber's
// note and marks, the Spanish table and checklist; the PEF still valid, the pages still whole.
#include <doctest/doctest.h>

#include <algorithm>

#include "braille/braille_code.h"
#include "model/inline.h"
#include "process.h"
#include "sample_braille.h"
#include "sample_handout.h"

namespace handout::test {

namespace {

const std::vector<std::string> table_ids{"long-table", "tabla-hielo", "table-sampler"};

struct TableBraille {
  model::Handout handout;
  std::string brf;
  std::vector<std::string> lines;  // every text line, page numbers left out
  braille::Code code;
};

TableBraille table_braille(const std::string& id, int grade = 2) {
  const std::vector<std::string> options{"--braille-grade", std::to_string(grade)};
  TableBraille out{testing::read_handout_in(testing::table_content(), id),
                   read_file(built_content(testing::table_content(), options) / (id + ".brf")),
                   {},
                   {}};
  out.code = braille::braille_code(out.handout.lang, grade);
  for (const std::vector<std::string>& page : brf_pages(out.brf))
    out.lines.insert(out.lines.end(), page.begin(), page.end() - 1);
  return out;
}

// Guide dots are a line for the finger to follow, not text: a reader skips them, and liblouis
// reads them back as "\5/", so the words of the BRF without them (a word of dot 5 alone).
std::string without_guide_dots(const std::string& brf) {
  std::string out;
  std::size_t from = 0;
  while (from < brf.size()) {
    const std::size_t end = std::min(brf.find(' ', from), brf.size());
    const std::string word = brf.substr(from, end - from);
    if (word.empty() || word.find_first_not_of('"') != std::string::npos)
      out += word;
    else
      out += std::string(word.size(), ' ');
    if (end < brf.size()) out += ' ';
    from = end + 1;
  }
  return out;
}

std::string read_back(const TableBraille& b, const std::string& brf) {
  const std::string text = without_guide_dots(brf);
  if (text.find_first_not_of(' ') == std::string::npos) return {};
  return back_translated(text, back_tables(b.code));
}

// Without the spaces a line's indentation leaves between two lines joined.
std::string squeezed(const std::string& text) {
  std::string out;
  for (const char c : text)
    if (c != ' ' || (!out.empty() && out.back() != ' ')) out += c;
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string> read_back_words(const TableBraille& b, const std::string& brf) {
  return words_of(read_back(b, brf));
}

// Whether `expected` come in `got` in order, each within a few words of the one before: the
// words of a cell whose lines are side by side with other columns' lines.
bool in_order(const std::vector<std::string>& got, const std::vector<std::string>& expected) {
  for (std::size_t start = 0; start < got.size(); ++start) {
    if (got[start] != expected.front()) continue;
    std::size_t at = start, k = 1;
    for (; k < expected.size(); ++k) {
      std::size_t j = at + 1;
      while (j < got.size() && j <= at + 8 && got[j] != expected[k]) ++j;
      if (j >= got.size() || got[j] != expected[k]) break;
      at = j;
    }
    if (k == expected.size()) return true;
  }
  return false;
}

std::vector<const model::Table*> tables_in(const std::vector<model::Block>& blocks) {
  std::vector<const model::Table*> out;
  for (const model::Block& block : blocks) {
    if (const auto* table = std::get_if<model::Table>(&block)) out.push_back(table);
    if (const auto* section = std::get_if<model::Section>(&block))
      for (const model::Table* inner : tables_in(section->blocks)) out.push_back(inner);
  }
  return out;
}

const model::Checklist& checklist_in(const model::Handout& handout) {
  for (const model::Block& block : handout.body)
    if (const auto* section = std::get_if<model::Section>(&block))
      for (const model::Block& inner : section->blocks)
        if (const auto* list = std::get_if<model::Checklist>(&inner)) return *list;
  throw std::runtime_error("no checklist");
}

std::size_t count_of(const std::vector<std::string>& words, const std::string& word) {
  return static_cast<std::size_t>(std::ranges::count(words, word));
}

// The index of the first line whose back-translation's words begin with `words`.
std::size_t line_starting(const TableBraille& b, const std::string& words) {
  const std::vector<std::string> expected = words_of(words);
  for (std::size_t k = 0; k < b.lines.size(); ++k) {
    const std::vector<std::string> got = read_back_words(b, b.lines[k]);
    if (got.size() >= expected.size() && std::equal(expected.begin(), expected.end(), got.begin()))
      return k;
  }
  FAIL("no line starts with " << words);
  return 0;
}

void check_every_cell(const TableBraille& b) {
  const std::vector<std::string> got = read_back_words(b, brf_text(b.brf));
  for (const model::Table* table : tables_in(b.handout.body)) {
    std::vector<const model::Row*> rows{&table->header};
    for (const model::Row& row : table->rows) rows.push_back(&row);
    for (const model::Row* row : rows)
      for (const model::Cell& cell : row->cells) {
        if (cell.empty()) continue;
        const std::string text = model::plain_text(cell.content);
        CAPTURE(text);
        CHECK(in_order(got, words_of(text)));
      }
    if (table->caption) CHECK(in_order(got, words_of(model::plain_text(*table->caption))));
  }
}

}  // namespace

TEST_CASE("every cell's words and every column name come back from the BRF") {
  for (const int grade : {2, 1}) {
    CAPTURE(grade);
    check_every_cell(table_braille("table-sampler", grade));
    check_every_cell(table_braille("long-table", grade));
  }
  check_every_cell(table_braille("tabla-hielo", 1));
}

TEST_CASE("the table handouts' words come back in order as the samples' do") {
  for (const int grade : {2, 1})
    for (const std::string& id : table_ids) {
      const TableBraille b = table_braille(id, grade);
      const std::vector<std::string> expected = handout_words(b.handout, grade == 1);
      const std::vector<std::string> missing =
          missing_words(expected, words_of(read_back(b, brf_text(b.brf))));
      std::string list;
      for (const std::string& word : missing) list += " " + word;
      MESSAGE(id << " (" << b.code.table << "): " << expected.size() - missing.size() << " of "
                 << expected.size() << " words back; not back:" << (list.empty() ? " none" : list));
      CHECK(missing.size() * 100 <= expected.size());
    }
}

TEST_CASE("the program table is columnar: headings over a separation line of dots 2-5") {
  const TableBraille b = table_braille("table-sampler");
  const std::size_t at = line_starting(b, "Exercise Sets Times How often");
  CHECK(read_back_words(b, b.lines[at]) == words_of("Exercise Sets Times How often"));
  const std::string& separation = b.lines[at + 1];
  CHECK(separation.find_first_not_of("3 ") == std::string::npos);
  CHECK(separation.find("33  33") != std::string::npos);  // two blank cells between columns
  // The caption is a cell-5 heading just above, after a blank line.
  CHECK(b.lines[at - 1].starts_with("    ,"));
  CHECK(read_back_words(b, b.lines[at - 1]) == words_of("Exercises for weeks 1 and 2"));
  CHECK(b.lines[at - 2].empty());
  // Each column starts where its separation line does; each row reads across.
  std::vector<std::size_t> starts{0};
  for (std::size_t k = 1; k < separation.size(); ++k)
    if (separation[k] == '3' && separation[k - 1] == ' ') starts.push_back(k);
  REQUIRE(starts.size() == 4);
  const std::size_t pendulum = line_starting(b, "Pendulum");
  CHECK(pendulum == at + 2);
  const std::string& row = b.lines[pendulum];
  for (const std::size_t start : starts) CHECK(row[start] != ' ');
  CHECK(row.find(" \"\"\" ") != std::string::npos);  // guide dots (dot 5) between entries
  CHECK(read_back_words(b, row) == words_of("Pendulum 2 10 3 times a"));
  // Quad sets has no times: blank under that column, crossed by guide dots.
  const std::string& quad = b.lines[line_starting(b, "Quad sets")];
  CHECK(quad[starts[2]] == '"');
  CHECK(read_back_words(b, quad) == words_of("Quad sets 2 every hour you"));
}

TEST_CASE("the table of 8 columns is listed: each entry after its column heading and a colon") {
  const TableBraille b = table_braille("table-sampler");
  // A transcriber's note names the columns first.
  const std::size_t note = line_starting(b, "A table of 2 rows");
  CHECK(b.lines[note].starts_with("      @.<"));
  CHECK(b.lines[note + 1].starts_with("    "));
  std::string text;
  std::size_t k = note;
  for (; b.lines[k].find("@.>") == std::string::npos; ++k) text += b.lines[k] + ' ';
  text += b.lines[k];
  CHECK(words_of(read_back(b, text)) ==
        words_of("@ A table of 2 rows: Exercise, Mon, Tue, Wed, Thu, Fri, Sat, Sun. @"));
  // Then each row's heading at the margin and its entries in 3-5, each named.
  CHECK(read_back_words(b, b.lines[k + 1]) == words_of("Heel slides"));
  const std::vector<std::string> days{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  const std::vector<std::string> heel{"10", "10", "12", "12", "15", "15", "rest"};
  for (std::size_t d = 0; d < days.size(); ++d) {
    const std::string& line = b.lines[k + 2 + d];
    CHECK(line.starts_with("  ,"));
    CHECK(read_back(b, line) == "  " + days[d] + ": " + heel[d]);
  }
  CHECK(read_back_words(b, b.lines[k + 9]) == words_of("Bridges"));
  CHECK(read_back(b, b.lines[k + 16]) == "  Sun: rest");
  // Every column name with each of its entries: in the note and in both rows.
  const std::vector<std::string> all = read_back_words(b, brf_text(b.brf));
  for (const std::string& day : days) CHECK(count_of(all, words_of(day).front()) == 3);
}

TEST_CASE("a long table repeats its column headings at the top of each page it continues on") {
  const TableBraille b = table_braille("long-table");
  const PageLines pages = brf_pages(b.brf);
  REQUIRE(pages.size() >= 3);
  int next_day = 1;
  std::size_t continued = 0;
  for (const std::vector<std::string>& page : pages) {
    std::size_t first = page.size();
    for (std::size_t k = 0; k + 1 < page.size(); ++k) {
      const std::vector<std::string> got = read_back_words(b, page[k]);
      if (got.size() < 2 || got[0] != "day" || got[1] != std::to_string(next_day)) continue;
      if (first == page.size()) first = k;
      ++next_day;
    }
    if (first == page.size()) continue;  // no row on this page
    // The column headings and the separation line just before the page's first row, at the
    // top of the page unless the table starts there.
    REQUIRE(first >= 2);
    CHECK(read_back_words(b, page[first - 2]) == words_of("Day Walk Then"));
    CHECK(page[first - 1].find_first_not_of("3 ") == std::string::npos);
    if (continued++ > 0) CHECK(first == 2);
  }
  CHECK(next_day == 43);  // every row, in order, once
  CHECK(continued >= 3);
}

TEST_CASE("the checklist's transcriber's note says what UEB's marks mean and each item has one") {
  for (const int grade : {2, 1}) {
    CAPTURE(grade);
    const TableBraille b = table_braille("table-sampler", grade);
    const std::size_t note = line_starting(b, "A checklist of 5 items");
    CHECK(b.lines[note].starts_with("      @.<"));  // 7-5, UEB's opening indicator first
    std::string text;
    std::size_t k = note;
    for (; b.lines[k].find("@.>") == std::string::npos; ++k) text += b.lines[k] + ' ';
    text += b.lines[k];
    CHECK(text.ends_with("@.>"));
    CHECK(squeezed(read_back(b, text)) == "A checklist of 5 items. \u25A1 not done; \u2713 done.");
    // Each item at the margin after its mark, its runovers in cell 3.
    for (const model::Check& check : checklist_in(b.handout).items) {
      std::string item = b.lines[++k];
      CHECK(item.find_first_not_of(' ') == 0);
      while (b.lines[k + 1].find_first_not_of(' ') == 2) item += ' ' + b.lines[++k];
      CHECK(squeezed(read_back(b, item)) ==
            (check.checked ? "\u2713 " : "\u25A1 ") + model::plain_text(check.content));
    }
  }
}

TEST_CASE("the Spanish table and checklist come back in Spanish") {
  const TableBraille b = table_braille("tabla-hielo", 1);
  const std::string text = read_back(b, brf_text(b.brf));
  const std::vector<std::string> got = words_of(text);
  CHECK(in_order(got, words_of("Hora Qué hacer Cuánto tiempo")));
  for (const std::string cell : {"Mañana", "Hielo en la rodilla", "20 minutos"})
    CHECK(in_order(got, words_of(cell)));
  CHECK(in_order(got, words_of("Tarde Caminar")));
  // No box in liblouis's Spanish table: each item starts with its state in words.
  CHECK(read_back(b, b.lines[line_starting(b, "hecho")]) == "hecho: Traiga su andador");
  CHECK(read_back(b, b.lines[line_starting(b, "sin hacer")]) ==
        "sin hacer: Traiga su lista de medicinas");
  CHECK(in_order(got, words_of("Una lista de 2 casillas para marcar")));
}

TEST_CASE("tables keep every BRF page whole and the PEF valid and the same as the BRF") {
  struct PageSize {
    std::size_t cells, lines;
    std::vector<std::string> options;
  };
  const std::vector<PageSize> page_sizes{
      {40, 25, {}},
      {32, 20, {"--braille-cells", "32", "--braille-lines", "20", "--braille-grade", "1"}},
      {20, 10, {"--braille-cells", "20", "--braille-lines", "10"}}};
  std::vector<std::string> args{HANDOUT_JAVA, "-cp", HANDOUT_PEF_CLASSPATH, "ValidatePef"};
  for (const PageSize& size : page_sizes) {
    const std::filesystem::path& out = built_content(testing::table_content(), size.options);
    for (const std::string& id : table_ids) {
      CAPTURE(id);
      CAPTURE(size.cells);
      const PageLines pages = brf_pages(read_file(out / (id + ".brf")));
      for (const std::vector<std::string>& page : pages) {
        CHECK(page.size() == size.lines);
        for (const std::string& line : page) CHECK(line.size() <= size.cells);
        CHECK(page.back().size() == size.cells);  // the braille page number at the right
      }
      CHECK(braille_summary(out, id).at("pages").get<std::size_t>() == pages.size());
      CHECK(pef_pages(out / (id + ".pef")) == pages);
      args.push_back((out / (id + ".pef")).string());
    }
  }
  const testing::ProcessResult result = testing::run_process(args);
  INFO(result.out);
  INFO(result.err);
  CHECK(result.exit_code == 0);
}

}  // namespace handout::test
