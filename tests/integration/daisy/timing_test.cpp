// The book's times against the MP3 measured by ffprobe: ncc:totalTime is its duration to the
// second, and the SMIL files' clips play it once, whole and in order, each clip inside it.
#include <doctest/doctest.h>

#include <cmath>
#include <sstream>

#include "book_reader.h"
#include "built_books.h"
#include "played_seconds.h"
#include "process.h"

namespace handout::test {

namespace {

// The book's one recording: the audio src of its first par.
std::filesystem::path recording_of(const BuiltBook& book) {
  const std::vector<SmilPar> pars = smil_pars(book.folder / smil_order(book.folder).front());
  REQUIRE(!pars.empty());
  return book.folder / pars.front().audio_src;
}

}  // namespace

TEST_CASE("ncc:totalTime is the MP3's duration to the second") {
  for (const std::string& id : sample_ids) {
    const BuiltBook& book = built_book(id);
    const double played = testing::played_seconds(recording_of(book));
    const std::vector<std::string> total =
        meta_values(load(book.folder / "ncc.html"), "ncc:totalTime");
    REQUIRE(total.size() == 1);
    INFO(id, ": ncc:totalTime ", total[0], ", the MP3 plays ", played, " s");
    CHECK(played > 10);
    CHECK(std::abs(hms_seconds(total[0]) - played) <= 0.501);  // rounded to the nearest second
  }
}

TEST_CASE("the clips play the whole MP3 once - in order - each inside it") {
  for (const std::string& id : sample_ids) {
    const BuiltBook& book = built_book(id);
    const std::filesystem::path mp3 = recording_of(book);
    const double played = testing::played_seconds(mp3);
    double at = 0;
    std::size_t clips = 0;
    for (const std::string& smil : smil_order(book.folder))
      for (const SmilPar& par : smil_pars(book.folder / smil)) {
        INFO(smil, " ", par.id);
        CHECK(book.folder / par.audio_src == mp3);
        CHECK(par.clip_begin == at);  // where the one before ends
        CHECK(par.clip_begin <= par.clip_end);
        CHECK(par.clip_end <= played + 0.001);
        at = par.clip_end;
        ++clips;
      }
    INFO(id);
    CHECK(clips > 20);
    CHECK(std::abs(at - played) <= 0.001);  // the last clip ends where the MP3 does
  }
}

TEST_CASE("each SMIL file's head gives its own duration and the time before it") {
  for (const std::string& id : sample_ids) {
    const BuiltBook& book = built_book(id);
    double elapsed = 0;
    for (const std::string& name : smil_order(book.folder)) {
      INFO(id, " ", name);
      const pugi::xml_document smil = load(book.folder / name);
      double duration = 0;
      for (const SmilPar& par : smil_pars(book.folder / name))
        duration += par.clip_end - par.clip_begin;
      const double dur =
          clock_seconds(smil.select_node("/smil/body/seq").node().attribute("dur").value());
      CHECK(std::abs(dur - duration) < 0.0015);
      CHECK(hms_seconds(meta_values(smil, "ncc:timeInThisSmil").at(0)) == std::round(duration));
      CHECK(hms_seconds(meta_values(smil, "ncc:totalElapsedTime").at(0)) == std::round(elapsed));
      elapsed += duration;
    }
  }
}

}  // namespace handout::test
