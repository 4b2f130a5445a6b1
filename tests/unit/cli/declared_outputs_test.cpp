// Every format declares the files it writes and the commands it offers, so that the index, the
// links between formats, the manifest and the command line list them without naming any format.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <stdexcept>
#include <string>

#include "lang/language.h"
#include "lang/terms.h"
#include "writers/writers.h"

namespace handout::test {

TEST_CASE("every format declares at least one file with a media type") {
  for (const writer::Writer* w : writers::all()) {
    CAPTURE(std::string(w->name()));
    CHECK_FALSE(w->outputs().empty());
    for (const writer::OutputKind& kind : w->outputs()) {
      CHECK(kind.suffix.starts_with("."));
      CHECK(kind.media_type.find('/') != std::string::npos);
      CHECK_FALSE(kind.format.empty());
    }
  }
}

TEST_CASE("no two formats write files with the same suffix") {
  std::set<std::string> suffixes;
  for (const writer::Writer* w : writers::all())
    for (const writer::OutputKind& kind : w->outputs()) {
      CAPTURE(kind.suffix);
      CHECK(suffixes.insert(kind.suffix).second);
    }
}

TEST_CASE("a patient's files have labels of their own in every written language") {
  for (const lang::Language language : lang::all_languages) {
    const lang::Terms terms(model::LanguageTag{std::string(lang::language_code(language)), {}});
    std::set<std::string> labels;
    for (const writer::Writer* w : writers::all())
      for (const writer::OutputKind& kind : w->outputs()) {
        if (!kind.for_patients) continue;
        const std::string label = kind.label(terms);
        CAPTURE(label);
        CHECK(label.find(kind.format) != std::string::npos);
        CHECK(labels.insert(label).second);
      }
  }
}

// A handout names the formats a patient can get it in (lang::patient_media, in the plan's
// line of where to get them): exactly the media of the files the formats offer patients, so
// it never names a format the tool does not make nor leaves one out.
TEST_CASE("a handout names exactly the media the formats declare for patients") {
  std::set<lang::Medium> declared;
  for (const writer::Writer* w : writers::all())
    for (const writer::OutputKind& kind : w->outputs())
      if (kind.for_patients) declared.insert(kind.medium);
  const std::set<lang::Medium> named(lang::patient_media.begin(), lang::patient_media.end());
  CHECK(named == declared);
  CHECK(named.size() == lang::patient_media.size());  // each once
}

TEST_CASE("a kind of many files names each by its number and a kind of one file by its suffix") {
  const writer::OutputKind one{".pdf", "application/pdf", lang::Medium::large_print, "PDF"};
  CHECK(one.name("a") == "a.pdf");
  CHECK(one.names(".pdf"));
  CHECK_FALSE(one.names(".pdf.pdf"));
  const writer::OutputKind many{".png", "image/png", lang::Medium::web_page,
                                "PNG",  false,       ".picture-"};
  CHECK(many.name("a", 3) == "a.picture-3.png");
  CHECK(many.names(".picture-3.png"));
  CHECK_FALSE(many.names(".png"));
  CHECK_FALSE(many.names(".picture-03.png"));
  CHECK_THROWS_AS(many.name("a", 0), std::logic_error);
  CHECK_THROWS_AS(many.name("a", writer::OutputKind::max_number + 1), std::logic_error);
  CHECK(many.longest_tail() == std::string(".picture-99999.png").size());
}

TEST_CASE("every product a format needs has a provider") {
  for (const writer::Writer* w : writers::all())
    for (const writer::Product need : w->needs()) {
      CAPTURE(std::string(w->name()));
      const writer::Writer& provider = writers::provider(need);
      CHECK(std::ranges::count(provider.provides(), need) == 1);
    }
}

TEST_CASE("a format's tools are commands of their own with an argument") {
  std::set<std::string> names{"check", "build", "watch", "help"};
  std::size_t tools = 0;
  for (const writer::Writer* w : writers::all())
    for (const writer::Tool& tool : w->tools()) {
      CAPTURE(tool.name);
      CHECK(names.insert(tool.name).second);
      CHECK_FALSE(tool.argument.empty());
      CHECK(static_cast<bool>(tool.run));
      ++tools;
    }
  CHECK(tools >= 1);  // the audio's `say`
}

}  // namespace handout::test
