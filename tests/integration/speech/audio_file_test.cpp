// The MP3, WAV and SSML files of the sample handouts, read back with independent tools.
#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "sample_audio.h"
#include "sample_handout.h"
#include "speech/mp3_encoder.h"
#include "tools.h"

using namespace handout;
using nlohmann::json;

namespace {

constexpr int decode_rate = 22050;

json probe(const std::filesystem::path& file) {
  const test::Output out = test::run(
      "ffprobe -v error -show_chapters -show_format -show_streams -of json " + test::quoted(file));
  REQUIRE(out.status == 0);
  return json::parse(out.text);
}

double number(const json& value) {
  return std::stod(value.get<std::string>());
}

// The chapter titles the model calls for: the title, then every heading (a section's or an
// exercise's) in reading order with "" where the contact block is.
void collect_titles(const std::vector<model::Block>& blocks, std::vector<std::string>& out) {
  for (const model::Block& block : blocks) {
    if (const auto* section = std::get_if<model::Section>(&block)) {
      out.push_back(model::plain_text(section->heading));
      collect_titles(section->blocks, out);
    } else if (const auto* exercise = std::get_if<model::Exercise>(&block)) {
      out.push_back(model::plain_text(exercise->name));
    } else if (std::holds_alternative<model::Contact>(block)) {
      out.emplace_back();
    }
  }
}

std::vector<std::string> expected_titles(const model::Handout& handout) {
  std::vector<std::string> titles{model::plain_text(handout.title)};
  collect_titles(handout.body, titles);
  return titles;
}

// CRC-16 (polynomial 0x8005, reflected), as in the LAME info frame.
unsigned crc16(std::string_view bytes) {
  unsigned crc = 0;
  for (char c : bytes) {
    crc ^= static_cast<unsigned char>(c);
    for (int bit = 0; bit < 8; ++bit) crc = (crc & 1) ? (crc >> 1) ^ 0xA001 : crc >> 1;
  }
  return crc;
}

std::size_t at_second(double seconds) {
  return static_cast<std::size_t>(std::max(0.0, seconds) * decode_rate);
}

// How far (in ms) the samples ffmpeg gave after a seek to `t` are from the whole decode's at
// `t`: the offset, within 50 ms either way, where they match best.
double seek_error_ms(const std::vector<std::int16_t>& whole, const std::vector<std::int16_t>& part,
                     double t) {
  constexpr int rate = speech::mp3_sample_rate;
  const auto at = static_cast<long>(std::lround(t * rate));
  long best_lag = 0;
  double best = -1;
  // Nearest offsets first; an exact match ends the search.
  for (long step = 0; step <= rate / 10 && best != 0; ++step) {
    const long lag = step % 2 ? (step + 1) / 2 : -step / 2;
    if (at + lag < 0 || std::size_t(at + lag) + part.size() > whole.size()) continue;
    double error = 0;
    for (std::size_t i = 0; i < part.size(); ++i) {
      const double d = double(whole[std::size_t(at + lag) + i]) - double(part[i]);
      error += d * d;
    }
    if (best < 0 || error < best) best = error, best_lag = lag;
  }
  REQUIRE(best >= 0);
  return 1000.0 * double(std::labs(best_lag)) / rate;
}

// The number after `label` in ebur128's summary (which starts at `from`).
double summary_value(const std::string& text, std::size_t from, const std::string& label) {
  const std::size_t at = text.find(label, from);
  REQUIRE(at != std::string::npos);
  return std::stod(text.substr(at + label.size()));
}

// What ffprobe says of a sample's MP3 and its samples as ffmpeg decodes them, read once per
// sample: doctest runs a test case's body again for each of its subcases.
struct Decoded {
  json info;
  std::vector<std::int16_t> pcm;
};

const Decoded& decoded(const std::filesystem::path& mp3) {
  static std::map<std::filesystem::path, Decoded> cache;
  if (const auto found = cache.find(mp3); found != cache.end()) return found->second;
  return cache.emplace(mp3, Decoded{probe(mp3), test::decode_with_ffmpeg(mp3, decode_rate)})
      .first->second;
}

void check_files(const test::Sample& sample) {
  const speech::Audio& audio = sample.audio;
  const json& info = decoded(sample.mp3).info;
  const std::vector<std::int16_t>& pcm = decoded(sample.mp3).pcm;

  SUBCASE("the MP3 decodes cleanly as mono speech with the duration of the synthesized PCM") {
    const test::Output errors =
        test::run("ffmpeg -v error -i " + test::quoted(sample.mp3) + " -f null - 2>&1");
    CHECK(errors.status == 0);
    CHECK(errors.text == "");
    REQUIRE(info["streams"].size() == 1);
    CHECK(info["streams"][0]["codec_name"] == "mp3");
    CHECK(info["streams"][0]["channels"] == 1);
    // The rate that keeps eSpeak NG's whole band, at a constant bitrate (docs/performance.md).
    CHECK(info["streams"][0]["sample_rate"] == std::to_string(speech::mp3_sample_rate));
    CHECK(info["streams"][0]["bit_rate"] == std::to_string(speech::mp3_bit_rate_kbps * 1000));
    CHECK(number(info["format"]["duration"]) ==
          doctest::Approx(audio.duration_seconds).epsilon(0.01));
    CHECK(double(pcm.size()) / decode_rate ==
          doctest::Approx(audio.duration_seconds).epsilon(0.01));
  }

  SUBCASE("the LAME info frame follows the tag, so players know the true duration") {
    const std::string& mp3 = audio.mp3;
    REQUIRE(mp3.substr(0, 3) == "ID3");
    const auto syncsafe = [&](std::size_t i) { return std::size_t(mp3[i] & 0x7F); };
    const std::size_t tag_end =
        10 + (syncsafe(6) << 21 | syncsafe(7) << 14 | syncsafe(8) << 7 | syncsafe(9));
    const std::string frame = mp3.substr(tag_end, 256);
    CHECK(static_cast<unsigned char>(frame[0]) == 0xFF);
    const std::size_t info = frame.find("Info");  // the CBR form of the info frame
    REQUIRE(info < 40);
    // Without a seek table (flag 4), which would make players seek coarsely.
    CHECK((static_cast<unsigned char>(frame[info + 7]) & 0x04) == 0);
    CHECK(frame.substr(info + 20, 4) == "LAME");
    // The LAME tag gives the encoder's delay and padding, which gapless players take off.
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(frame[i]); };
    const unsigned delay = (byte(info + 41) << 4) | (byte(info + 42) >> 4);
    CHECK(delay >= 576);
    // The info frame ends with a CRC-16 of everything before it (LAME tag revision 1).
    const std::size_t crc_at = info + 54;
    CHECK(crc16(std::string_view(frame).substr(0, crc_at)) ==
          (byte(crc_at) << 8 | byte(crc_at + 1)));
  }

