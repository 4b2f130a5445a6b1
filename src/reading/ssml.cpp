#include "reading/ssml.h"

#include <algorithm>
#include <utility>

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

std::string ssml_words(std::string_view ssml) {
  std::string out;
  for (std::size_t pos = 0; pos < ssml.size();) {
    if (ssml[pos] == '<') {
      const std::size_t end = std::min(ssml.find('>', pos), ssml.size() - 1);
      const std::string_view tag = ssml.substr(pos, end + 1 - pos);
      // Sentences, paragraphs and pauses part words; marks and emphasis do not.
      for (std::string_view parting : {"<s>", "</s>", "<p>", "</p>", "<break"})
        if (tag.starts_with(parting)) out += ' ';
      pos = end + 1;
    } else if (ssml[pos] == '&') {
      const std::size_t end = ssml.find(';', pos);
      const std::string_view name =
          ssml.substr(pos, end == std::string_view::npos ? 1 : end + 1 - pos);
      static constexpr std::pair<std::string_view, char> references[]{
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
      char c = '&';
      for (const auto& [reference, character] : references)
        if (name == reference) c = character;
      out += c;
      pos += c == '&' && name != "&amp;" ? 1 : name.size();
    } else {
      out += ssml[pos++];
    }
  }
  std::string words;
  for (const char c : out)
    if (c != ' ' || (!words.empty() && words.back() != ' ')) words += c;
  while (!words.empty() && words.back() == ' ') words.pop_back();
  return words;
}

}  // namespace handout::reading
