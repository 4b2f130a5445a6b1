#pragma once
// doctest prints a vector of strings (such as a handout's messages) one item a line, so that a
// failed comparison shows what was found.
#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace doctest {

template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& items) {
    std::string out = "{";
    for (const std::string& item : items) out += "\n  " + item;
    return (out + "\n}").c_str();
  }
};

}  // namespace doctest
