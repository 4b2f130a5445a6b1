// Hostile sizes and depths give a clear error, never a crash or an exhausted stack.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "content/handout_reader.h"
#include "content/source_text.h"
#include "read_sample.h"

using namespace handout;
using testing::read_body;

TEST_CASE("20 000 nested sections are refused at the fourth level without recursion") {
  std::string body;
  for (int i = 0; i < 20000; ++i) body += "<section><heading>H</heading>";
  body += "<p>deep</p>";
  for (int i = 0; i < 20000; ++i) body += "</section>";
  const auto result = read_body(body);
  CHECK_FALSE(result.handout);
  REQUIRE(result.messages().size() == 1);
  CHECK(result.messages()[0] ==
        "sample.xml:3:88: sections nest at most 3 deep; move this section up a level");
}

TEST_CASE("sections nested exactly three deep are fine") {
  const auto result = read_body(
      "<section><heading>1</heading><section><heading>2</heading><section><heading>3</heading>"
      "<p>x</p></section></section></section>");
  CHECK(result.diagnostics.empty());
}

TEST_CASE("a file over the size limit is refused before it is read whole") {
  const std::filesystem::path path = std::filesystem::temp_directory_path() / "handout-big.xml";
  {
    std::ofstream out(path, std::ios::binary);
    out << "<handout id=\"handout-big\" "
           "lang=\"en-US\"><title>T</title><section><heading>H</heading><p>";
    out << std::string(content::max_file_bytes, 'a');
    out << "</p></section></handout>";
  }
  model::Diagnostics diagnostics;
  const content::HandoutContext context{"handout-big", testing::voices(),
                                        &testing::sample_clinic()};
  CHECK_FALSE(content::read_handout(path, "big.xml", context, diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(model::format(diagnostics[0]) ==
        "big.xml: the file is larger than 1 MiB, the limit for one handout; split it into several "
        "handouts");
  std::filesystem::remove(path);
}

TEST_CASE("10 000 list items and a 1000-character word are read") {
  std::string items;
  for (int i = 0; i < 10000; ++i) items += "<item>Item " + std::to_string(i) + "</item>";
  const auto result = read_body("<section><heading>H</heading><list>" + items + "</list><p>" +
                                std::string(1000, 'x') + "</p></section>");
  REQUIRE(result.handout);
  const auto& section = std::get<model::Section>(result.handout->body[0]);
  CHECK(std::get<model::List>(section.blocks[0]).items.size() == 10000);
}

TEST_CASE("a missing file is reported by name") {
  model::Diagnostics diagnostics;
  const content::HandoutContext context{"nope", testing::voices(), nullptr};
  CHECK_FALSE(content::read_handout("/nonexistent/nope.xml", "nope.xml", context, diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(model::format(diagnostics[0]) == "nope.xml: cannot open the file");
}
