#include "speech/ssml.h"

namespace handout::speech {

namespace {

// Percent of the chosen rate at which phone numbers are read.
constexpr int phone_rate_percent = 75;

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.ends_with(suffix);
}

}  // namespace

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string pause(int milliseconds) {
  return "<break time=\"" + std::to_string(milliseconds) + "ms\"/>";
}

std::string mark(std::string_view name) {
  return "<mark name=\"" + escape(name) + "\"/>";
}

std::string element(std::string_view tag, std::string_view content) {
  return '<' + std::string(tag) + '>' + std::string(content) + "</" + std::string(tag) + '>';
}

std::string slower(std::string_view content) {
  return "<prosody rate=\"" + std::to_string(phone_rate_percent) + "%\">" + std::string(content) +
         "</prosody>";
}

bool ends_sentence(std::string_view printed) {
  for (std::string_view closer : {")", "]", "\"", "'", "”", "’", "»", " "}) {
    while (ends_with(printed, closer)) printed.remove_suffix(closer.size());
  }
  for (std::string_view end : {".", "?", "!", ":", "…"}) {
    if (ends_with(printed, end)) return true;
  }
  return false;
}

}  // namespace handout::speech