  SUBCASE("every frame after the tag has the same bitrate and starts where the bitrate puts it") {
    const std::string& mp3 = audio.mp3;
    const auto syncsafe = [&](std::size_t i) { return std::size_t(mp3[i] & 0x7F); };
    const std::size_t first =
        10 + (syncsafe(6) << 21 | syncsafe(7) << 14 | syncsafe(8) << 7 | syncsafe(9));
    // An MPEG-2 layer III frame holds 576 samples: 72 bytes per kbit/s and sample rate; where
    // that is not whole, LAME adds a padding byte to a frame whenever the frames fall a byte
    // behind, so each starts within two bytes of where the bitrate puts it.
    const double frame_bytes = 72.0 * speech::mp3_bit_rate_kbps * 1000 / speech::mp3_sample_rate;
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(mp3[i]); };
    std::size_t frames = 0, odd = 0, astray = 0, at = first;
    for (; at + 4 <= mp3.size(); ++frames) {
      // Sync, MPEG-2 Layer III, the same bitrate and sample rate as the first; any padding.
      if (mp3.compare(at, 2, mp3, first, 2) != 0 || (byte(at + 2) | 2) != (byte(first + 2) | 2))
        ++odd;
      if (std::abs(double(at - first) - double(frames) * frame_bytes) >= 2.0) ++astray;
      at += std::size_t(frame_bytes) + ((byte(at + 2) >> 1) & 1);
    }
    CHECK(odd == 0);
    CHECK(astray == 0);
    CHECK(at == mp3.size());
    CHECK(frames ==
          doctest::Approx(audio.duration_seconds * speech::mp3_sample_rate / 576).epsilon(0.01));
  }

  SUBCASE("a seek to any chapter or sentence lands on its samples, table or no table") {
    const std::vector<std::int16_t> whole =
        test::decode_with_ffmpeg(sample.mp3, speech::mp3_sample_rate);
    std::vector<double> times;
    for (const speech::Chapter& chapter : audio.chapters) times.push_back(chapter.start_seconds);
    for (std::size_t i = 0; i < audio.sentences.size(); i += 7)
      times.push_back(audio.sentences[i].begin_seconds);
    for (const double time : times) {
      // A little after the mark, where the voice is: silence would match any offset.
      const double t = time + 0.2;
      CAPTURE(t);
      for (const char* how : {"", "-usetoc 1"}) {
        CAPTURE(how);
        const std::vector<std::int16_t> part =
            test::decode_with_ffmpeg(sample.mp3, speech::mp3_sample_rate,
                                     std::string(how) + " -ss " + std::to_string(t) + " -t 0.5");
        REQUIRE(part.size() > 6000);
        CHECK(seek_error_ms(whole, part, t) <= 2.0);
      }
    }
  }

  SUBCASE("ffmpeg's ebur128 measures -16 to -19 LUFS and a true peak of at most -1 dBTP") {
    const test::Output out =
        test::run("ffmpeg -hide_banner -nostats -i " + test::quoted(sample.mp3) +
                  " -af ebur128=peak=true -f null - 2>&1");
    REQUIRE(out.status == 0);
    const std::size_t summary = out.text.rfind("Summary:");
    REQUIRE(summary != std::string::npos);
    const double loudness = summary_value(out.text, summary, "I:");
    const double peak = summary_value(out.text, summary, "Peak:");
    CHECK(loudness >= -19.0);
    CHECK(loudness <= -16.0);
    CHECK(peak <= -1.0);
  }

  SUBCASE("the tags name the handout, the clinic, the genre and the language") {
    const json& tags = info["format"]["tags"];
    CHECK(tags["title"] == model::plain_text(sample.handout.title));
    CHECK(tags["artist"] ==
          std::get<model::Contact>(*std::ranges::find_if(sample.handout.body, [](const model::Block&
                                                                                     b) {
            return std::holds_alternative<model::Contact>(b);
          })).clinic.name.text);
    CHECK(tags["genre"] == "Speech");
    CHECK(tags["language"] == (sample.handout.lang.tag.starts_with("es") ? "spa" : "eng"));
    CHECK_FALSE(tags["album"].get<std::string>().empty());
  }

  SUBCASE("the chapters follow the headings, start at the marks, never overlap, cover it all") {
    const json& chapters = info["chapters"];
    const std::vector<std::string> titles = expected_titles(sample.handout);
    REQUIRE(chapters.size() == titles.size());
    REQUIRE(audio.chapters.size() == titles.size());
    const double duration = number(info["format"]["duration"]);
    CHECK(number(chapters[0]["start_time"]) == 0.0);
    for (std::size_t i = 0; i < titles.size(); ++i) {
      CAPTURE(i);
      const std::string title = chapters[i]["tags"]["title"];
      CHECK(title == (titles[i].empty() ? audio.chapters[i].title : titles[i]));
      if (titles[i].empty()) CHECK(audio.chapters[i].id == "contact");
      const double start = number(chapters[i]["start_time"]);
      const double end = number(chapters[i]["end_time"]);
      CHECK(start == doctest::Approx(audio.chapters[i].start_seconds).epsilon(0.0001));
      CHECK(start < end);
      if (i + 1 < titles.size()) CHECK(end == number(chapters[i + 1]["start_time"]));
    }
    CHECK(number(chapters.back()["end_time"]) == doctest::Approx(duration).epsilon(0.01));
  }

  SUBCASE("each chapter after the first starts at a heading: 600 ms of silence, then speech") {
    for (std::size_t i = 1; i < audio.chapters.size(); ++i) {
      CAPTURE(audio.chapters[i].title);
      const double start = audio.chapters[i].start_seconds;
      CHECK(test::rms(pcm, at_second(start - 0.58), at_second(start - 0.02)) < 0.002);
      CHECK(test::rms(pcm, at_second(start), at_second(start + 1.2)) > 0.02);
    }
  }

  SUBCASE("the audio is speech, not silence") {
    std::size_t loud = 0, windows = 0;
    for (std::size_t at = 0; at + decode_rate / 2 <= pcm.size(); at += decode_rate / 2, ++windows) {
      if (test::rms(pcm, at, at + decode_rate / 2) > 0.02) ++loud;
    }
    CHECK(test::rms(pcm, 0, pcm.size()) > 0.03);
    CHECK(double(loud) / double(windows) > 0.5);
  }

  SUBCASE("eyeD3 finds one ordered top-level table of contents listing every chapter") {
    const test::Output out = test::run("/usr/bin/python3 " HANDOUT_SOURCE_DIR
                                       "/tests/integration/speech/read_id3_toc.py " +
                                       test::quoted(sample.mp3));
    REQUIRE(out.status == 0);
    std::istringstream lines(out.text);
    std::string kind, element, flags_top, flags_ordered, child;
    lines >> kind >> element >> flags_top >> flags_ordered;
    CHECK(kind == "TOC");
    CHECK(flags_top == "toplevel=1");
    CHECK(flags_ordered == "ordered=1");
    std::vector<std::string> children;
    std::string rest;
    std::getline(lines, rest);
    for (std::istringstream ids(rest); ids >> child;) children.push_back(child);
    CHECK(children.size() == audio.chapters.size());
    std::size_t chaps = 0;
    for (std::string line; std::getline(lines, line);) chaps += line.starts_with("CHAP ");
    CHECK(chaps == audio.chapters.size());
  }

  SUBCASE("the WAV holds exactly the synthesized samples") {
    const auto soxi = [&](const char* option) {
      const test::Output out =
          test::run(std::string("soxi ") + option + ' ' + test::quoted(sample.wav));
      REQUIRE(out.status == 0);
      return std::stol(out.text);
    };
    const long rate = soxi("-r"), channels = soxi("-c"), bits = soxi("-b"), samples = soxi("-s");
    CHECK(channels == 1);
    CHECK(bits == 16);
    CHECK(double(samples) / double(rate) == doctest::Approx(audio.duration_seconds).epsilon(1e-6));
  }

  SUBCASE("the SSML file is well-formed XML with a mark per chapter and per sentence") {
    CHECK(test::run("xmllint --noout " + test::quoted(sample.ssml)).status == 0);
    std::size_t chapters = 0, sentences = 0;
    for (std::size_t at = audio.ssml.find("<mark "); at != std::string::npos;
         at = audio.ssml.find("<mark ", at + 1)) {
      // Every other mark is a sentence's: the text's, the table of contents' and the closing's.
      const bool chapter = audio.ssml.compare(at, 20, "<mark name=\"chapter-") == 0;
      chapters += chapter;
      sentences += !chapter;
    }
    CHECK(chapters == audio.chapters.size());
    CHECK(sentences == audio.sentences.size());
  }

  SUBCASE("sentence clips are in reading order, never overlap and each holds speech") {
    REQUIRE_FALSE(audio.sentences.empty());
    CHECK(audio.sentences.front().id == "u1-s1");
    for (std::size_t i = 0; i < audio.sentences.size(); ++i) {
      const speech::SentenceTime& clip = audio.sentences[i];
      CAPTURE(clip.id);
      CHECK(clip.begin_seconds < clip.end_seconds);
      if (i > 0) CHECK(audio.sentences[i - 1].end_seconds <= clip.begin_seconds);
      CHECK(test::rms(pcm, at_second(clip.begin_seconds), at_second(clip.end_seconds)) > 0.02);
    }
    CHECK(audio.sentences.back().end_seconds <= audio.duration_seconds);
  }
}

}  // namespace

