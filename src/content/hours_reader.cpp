#include "content/hours_reader.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>

#include "lang/case.h"

namespace handout::content {

namespace {

constexpr std::array<std::string_view, 7> day_names{"monday", "tuesday",  "wednesday", "thursday",
                                                    "friday", "saturday", "sunday"};

// "mon", and what is obviously meant by it: "Mon", "Monday", "Tues", "THU".
std::optional<int> day_of(std::string_view written) {
  const std::string code = lang::lower_case(written);
  if (code.size() < 3) return std::nullopt;
  for (std::size_t i = 0; i < day_names.size(); ++i)
    if (day_names[i].starts_with(code)) return static_cast<int>(i);
  return std::nullopt;
}

// "mon", or a range "mon-fri" from Monday towards Sunday.
bool read_days(ElementChecker& checker, pugi::xml_node element, model::HoursRule& rule) {
  const std::optional<std::string> days = checker.required_attribute(element, "days");
  if (!days) return false;
  // A hyphen or an en dash between two days.
  const std::string_view written = *days;
  std::size_t dash = written.find('-');
  std::size_t after = dash + 1;
  if (dash == std::string_view::npos && (dash = written.find("\u2013")) != std::string_view::npos)
    after = dash + 3;
  const std::optional<int> first = day_of(written.substr(0, dash));
  const std::optional<int> last =
      dash == std::string_view::npos ? first : day_of(written.substr(after));
  if (!first || !last || *last < *first) {
    checker.error(checker.where_attribute(element, "days"),
                  "days '" + *days +
                      "' is not a day or a range of days; write e.g. \"sat\" or \"mon-fri\" "
                      "(mon, tue, wed, thu, fri, sat, sun)");
    return false;
  }
  rule.first_day = *first;
  rule.last_day = *last;
  return true;
}

// "07:30", and "7:30" (the hour's leading zero left out).
std::optional<int> minutes_of(std::string_view written) {
  const std::string padded = written.size() == 4 ? "0" + std::string(written) : std::string();
  const std::string_view hhmm = padded.empty() ? written : std::string_view(padded);
  const auto digit = [&](std::size_t i) { return hhmm[i] >= '0' && hhmm[i] <= '9'; };
  if (hhmm.size() != 5 || hhmm[2] != ':' || !digit(0) || !digit(1) || !digit(3) || !digit(4))
    return std::nullopt;
  const int hour = (hhmm[0] - '0') * 10 + (hhmm[1] - '0');
  const int minute = (hhmm[3] - '0') * 10 + (hhmm[4] - '0');
  if (minute > 59 || hour > 24 || (hour == 24 && minute != 0)) return std::nullopt;
  return hour * 60 + minute;
}

// "5:30 pm" or "9am" as HH:MM, for the message.
std::optional<std::string> twenty_four_hour(std::string_view written) {
  std::string text = lang::lower_case(written);
  std::erase(text, ' ');
  std::erase(text, '.');
  const bool pm = text.ends_with("pm");
  if (!pm && !text.ends_with("am")) return std::nullopt;
  text.resize(text.size() - 2);
  const std::size_t colon = text.find(':');
  const std::string hour_text = text.substr(0, colon);
  const std::string minute_text = colon == std::string::npos ? "00" : text.substr(colon + 1);
  if (hour_text.empty() || hour_text.size() > 2 || minute_text.size() != 2 ||
      !std::ranges::all_of(hour_text + minute_text, [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  const int hour = std::stoi(hour_text);
  if (hour < 1 || hour > 12 || std::stoi(minute_text) > 59) return std::nullopt;
  const int hour24 = (hour % 12) + (pm ? 12 : 0);
  return (hour24 < 10 ? "0" : "") + std::to_string(hour24) + ":" + minute_text;
}

std::optional<int> read_time(ElementChecker& checker, pugi::xml_node element, const char* name) {
  const std::optional<std::string> text = checker.required_attribute(element, name);
  if (!text) return std::nullopt;
  const std::optional<int> minutes = minutes_of(*text);
  if (!minutes) {
    const std::optional<std::string> meant = twenty_four_hour(*text);
    checker.error(checker.where_attribute(element, name),
                  std::string(name) + " '" + *text +
                      (meant ? "' is not on a 24-hour clock; write " + *meant
                             : "' is not a time; write it as HH:MM on a 24-hour clock, e.g. 07:30 "
                               "or 18:00"));
  }
  return minutes;
}

std::optional<model::HoursRule> read_rule(ElementChecker& checker, pugi::xml_node element) {
  model::HoursRule rule;
  rule.at = checker.where(element);
  const std::string_view name = element.name();
  if (name == "open") {
    checker.allow_attributes(element, {"days", "from", "to"});
    const bool days = read_days(checker, element, rule);
    const std::optional<int> from = read_time(checker, element, "from");
    const std::optional<int> to = read_time(checker, element, "to");
    if (!days || !from || !to) return std::nullopt;
    if (*to <= *from) {
      checker.error(checker.where_attribute(element, "to"),
                    "an <open> must end after it starts; 'to' is not after 'from'");
      return std::nullopt;
    }
    rule.from = *from;
    rule.to = *to;
    return rule;
  }
  rule.kind = name == "closed" ? model::HoursKind::closed : model::HoursKind::by_appointment;
  checker.allow_attributes(element, {"days"});
  if (!read_days(checker, element, rule)) return std::nullopt;
  return rule;
}

}  // namespace

model::Hours read_hours(ElementChecker& checker, pugi::xml_node hours) {
  checker.allow_attributes(hours, {});
  model::Hours rules;
  const std::size_t errors = checker.error_count();
  const std::vector<pugi::xml_node> children = checker.element_children(hours);
  for (pugi::xml_node child : children) {
    if (!is_named(child, "open") && !is_named(child, "closed") && !is_named(child, "appointment"))
      checker.unexpected(child, "<hours> holds <open>, <closed> and <appointment> elements");
    else if (std::optional<model::HoursRule> rule = read_rule(checker, child))
      rules.push_back(*rule);
  }
  if (children.empty() && checker.error_count() == errors)
    checker.error(
        hours, "<hours> is empty; add e.g. <open days=\"mon-fri\" from=\"08:00\" to=\"17:00\"/>");
  return rules;
}

}  // namespace handout::content
