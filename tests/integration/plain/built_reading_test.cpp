// A build records each handout's reading level in out/manifest.json and shows it in
// out/index.html (issue 30).
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "cli_fixture.h"
#include "process.h"
#include "sample_handout.h"
#include "shared_build.h"

using namespace handout::testing;

namespace {

const std::filesystem::path built_source_dir = HANDOUT_SOURCE_DIR;

// The samples built as the EPUB tests build them, so one build serves both.
std::filesystem::path built_samples() {
  const SharedBuild built = shared_samples("out", built_source_dir / "content");
  INFO(built.result.out, built.result.err);
  REQUIRE(built.result.exit_code == 0);
  return built.out;
}

std::string one_decimal(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

}  // namespace

TEST_CASE("the manifest and the index give every handout's reading level") {
  const std::filesystem::path out = built_samples();
  const nlohmann::json manifest = nlohmann::json::parse(read_all(out / "manifest.json"));
  const std::string index = read_all(out / "index.html");
  for (const std::string& id : sample_ids()) {
    CAPTURE(id);
    const nlohmann::json& reading = manifest.at("handouts").at(id).at("reading");
    CHECK(reading.at("sentences").get<int>() > 0);
    CHECK(reading.at("words").get<int>() > reading.at("sentences").get<int>());
    CHECK(reading.at("syllables").get<int>() >= reading.at("words").get<int>());
    if (id == "hielo-y-calor") {
      const double score = reading.at("inflesz").get<double>();
      CHECK(reading.at("band") == "bastante fácil");
      // Spanish writes a decimal comma.
      std::string figure = one_decimal(score);
      figure.replace(figure.find('.'), 1, ",");
      CHECK(index.find("Legibilidad: " + figure + " en la escala INFLESZ (bastante fácil)") !=
            std::string::npos);
    } else {
      const double grade = reading.at("grade").get<double>();
      CHECK(grade ==
            std::max(reading.at("flesch_kincaid").get<double>(), reading.at("smog").get<double>()));
      CHECK(index.find("Reading level: grade " + one_decimal(grade) + "</p>") != std::string::npos);
    }
  }
}
