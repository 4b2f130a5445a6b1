// The overlays' clips are where their sentences are spoken: pocketsphinx hears, in each
// sampled English clip, that sentence's words better than its neighbours'. The clips tile the
// recording: in reading order, each from its sentence's mark to the next one's (so a clip keeps
// the pause after its sentence), from 0 to the MP3's end, each pointing at text a reader sees;
// so the overlays' media:duration add up to the MP3's real duration. Spanish has no
// pocketsphinx model in Debian: clip_match_test.cpp checks every language's clips by sound.
#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <pugixml.hpp>
#include <regex>
#include <sstream>

#include "built_samples.h"
#include "language_model.h"
#include "overlay_clips.h"
#include "played_seconds.h"
#include "process.h"
#include "recognition.h"
#include "sample_audio.h"
#include "sample_handout.h"
#include "speech/mp3_encoder.h"
#include "tools.h"

namespace handout::test {

namespace {

std::vector<std::string> spoken_words(const std::string& ssml_part) {
  std::vector<std::string> out;
  for (const auto& sentence : spoken_sentences(ssml_part))
    out.insert(out.end(), sentence.begin(), sentence.end());
  return out;
}

// ffprobe's format=duration: the MP3 frames' length (frames x 1152 / rate), which still counts
// the encoder's delay and padding that a player drops.
double frames_seconds(const std::filesystem::path& mp3) {
  const Output probe =
      run("ffprobe -v error -show_entries format=duration -of csv=p=0 " + quoted(mp3));
  REQUIRE(probe.status == 0);
  return std::stod(probe.text);
}

// The element a par's text points at: its text, with spaces trimmed.
std::string text_of_element(const std::filesystem::path& document, const std::string& id) {
  pugi::xml_document doc;
  REQUIRE(doc.load_file(document.c_str()));
  const pugi::xml_node node =
      doc.find_node([&](const pugi::xml_node& n) { return id == n.attribute("id").value(); });
  std::string text;
  for (const pugi::xpath_node& t : node.select_nodes(".//text()")) text += t.node().value();
  const std::size_t first = text.find_first_not_of(" \n");
  return first == std::string::npos ? "" : text.substr(first);
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += w + ' ';
  return out;
}

// The package document's media:duration values: the total, then each overlay's.
std::pair<double, std::vector<double>> durations(const BuiltSample& sample) {
  pugi::xml_document opf;
  REQUIRE(opf.load_file((sample.unpacked / "EPUB/package.opf").c_str()));
  std::pair<double, std::vector<double>> out{-1, {}};
  for (const pugi::xml_node& meta : opf.child("package").child("metadata").children("meta")) {
    if (std::string(meta.attribute("property").value()) != "media:duration") continue;
    const double seconds = clock_seconds(meta.text().get());
    if (meta.attribute("refines"))
      out.second.push_back(seconds);
    else
      out.first = seconds;
  }
  return out;
}

}  // namespace

TEST_CASE("media:duration adds up its clips per overlay and is the MP3's duration in total") {
  for (const std::string& id : testing::sample_ids()) {
    CAPTURE(id);
    const BuiltSample& sample = built_sample(id);
    std::map<std::filesystem::path, double> clips;  // per content document
    for (const Par& par : pars(sample)) clips[par.document] += par.end - par.begin;
    const auto [total, overlays] = durations(sample);
    REQUIRE(overlays.size() == spine(sample).size());
    double sum = 0;
    for (std::size_t i = 0; i < overlays.size(); ++i) {
      CAPTURE(spine(sample)[i]);
      CHECK(std::abs(overlays[i] - clips[spine(sample)[i]]) < 0.0005);
      sum += overlays[i];
    }
    CHECK(std::abs(total - sum) < 0.0005);
    // The recording as a player plays it, to the millisecond the clock values are written in.
    const double played = testing::played_seconds(sample.mp3);
    CAPTURE(played);
    CHECK(std::abs(total - played) <= 0.001);
    // ffprobe's own duration is longer by the encoder's delay (576 + 529 samples, its
    // start_time) and padding (under a frame): 1105 to 2257 samples at the MP3's rate, not
    // what is heard.
    const double frames = frames_seconds(sample.mp3);
    CAPTURE(frames);
    CHECK(frames - played >= 1105.0 / handout::speech::mp3_sample_rate - 0.0001);
    CHECK(frames - played <= 2257.0 / handout::speech::mp3_sample_rate + 0.0001);
  }
}

TEST_CASE("the clips tile the recording in reading order - from 0 to the MP3's end") {
  for (const std::string& id : testing::sample_ids()) {
    CAPTURE(id);
    const BuiltSample& sample = built_sample(id);
    const std::vector<Par> clips = pars(sample);
    REQUIRE(clips.size() >= 15);
    const std::string ssml = read_bytes(sample.ssml);
    const std::vector<std::int16_t> samples = decode_with_ffmpeg(sample.mp3, 16000);
    const auto at = [&](double s) {
      return std::min(samples.size(), static_cast<std::size_t>(s * 16000));
    };
    CHECK(clips.front().begin == 0);
    std::size_t mark = 0;
    for (std::size_t i = 0; i < clips.size(); ++i) {
      CAPTURE(clips[i].id);
      CHECK(clips[i].begin < clips[i].end);
      if (i > 0) CHECK(std::abs(clips[i].begin - clips[i - 1].end) < 0.0005);  // contiguous
      // In the order the script marks them: each clip starts at its own sentence's mark.
      const std::size_t found = ssml.find("<mark name=\"" + clips[i].id + "\"/>");
      REQUIRE(found != std::string::npos);
      CHECK(found >= mark);
      mark = found;
      CHECK(rms(samples, at(clips[i].begin), at(clips[i].end)) > 0.01);  // it speaks
    }
    CHECK(std::abs(clips.back().end - testing::played_seconds(sample.mp3)) <= 0.001);
    // Every sentence the script marks has its clip: none is left out of the overlays.
    static const std::regex sentence_mark("<mark name=\"([a-z0-9]+-s[0-9]+)\"/>");
    std::vector<std::string> marked, clipped;
    for (auto it = std::sregex_iterator(ssml.begin(), ssml.end(), sentence_mark);
         it != std::sregex_iterator(); ++it)
      marked.push_back((*it)[1].str());
    for (const Par& par : clips) clipped.push_back(par.id);
    CHECK(clipped == marked);
  }
}

TEST_CASE("every clip points at an element of its document that shows text") {
  for (const std::string& id : testing::sample_ids()) {
    CAPTURE(id);
    const BuiltSample& sample = built_sample(id);
    for (const Par& par : pars(sample)) {
      CAPTURE(par.id);
      CHECK_FALSE(text_of_element(par.document, par.id).empty());
    }
  }
}

TEST_CASE("pocketsphinx hears in a clip its own sentence better than its neighbours" *
          doctest::test_suite("validator")) {
  for (const std::string id : {"dry-needling", "low-back-exercises"}) {
    CAPTURE(id);
    const BuiltSample& sample = built_sample(id);
    const std::string ssml = read_bytes(sample.ssml);
    const std::map<std::string, std::string> parts = spoken_parts(ssml);
    const LanguageModel model = language_model_of(ssml, "epub-" + std::string(id));
    const std::vector<Par> clips = pars(sample);
    int tried = 0, held = 0;
    std::size_t heard_own = 0, own_words = 0;
    for (std::size_t i = 1; i + 1 < clips.size() && tried < 8; i += 5) {
      const std::vector<std::string> own = spoken_words(parts.at(clips[i].id));
      if (own.size() < 6) continue;
      ++tried;
      const std::filesystem::path wav = scratch_dir() / ("clip-" + clips[i].id + ".wav");
      REQUIRE(run("ffmpeg -v error -y -ss " + std::to_string(clips[i].begin) + " -to " +
                  std::to_string(clips[i].end) + " -i " + quoted(sample.mp3) + recognizer_input() +
                  quoted(wav))
                  .status == 0);
      const std::vector<std::string> heard = words_of(transcribe(wav, model));
      const std::size_t mine = common_subsequence(heard, own);
      const std::size_t before = common_subsequence(heard, spoken_words(parts.at(clips[i - 1].id)));
      const std::size_t after = common_subsequence(heard, spoken_words(parts.at(clips[i + 1].id)));
      MESSAGE(clips[i].id << " heard as: " << joined(heard));
      held += mine > before && mine > after;
      heard_own += mine;
      own_words += own.size();
    }
    CHECK(tried >= 5);
    // pocketsphinx mishears a short clip of a synthetic voice now and then (the plain-language
    // samples' sentences are short): three clips in four, not each, must sound most like their
    // own sentence, and half of the clips' words be heard. A clip off by a sentence fails both.
    CHECK(held * 4 >= tried * 3);
    CHECK(heard_own * 2 >= own_words);
  }
}

}  // namespace handout::test
