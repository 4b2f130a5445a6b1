#include "writer/output_kind.h"

#include <algorithm>
#include <stdexcept>

namespace handout::writer {

namespace {

constexpr std::size_t digits_of(std::size_t n) {
  std::size_t digits = 1;
  for (; n >= 10; n /= 10) ++digits;
  return digits;
}

constexpr std::size_t max_number_digits = digits_of(OutputKind::max_number);

// A number from 1 to OutputKind::max_number, as "n" without a leading zero.
bool is_file_number(std::string_view digits) {
  if (digits.empty() || digits.size() > max_number_digits || digits.front() == '0') return false;
  if (!std::ranges::all_of(digits, [](char c) { return c >= '0' && c <= '9'; })) return false;
  return std::stoul(std::string(digits)) <= OutputKind::max_number;
}

}  // namespace

bool OutputKind::names(std::string_view tail) const {
  if (numbered.empty()) return tail == suffix;
  if (tail.size() <= numbered.size() + suffix.size() || !tail.starts_with(numbered) ||
      !tail.ends_with(suffix))
    return false;
  return is_file_number(
      tail.substr(numbered.size(), tail.size() - numbered.size() - suffix.size()));
}

std::string OutputKind::name(std::string_view id, std::size_t n) const {
  if (numbered.empty()) return std::string(id) + suffix;
  if (n < 1 || n > max_number)
    throw std::logic_error("file number " + std::to_string(n) + " of " + numbered +
                           " is out of range");
  return std::string(id) + numbered + std::to_string(n) + suffix;
}

std::size_t OutputKind::longest_tail() const {
  return numbered.empty() ? suffix.size() : numbered.size() + max_number_digits + suffix.size();
}

}  // namespace handout::writer
