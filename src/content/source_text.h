#pragma once
// A content file's bytes, checked before any XML parsing: size, UTF-8 and control characters.
// It also maps byte offsets to line:column for every later message.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.h"

namespace handout::content {

inline constexpr std::size_t max_file_bytes = std::size_t{1} << 20;  // 1 MiB

class SourceText {
 public:
  SourceText(std::string name, std::string bytes);

  const std::string& name() const { return name_; }
  // The text after any UTF-8 byte order mark; offsets below are into this.
  std::string_view text() const;
  // 1-based line and column (in code points) of a byte offset into text().
  model::Location locate(std::size_t offset) const;
  model::Diagnostic error_at(std::size_t offset, std::string message) const;

 private:
  // The number of code points before byte offset x of text().
  std::size_t code_points_before(std::size_t x) const;

  std::string name_;
  std::string bytes_;
  std::size_t start_ = 0;
  std::vector<std::size_t> line_starts_;
  // Code points before each checkpoint (every `checkpoint` bytes), so that a column costs at
  // most one checkpoint's count, in whatever order locations are asked: linear, never
  // quadratic, in the size of a file.
  static constexpr std::size_t checkpoint = 64;
  std::vector<std::uint32_t> code_points_;
};

// Reads a file, refusing anything over max_file_bytes without reading it whole.
// Only a regular file is read (os::open_regular_file: a FIFO is refused, not waited on); anything
// else is reported at the file.
std::optional<SourceText> load_source(const std::filesystem::path& path, std::string display_name,
                                      model::Diagnostics& out);

// Invalid UTF-8, control characters and code points XML forbids, each with its place.
void check_characters(const SourceText& source, model::Diagnostics& out);

// True for code points that never belong in a handout (C0/C1 controls other than
// tab and line ends, DEL, non-characters).
bool is_forbidden_code_point(char32_t c);

// Why a bidirectional control (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F) is refused, as
// "<what> U+202E RIGHT-TO-LEFT OVERRIDE is not allowed: …": no English or Spanish handout
// needs one, and one can make a link show one address and open another. Nothing for any
// other character.
std::optional<std::string> bidi_control_problem(char32_t c,
                                                std::string_view what = "bidirectional control");

}  // namespace handout::content
