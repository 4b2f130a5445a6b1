#include "epub/overlay.h"

#include <stdexcept>

#include "epub/clock.h"
#include "lang/xml_escape.h"

namespace handout::epub {

std::string overlay_name(std::string_view document_name) {
  const std::size_t dot = document_name.rfind('.');
  return std::string(document_name.substr(0, dot)) + ".smil";
}

std::vector<Clip> tile(std::vector<Clip> clips, std::int64_t duration) {
  if (clips.empty()) throw std::invalid_argument("the recording has no sentences");
  clips.front().begin = 0;
  for (std::size_t i = 0; i < clips.size(); ++i) {
    clips[i].end = i + 1 < clips.size() ? clips[i + 1].begin : duration;
    if (clips[i].end < clips[i].begin)
      throw std::invalid_argument("sentence " + clips[i].id +
                                  " starts after the next one or after the recording ends");
  }
  return clips;
}

Overlay make_overlay(const ContentDocument& document, const std::map<std::string, Clip>& clips,
                     std::string_view audio_href) {
  Overlay out{overlay_name(document.name), {}, 0};
  std::string& s = out.smil;
  s += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  s += "<smil xmlns=\"http://www.w3.org/ns/SMIL\" xmlns:epub=\"http://www.idpf.org/2007/ops\" "
       "version=\"3.0\">\n";
  s += "  <body>\n";
  const std::string audio = lang::escape_xml_attribute(audio_href);
  int n = 0;
  for (const std::string& id : document.sentences) {
    const auto found = clips.find(id);
    if (found == clips.end())
      throw std::invalid_argument("the recording has no time for sentence " + id);
    const Clip& clip = found->second;
    out.duration += clip.end - clip.begin;
    s += "    <par id=\"par" + std::to_string(++n) + "\">\n";
    s += "      <text src=\"" + lang::escape_xml_attribute(document.name) + "#" + id + "\"/>\n";
    s += "      <audio src=\"" + audio + "\" clipBegin=\"" + clock_value(clip.begin) +
         "\" clipEnd=\"" + clock_value(clip.end) + "\"/>\n";
    s += "    </par>\n";
  }
  s += "  </body>\n</smil>\n";
  return out;
}

}  // namespace handout::epub