TEST_CASE("listening version of low-back-exercises") {
  check_files(test::rendered_sample("low-back-exercises"));
}
TEST_CASE("listening version of dry-needling") {
  check_files(test::rendered_sample("dry-needling"));
}
TEST_CASE("listening version of hielo-y-calor (Spanish)") {
  check_files(test::rendered_sample("hielo-y-calor"));
}
TEST_CASE("listening version of the exercise sampler") {
  check_files(test::rendered_exercise_sampler());
}

TEST_CASE("listening version of the table sampler") {
  check_files(test::rendered_table_content("table-sampler"));
}
TEST_CASE("the same handout gives the same bytes whatever was spoken before") {
  const test::Sample& first = test::rendered_sample("hielo-y-calor");
  // Something else in between: eSpeak NG would carry its state over if it ran in this process.
  speech::render_audio(first.handout, first.lexicon, {.rate_wpm = 300});
  const speech::Audio again =
      speech::render_audio(first.handout, first.lexicon, {.rate_wpm = 150, .wav = true});
  CHECK(again.ssml == first.audio.ssml);
  CHECK(again.wav == first.audio.wav);
  CHECK(again.mp3 == first.audio.mp3);
}

TEST_CASE("an MP3 encoded into a file has the bytes of the one made in memory") {
  const test::Sample& sample = test::rendered_sample("hielo-y-calor");
  const std::filesystem::path file = test::scratch_dir() / "into-a-file.mp3";
  {
    std::ofstream stale(file, std::ios::binary);
    stale << std::string(sample.audio.mp3.size() * 2, 'x');  // emptied first, not overwritten
  }
  const speech::Audio audio = speech::render_audio(
      sample.handout, sample.lexicon, {.rate_wpm = 150, .wav = false, .mp3_file = file});
  CHECK(audio.mp3.empty());
  std::ifstream in(file, std::ios::binary);
  const std::string written{std::istreambuf_iterator<char>(in), {}};
  CHECK(written.size() == sample.audio.mp3.size());
  CHECK(written == sample.audio.mp3);
  CHECK(audio.duration_seconds == sample.audio.duration_seconds);
}

TEST_CASE("a language without a voice is an error located at the handout") {
  model::Handout handout = testing::read_sample("hielo-y-calor");
  handout.lang.tag = "zz";
  try {
    speech::render_audio(handout, testing::sample_lexicon(), {});
    FAIL("no error");
  } catch (const model::Error& e) {
    CHECK(e.diagnostic().file == handout.file);
    CHECK(e.diagnostic().at == handout.at);
    CHECK(std::string(e.what()).find("zz") != std::string::npos);
  }
}

TEST_CASE("the rate option changes the speed within 80 to 450 words per minute") {
  const test::Sample& normal = test::rendered_sample("hielo-y-calor");
  const speech::Audio fast =
      speech::render_audio(normal.handout, normal.lexicon, {.rate_wpm = 300});
  CHECK(fast.duration_seconds < 0.75 * normal.audio.duration_seconds);
  CHECK_FALSE(fast.wav.has_value());
  CHECK_THROWS_AS(speech::render_audio(normal.handout, normal.lexicon, {.rate_wpm = 79}),
                  model::Error);
  CHECK_THROWS_AS(speech::render_audio(normal.handout, normal.lexicon, {.rate_wpm = 451}),
                  model::Error);
}
