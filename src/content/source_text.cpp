#include "content/source_text.h"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>

#include "lang/utf8.h"
#include "os/regular_file.h"

namespace handout::content {

namespace {

bool is_continuation(unsigned char b) {
  return (b & 0xC0) == 0x80;
}

}  // namespace

SourceText::SourceText(std::string name, std::string bytes)
    : name_(std::move(name)), bytes_(std::move(bytes)) {
  if (bytes_.starts_with("\xEF\xBB\xBF")) start_ = 3;
  line_starts_.push_back(0);
  const std::string_view body = text();
  std::uint32_t count = 0;
  code_points_.reserve(body.size() / checkpoint + 1);
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (i % checkpoint == 0) code_points_.push_back(count);
    if (body[i] == '\n') line_starts_.push_back(i + 1);
    if (!is_continuation(static_cast<unsigned char>(body[i]))) ++count;
  }
  if (body.size() % checkpoint == 0) code_points_.push_back(count);  // for the end itself
}

std::size_t SourceText::code_points_before(std::size_t x) const {
  const std::string_view body = text();
  const std::size_t k = x / checkpoint;
  std::size_t count = code_points_[k];
  for (std::size_t i = k * checkpoint; i < x; ++i)
    if (!is_continuation(static_cast<unsigned char>(body[i]))) ++count;
  return count;
}

std::string_view SourceText::text() const {
  return std::string_view(bytes_).substr(start_);
}

model::Location SourceText::locate(std::size_t offset) const {
  offset = std::min(offset, text().size());
  const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line_index = static_cast<std::size_t>(next - line_starts_.begin()) - 1;
  const auto column = static_cast<std::uint32_t>(code_points_before(offset) -
                                                 code_points_before(line_starts_[line_index]) + 1);
  return {static_cast<std::uint32_t>(line_index + 1), column};
}

model::Diagnostic SourceText::error_at(std::size_t offset, std::string message) const {
  return {name_, locate(offset), std::move(message)};
}

std::optional<SourceText> load_source(const std::filesystem::path& path, std::string display_name,
                                      model::Diagnostics& out) {
  // A FIFO would wait forever for a writer, a device may never end: only regular files.
  const os::RegularFile file = os::open_regular_file(path);
  if (file.problem == os::RegularFile::Problem::not_regular) {
    out.push_back({display_name,
                   {},
                   "not a regular file (a FIFO, a device or a folder has its name); only files "
                   "are read, so put the file itself here"});
    return std::nullopt;
  }
  if (!file.fd) {
    out.push_back({display_name, {}, "cannot open the file"});
    return std::nullopt;
  }
  // Read in pieces up to just past the limit: a buffer of the limit's size, zeroed for each
  // file, cost more than reading a handout.
  std::string bytes;
  std::array<char, 1 << 16> piece;
  while (bytes.size() <= max_file_bytes) {
    const ssize_t got = ::read(file.fd.get(), piece.data(), piece.size());
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      out.push_back({display_name, {}, "cannot read the file"});
      return std::nullopt;
    }
    if (got == 0) break;
    bytes.append(piece.data(), static_cast<std::size_t>(got));
  }
  if (bytes.size() > max_file_bytes) {
    out.push_back({display_name,
                   {},
                   "the file is larger than 1 MiB, the limit for one handout; split it into "
                   "several handouts"});
    return std::nullopt;
  }
  return SourceText(std::move(display_name), std::move(bytes));
}

bool is_forbidden_code_point(char32_t c) {
  if (c < 0x20) return c != '\t' && c != '\n' && c != '\r';
  if (c >= 0x7F && c <= 0x9F) return true;
  if (c >= 0xFDD0 && c <= 0xFDEF) return true;
  return (c & 0xFFFE) == 0xFFFE;
}

