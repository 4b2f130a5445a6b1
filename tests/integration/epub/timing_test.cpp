// The overlays' clips are where their sentences are spoken: pocketsphinx hears, in each
// sampled English clip, that sentence's words better than its neighbours'; the clips are in
// reading order, never overlap, and leave out only silence and the parts of the recording
// that read no text of the handout (its spoken table of contents and closing). Spanish has no
// pocketsphinx model in Debian: its clips get the order, overlap and coverage checks only.
#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <pugixml.hpp>
#include <regex>

#include "built_samples.h"
#include "language_model.h"
#include "process.h"
#include "recognition.h"
#include "sample_audio.h"
#include "tools.h"

namespace handout::test {

namespace {

struct Par {
  std::string id;
  double begin = 0, end = 0;  // seconds
};

double clock_seconds(const std::string& clock) {
  std::smatch m;
  REQUIRE_MESSAGE(
      std::regex_match(clock, m, std::regex("([0-9]+):([0-9]{2}):([0-9]{2}\\.[0-9]{3})")), clock);
  return std::stod(m[1]) * 3600 + std::stod(m[2]) * 60 + std::stod(m[3]);
}

// Every <par> of every overlay, in spine order.
std::vector<Par> pars(const BuiltSample& sample) {
  std::vector<Par> out;
  for (std::filesystem::path document : spine(sample)) {
    pugi::xml_document smil;
    REQUIRE(smil.load_file(document.replace_extension(".smil").c_str()));
    for (const pugi::xpath_node& par : smil.select_nodes("//*[local-name()='par']")) {
      const std::string src = par.node().child("text").attribute("src").value();
      const pugi::xml_node audio = par.node().child("audio");
      out.push_back({src.substr(src.find('#') + 1),
                     clock_seconds(audio.attribute("clipBegin").value()),
                     clock_seconds(audio.attribute("clipEnd").value())});
    }
  }
  return out;
}

// The script's text from each sentence's mark to the next mark.
std::map<std::string, std::string> spoken_parts(const std::string& ssml) {
  std::map<std::string, std::string> out;
  static const std::regex mark("<mark name=\"([^\"]+)\"/>");
  std::smatch m;
  std::string rest = ssml;
  std::string name;
  while (std::regex_search(rest, m, mark)) {
    if (!name.empty()) out[name] = m.prefix();
    name = m[1];
    rest = m.suffix();
  }
  if (!name.empty()) out[name] = rest;
  return out;
}

std::vector<std::string> spoken_words(const std::string& ssml_part) {
  std::vector<std::string> out;
  for (const auto& sentence : spoken_sentences(ssml_part))
    out.insert(out.end(), sentence.begin(), sentence.end());
  return out;
}

double mp3_seconds(const std::filesystem::path& mp3) {
  const Output probe =
      run("ffprobe -v error -show_entries format=duration -of csv=p=0 " + quoted(mp3));
  REQUIRE(probe.status == 0);
  return std::stod(probe.text);
}

// Whether the SSML between two sentences' marks reads something that is not handout text.
bool reads_no_text_between(const std::string& ssml, const std::string& before,
                           const std::string& after) {
  const std::size_t from = before.empty() ? 0 : ssml.find("<mark name=\"" + before + "\"/>");
  const std::size_t to = after.empty() ? ssml.size() : ssml.find("<mark name=\"" + after + "\"/>");
  const std::string between = ssml.substr(from, to - from);
  return between.find("<mark name=\"contents\"/>") != std::string::npos ||
         between.find("<mark name=\"closing\"/>") != std::string::npos;
}

void check_order_and_coverage(const BuiltSample& sample, const std::vector<Par>& clips) {
  const std::string ssml = read_bytes(sample.ssml);
  const double total = mp3_seconds(sample.mp3);
  const std::vector<std::int16_t> samples = decode_with_ffmpeg(sample.mp3, 16000);
  double covered = 0;
  for (std::size_t i = 0; i <= clips.size(); ++i) {
    const double gap_begin = i == 0 ? 0 : clips[i - 1].end;
    const double gap_end = i == clips.size() ? total : clips[i].begin;
    if (i < clips.size()) {
      CHECK(clips[i].begin < clips[i].end);
      covered += clips[i].end - clips[i].begin;
      if (i > 0) {  // reading order: the script marks them in the same order
        CHECK(ssml.find("\"" + clips[i - 1].id + "\"") < ssml.find("\"" + clips[i].id + "\""));
      }
    }
    CAPTURE(gap_begin);
    CHECK(gap_end >= gap_begin - 0.0005);  // never overlapping
    if (gap_end - gap_begin < 0.05) continue;
    const auto at = [&](double s) {
      return std::min(samples.size(), static_cast<std::size_t>(s * 16000));
    };
    const bool silent = rms(samples, at(gap_begin), at(gap_end)) < 0.01;
    CHECK((silent || reads_no_text_between(ssml, i == 0 ? "" : clips[i - 1].id,
                                           i == clips.size() ? "" : clips[i].id)));
  }
  CHECK(clips.back().end <= total + 0.001);
  CHECK(covered > 0.6 * total);
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

TEST_CASE("media:duration is the sum of the clips - per overlay and in total") {
  for (const std::string& id : sample_ids) {
    CAPTURE(id);
    const BuiltSample& sample = built_sample(id);
    double clips = 0;
    for (const Par& par : pars(sample)) clips += par.end - par.begin;
    const auto [total, overlays] = durations(sample);
    CHECK(overlays.size() == spine(sample).size());
    double sum = 0;
    for (const double d : overlays) sum += d;
    CHECK(std::abs(total - sum) < 0.0005);
    CHECK(std::abs(total - clips) < 0.0005);
    // What the clips leave out of the MP3 is its spoken table of contents, its closing and
    // pauses (the coverage test below): the rest of the recording.
    const double mp3 = mp3_seconds(sample.mp3);
    CHECK(total <= mp3);
    CHECK(total > 0.6 * mp3);
  }
}

TEST_CASE(
    "the clips are in reading order - never overlap - and leave out only pauses and "
    "what reads no handout text") {
  for (const std::string& id : sample_ids) {
    CAPTURE(id);
    const BuiltSample& sample = built_sample(id);
    const std::vector<Par> clips = pars(sample);
    REQUIRE(clips.size() >= 15);
    check_order_and_coverage(sample, clips);
  }
}

TEST_CASE("pocketsphinx hears in a clip its own sentence better than its neighbours") {
  for (const std::string id : {"dry-needling", "low-back-exercises"}) {
    CAPTURE(id);
    const BuiltSample& sample = built_sample(id);
    const std::string ssml = read_bytes(sample.ssml);
    const std::map<std::string, std::string> parts = spoken_parts(ssml);
    const LanguageModel model = language_model_of(ssml, "epub-" + std::string(id));
    const std::vector<Par> clips = pars(sample);
    int tried = 0;
    for (std::size_t i = 1; i + 1 < clips.size() && tried < 8; i += 5) {
      const std::vector<std::string> own = spoken_words(parts.at(clips[i].id));
      if (own.size() < 6) continue;
      ++tried;
      const std::filesystem::path wav = scratch_dir() / ("clip-" + clips[i].id + ".wav");
      REQUIRE(run("ffmpeg -v error -y -ss " + std::to_string(clips[i].begin) + " -to " +
                  std::to_string(clips[i].end) + " -i " + quoted(sample.mp3) + " -ar 16000 -ac 1 " +
                  quoted(wav))
                  .status == 0);
      const std::vector<std::string> heard = words_of(transcribe(wav, model));
      const std::size_t mine = common_subsequence(heard, own);
      const std::size_t before = common_subsequence(heard, spoken_words(parts.at(clips[i - 1].id)));
      const std::size_t after = common_subsequence(heard, spoken_words(parts.at(clips[i + 1].id)));
      CAPTURE(clips[i].id);
      const std::string transcript = joined(heard);
      CAPTURE(transcript);
      CHECK(mine > before);
      CHECK(mine > after);
      CHECK(mine * 2 >= own.size());
    }
    CHECK(tried >= 5);
  }
}

}  // namespace handout::test
