// The braille writer as the list of writers sees it: its inputs for the rebuild key, its
// errors, its summary and its progress words.
#include <doctest/doctest.h>

#include <algorithm>

#include "braille/braille_format.h"
#include "read_sample.h"

namespace handout::test {

namespace {

const braille::BrailleFormat format;

bool has_input(const std::vector<writer::Input>& inputs, const std::string& label) {
  return std::ranges::any_of(inputs, [&](const writer::Input& input) {
    return input.label == label && std::filesystem::is_regular_file(input.file);
  });
}

}  // namespace

TEST_CASE("the rebuild key holds liblouis's version and every table file it reads") {
  const writer::Resources resources;
  const std::vector<writer::Input> inputs = format.inputs(resources, {}, model::LanguageTag{});
  const auto version = std::ranges::find(inputs, std::string("liblouis"), &writer::Input::label);
  REQUIRE(version != inputs.end());
  CHECK(version->text.starts_with("3."));
  for (const std::string table : {"en-us-brf.dis", "en-ueb-g2.ctb", "en-ueb-g1.ctb",
                                  "en-ueb-chardefs.uti", "es-g1.ctb", "es-chardefs.cti"}) {
    CAPTURE(table);
    CHECK(has_input(inputs, table));
  }
}

TEST_CASE("render throws the first located error and check lists them all") {
  const testing::ReadResult read = testing::read_text(
      "<handout id=\"x\" lang=\"es\">\n<title>T</title>\n<section><heading>H</heading>\n"
      "<p>A 38☺C o 40☺C.</p></section>\n</handout>\n",
      "x");
  REQUIRE(read.handout);
  const writer::Resources resources;
  CHECK(format.check(*read.handout, resources).size() == 2);
  try {
    format.render(*read.handout, resources, {}, {});
    FAIL("render did not throw");
  } catch (const model::Error& error) {
    CHECK(error.diagnostic().at == model::Location{4, 8});
  }
}

TEST_CASE("a character without braille in a table's cell or a checklist's item is located") {
  const testing::ReadResult read = testing::read_text(
      "<handout id=\"x\" lang=\"es\">\n<title>T</title>\n<section><heading>H</heading>\n"
      "<table><header><cell>Hora</cell><cell>Fiebre</cell></header>\n"
      "<row><cell>Noche</cell><cell>38☺C</cell></row></table>\n"
      "<checklist><item>Menos de 40☺C</item></checklist></section>\n</handout>\n",
      "x");
  REQUIRE(read.handout);
  const model::Diagnostics errors = format.check(*read.handout, writer::Resources{});
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].at == model::Location{5, 32});
  CHECK(errors[1].at == model::Location{6, 29});
}

TEST_CASE("the summary gives pages grade and table and the progress line braille pages") {
  const testing::ReadResult read =
      testing::read_body("<section><heading>H</heading><p>Rest the knee.</p></section>");
  REQUIRE(read.handout);
  writer::OptionValues options;
  options.set("braille-grade", "1");
  const writer::Rendered out = format.render(*read.handout, {}, options, {});
  REQUIRE(out.files.size() == 2);
  CHECK(out.files[0].name == "sample.brf");
  CHECK(out.files[1].name == "sample.pef");
  CHECK(out.summary.at("grade") == 1);
  CHECK(out.summary.at("table") == "en-ueb-g1.ctb");
  CHECK(out.summary.at("pages") == 1);
  CHECK(format.describe(out.summary) == "1 braille page");
  CHECK(format.describe({{"pages", 4}}) == "4 braille pages");
}

}  // namespace handout::test
