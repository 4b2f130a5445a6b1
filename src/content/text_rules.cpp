#include "content/text_rules.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <optional>
#include <vector>

#include "content/source_text.h"
#include "lang/language.h"
#include "lang/utf8.h"

namespace handout::content {

namespace {

bool is_xml_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Collapses white space; `places` (offsets into `text`) are moved to the collapsed text.
std::string collapse_inner(std::string_view text, std::vector<model::TextPlace>* places = nullptr) {
  std::string out;
  out.reserve(text.size());
  bool in_space = false;
  std::size_t next = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    for (; places && next < places->size() && (*places)[next].offset <= i; ++next)
      (*places)[next].offset = static_cast<std::uint32_t>(out.size());
    if (is_xml_space(c)) {
      if (!in_space) out += ' ';
      in_space = true;
    } else {
      out += c;
      in_space = false;
    }
  }
  for (; places && next < places->size(); ++next)
    (*places)[next].offset = static_cast<std::uint32_t>(out.size());
  return out;
}

}  // namespace

std::string collapse_whitespace(std::string_view text) {
  std::string out = collapse_inner(text);
  if (out.starts_with(' ')) out.erase(0, 1);
  if (out.ends_with(' ')) out.pop_back();
  return out;
}

namespace {

void drop_first_byte(model::Run& run) {
  run.text.erase(0, 1);
  for (model::TextPlace& place : run.places)
    if (place.offset > 0) --place.offset;
}

// Appends `run` to `into`, keeping where each part of the text was written.
void join(model::Run& into, model::Run& run) {
  const auto base = static_cast<std::uint32_t>(into.text.size());
  into.places.push_back({base, run.at});
  for (model::TextPlace& place : run.places) into.places.push_back({base + place.offset, place.at});
  into.text += run.text;
}

}  // namespace

void normalise_whitespace(model::Inlines& runs) {
  bool after_space = true;  // trims the start of the sequence
  for (model::Run& run : runs) {
    run.text = collapse_inner(run.text, &run.places);
    if (after_space && run.text.starts_with(' ')) drop_first_byte(run);
    if (!run.text.empty()) after_space = run.text.ends_with(' ');
  }
  for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
    if (it->text.ends_with(' ')) it->text.pop_back();
    if (!it->text.empty()) break;
  }
  model::Inlines merged;
  for (model::Run& run : runs) {
    if (run.text.empty()) continue;
    const bool joins = !merged.empty() && run.kind == model::RunKind::text &&
                       merged.back().kind == model::RunKind::text &&
                       merged.back().emphasis == run.emphasis && merged.back().lang == run.lang;
    if (joins)
      join(merged.back(), run);
    else
      merged.push_back(std::move(run));
  }
  runs = std::move(merged);
}

bool is_valid_id(std::string_view id) {
  const auto ok = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  return !id.empty() && ok(id.front()) &&
         std::ranges::all_of(id, [&](char c) { return ok(c) || c == '-'; });
}

namespace {

// The ASCII letter a Latin-1 letter (U+00C0..U+00FF) is written with, or 0.
char latin1_base(char32_t c) {
  static constexpr char bases[] =
      "aaaaaaaceeeeiiiidnooooo\0ouuuuyts"   // U+00C0..U+00DF
      "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";  // U+00E0..U+00FF
  if (c < 0xC0 || c > 0xFF) return 0;
  return bases[c - 0xC0];
}

}  // namespace

std::string derive_id(std::string_view heading) {
  std::string out;
  const auto add = [&](char c) {
    if (c != 0)
      out += c;
    else if (!out.empty() && out.back() != '-')
      out += '-';
  };
  for (std::size_t pos = 0; pos < heading.size();) {
    const auto u = static_cast<unsigned char>(heading[pos]);
    if (u < 0x80) {
      add(std::isalnum(u) ? static_cast<char>(std::tolower(u)) : 0);
      ++pos;
      continue;
    }
    const std::optional<char32_t> c = lang::decode_one(heading, pos);
    if (!c) break;
    add(latin1_base(*c));
  }
  while (out.ends_with('-')) out.pop_back();
  return out.empty() ? "section" : out;
}

bool is_language_tag(std::string_view tag) {
  // BCP 47's shape: a 2- or 3-letter ISO 639 language, then subtags of 1 to 8 letters or
  // digits ("en-US", "es-419", "zh-Hant-TW", "sr-Latn").
  std::size_t start = 0;
  for (std::size_t index = 0; start <= tag.size(); ++index) {
    const std::size_t end = std::min(tag.find('-', start), tag.size());
    const std::string_view part = tag.substr(start, end - start);
    const bool letters = std::ranges::all_of(part, [](unsigned char c) { return std::isalpha(c); });
    const bool alnum = std::ranges::all_of(part, [](unsigned char c) { return std::isalnum(c); });
    if (index == 0 ? !(letters && part.size() >= 2 && part.size() <= 3)
                   : !(alnum && !part.empty() && part.size() <= 8))
      return false;
    start = end + 1;
  }
  return true;
}

std::string unwritten_language(std::string_view attribute, std::string_view tag) {
  const std::string name = lang::language_name(tag);
  return std::string(attribute) + " '" + std::string(tag) + "': handout writes " +
         lang::written_languages() + " only, not " + (name.empty() ? "this language" : name) +
         ": the words it adds (page and step numbers, dates, the contact block's headings) "
         "exist in those languages only";
}

}  // namespace handout::content