std::optional<std::string> bidi_control_problem(char32_t c, std::string_view what) {
  static constexpr std::pair<char32_t, std::string_view> names[] = {
      {0x200E, "LEFT-TO-RIGHT MARK"},         {0x200F, "RIGHT-TO-LEFT MARK"},
      {0x202A, "LEFT-TO-RIGHT EMBEDDING"},    {0x202B, "RIGHT-TO-LEFT EMBEDDING"},
      {0x202C, "POP DIRECTIONAL FORMATTING"}, {0x202D, "LEFT-TO-RIGHT OVERRIDE"},
      {0x202E, "RIGHT-TO-LEFT OVERRIDE"},     {0x2066, "LEFT-TO-RIGHT ISOLATE"},
      {0x2067, "RIGHT-TO-LEFT ISOLATE"},      {0x2068, "FIRST STRONG ISOLATE"},
      {0x2069, "POP DIRECTIONAL ISOLATE"}};
  for (const auto& [code, name] : names)
    if (code == c)
      return std::string(what) + " " + lang::code_point_label(c) + " " + std::string(name) +
             " is not allowed: it changes the order in which text is shown (a link could show "
             "one address and open another), and English and Spanish need none; delete it";
  return std::nullopt;
}

namespace {

// What a file that is not text at all most likely is, from its first bytes.
std::optional<std::string> binary_kind(std::string_view text) {
  // UTF-16 and UTF-32, with their byte-order mark or without (a '<' beside zero bytes).
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF") ||
      text.starts_with(std::string_view("\0\0\xFE\xFF", 4)) ||
      (text.size() > 1 &&
       ((text[0] == '<' && text[1] == '\0') || (text[0] == '\0' && text[1] == '<'))))
    return std::string("UTF-16");

  static constexpr std::pair<std::string_view, std::string_view> signatures[] = {
      {"%PDF", "a PDF"},
      {"PK\x03\x04", "a Word document or a ZIP file"},
      {"\xD0\xCF\x11\xE0", "an old Word document"},
      {"{\\rtf", "an RTF document"},
      {"\x89PNG", "a PNG picture"},
      {"\xFF\xD8\xFF", "a JPEG picture"}};
  for (const auto& [start, kind] : signatures)
    if (text.starts_with(start)) return std::string(kind);
  if (text.find('\0') != std::string_view::npos) return std::string();
  return std::nullopt;
}

std::size_t count_invalid(std::string_view text, std::size_t pos) {
  std::size_t count = 0;
  while (pos < text.size()) {
    if (!lang::decode_one(text, pos)) {
      ++count;
      ++pos;
    }
  }
  return count;
}

}  // namespace

void check_characters(const SourceText& source, model::Diagnostics& out) {
  const std::string_view text = source.text();
  if (const std::optional<std::string> kind = binary_kind(text)) {
    if (*kind == "UTF-16") {
      out.push_back({source.name(),
                     {},
                     "the file is saved as UTF-16 (or UTF-32), which handout does not read; in "
                     "your editor use Save As and choose the encoding UTF-8"});
      return;
    }
    out.push_back({source.name(),
                   {},
                   "this is not an XML text file" +
                       (kind->empty() ? std::string() : " (it looks like " + *kind + ")") +
                       "; a handout is a text file written in a text editor"});
    return;
  }
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t at = pos;
    const std::optional<char32_t> c = lang::decode_one(text, pos);
    if (!c) {
      const std::size_t count = count_invalid(text, at);
      const std::string which =
          count == 1 ? "this character is"
                     : "this and " + std::to_string(count - 1) + " other characters are";
      out.push_back(source.error_at(
          at, "the file is not saved as UTF-8: " + which +
                  " in another encoding (probably Windows-1252); in your editor use Save As and "
                  "choose the encoding UTF-8"));
      return;
    } else if (is_forbidden_code_point(*c)) {
      out.push_back(source.error_at(
          at, "control character " + lang::code_point_label(*c) + " is not allowed; delete it"));
    } else if (std::optional<std::string> bidi = bidi_control_problem(*c)) {
      out.push_back(source.error_at(at, std::move(*bidi)));
    } else if (lang::is_invisible_format(*c)) {
      // Pasted from a word processor: a soft hyphen prints as a hyphen mid-line in some
      // formats, a zero-width space splits a word nobody sees split.
      out.push_back(source.error_at(at, "invisible character " + lang::character_for_admin(*c) +
                                            " is not allowed: it can print as a mark or split "
                                            "a word where nobody sees it; delete it"));
    }
  }
}

}  // namespace handout::content
