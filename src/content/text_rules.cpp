#include "content/text_rules.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>

#include "content/source_text.h"

namespace handout::content {

namespace {

bool is_xml_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string lower(std::string_view text) {
  std::string out(text);
  std::ranges::transform(out, out.begin(),
                         [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// `prefix` equals `tag`, or is followed in it by a subtag separator.
bool is_subtag_prefix(std::string_view prefix, std::string_view tag) {
  return tag.starts_with(prefix) && (tag.size() == prefix.size() || tag[prefix.size()] == '-');
}

std::string collapse_inner(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool in_space = false;
  for (char c : text) {
    if (is_xml_space(c)) {
      if (!in_space) out += ' ';
      in_space = true;
    } else {
      out += c;
      in_space = false;
    }
  }
  return out;
}

}  // namespace

std::string collapse_whitespace(std::string_view text) {
  std::string out = collapse_inner(text);
  if (out.starts_with(' ')) out.erase(0, 1);
  if (out.ends_with(' ')) out.pop_back();
  return out;
}

void normalise_whitespace(model::Inlines& runs) {
  bool after_space = true;  // trims the start of the sequence
  for (model::Run& run : runs) {
    run.text = collapse_inner(run.text);
    if (after_space && run.text.starts_with(' ')) run.text.erase(0, 1);
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
                       merged.back().emphasis == run.emphasis;
    if (joins)
      merged.back().text += run.text;
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
    const std::optional<char32_t> c = decode_utf8(heading, pos);
    if (!c) break;
    add(latin1_base(*c));
  }
  while (out.ends_with('-')) out.pop_back();
  return out.empty() ? "section" : out;
}

bool is_valid_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  const auto number = [&](std::size_t from, std::size_t length, int& value) {
    const char* first = text.data() + from;
    const auto [end, error] = std::from_chars(first, first + length, value);
    return error == std::errc() && end == first + length;
  };
  int year = 0, month = 0, day = 0;
  if (!number(0, 4, year) || !number(5, 2, month) || !number(8, 2, day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

bool has_voice(std::string_view tag, std::span<const std::string> voice_languages) {
  const std::string wanted = lower(tag);
  if (wanted.empty()) return false;
  return std::ranges::any_of(voice_languages, [&](const std::string& language) {
    const std::string offered = lower(language);
    return is_subtag_prefix(wanted, offered) || is_subtag_prefix(offered, wanted);
  });
}

}  // namespace handout::content
