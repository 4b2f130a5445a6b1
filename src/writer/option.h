#pragma once
// A writer's command-line options, declared once as data: the command line, its help, the
// range checks and the rebuild key are all made from these declarations.
#include <map>
#include <string>
#include <vector>

namespace handout::writer {

struct OptionSpec {
  enum class Kind { integer, choice, flag, text };
  std::string name;  // "font-size", given as --font-size
  Kind kind = Kind::integer;
  std::string help;                  // for an admin: what it does, in a few words
  int min = 0, max = 0;              // integer: the allowed range, inclusive
  std::vector<std::string> choices;  // choice: the allowed values, lower-case
  std::string default_value;         // as typed on the command line ("18", "letter", "off")

  static OptionSpec integer(std::string name, std::string help, int min, int max, int fallback) {
    return {std::move(name),         Kind::integer, std::move(help), min, max, {},
            std::to_string(fallback)};
  }
  static OptionSpec choice(std::string name, std::string help, std::vector<std::string> choices) {
    std::string fallback = choices.front();
    return {std::move(name), Kind::choice, std::move(help), 0, 0, std::move(choices), fallback};
  }
  static OptionSpec flag(std::string name, std::string help) {
    return {std::move(name), Kind::flag, std::move(help), 0, 0, {}, "off"};
  }
  // Any text, such as a language tag (for a tool's options).
  static OptionSpec text(std::string name, std::string help, std::string fallback) {
    return {std::move(name), Kind::text, std::move(help), 0, 0, {}, std::move(fallback)};
  }
};

// The value of every option of every writer, by name, as text: what the command line gave,
// or the declared default. Writers read their own with the typed getters.
class OptionValues {
 public:
  void set(const std::string& name, std::string value) { values_[name] = std::move(value); }
  // The value given, or the default of `spec`.
  const std::string& text(const OptionSpec& spec) const;
  int integer(const OptionSpec& spec) const;
  bool flag(const OptionSpec& spec) const;

 private:
  std::map<std::string, std::string> values_;
};

// "font-size=18 paper=letter", for the rebuild key: every option of a writer, in order.
std::string describe(const std::vector<OptionSpec>& specs, const OptionValues& values);

}  // namespace handout::writer
