#include "reading/ssml.h"

#include "lang/xml_escape.h"
#include "reading/utf8_words.h"

namespace handout::reading {

namespace {

// Percent of the chosen rate at which phone numbers are read.
constexpr int phone_rate_percent = 75;

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.ends_with(suffix);
}

}  // namespace

std::string escape(std::string_view text) {
  return lang::escape_xml_attribute(text);
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

std::string drop_spoken_full_stops(std::string ssml) {
  constexpr std::string_view sentence_end = "</s>";
  for (std::size_t at = ssml.find(sentence_end); at != std::string::npos;
       at = ssml.find(sentence_end, at + 1)) {
    std::size_t before = at;  // step back over closing tags such as </prosody>
    while (before > 0 && ssml[before - 1] == '>') {
      const std::size_t open = ssml.rfind("</", before - 1);
      if (open == std::string::npos || ssml.find('<', open + 1) < before - 1) break;
      before = open;
    }
    if (before == 0 || ssml[before - 1] != '.') continue;
    const std::size_t stop = before - 1;
    if (!word_before(ssml, stop)) {  // after a letter or digit it is read as a full stop
      ssml.erase(stop, 1);
      --at;
    }
  }
  return ssml;
}

std::size_t sentence_tail(std::string_view ssml) {
  static constexpr std::string_view ends[] = {"&quot;", " ", ".", "?", "!", ":", ";",
                                              ")",      "]", "'", "”", "’", "»", "…"};
  for (bool moved = true; moved;) {
    moved = false;
    for (std::string_view end : ends) {
      if (ssml.ends_with(end)) {
        ssml.remove_suffix(end.size());
        moved = true;
        break;  // from the first again: "&quot;" before its ";"
      }
    }
    if (ssml.ends_with('>')) {  // an end tag such as </emphasis> or </prosody>
      const std::size_t open = ssml.rfind("</");
      if (open != std::string_view::npos && ssml.find('<', open + 1) == std::string_view::npos) {
        ssml.remove_suffix(ssml.size() - open);
        moved = true;
      }
    }
  }
  return ssml.size();
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

}  // namespace handout::reading
