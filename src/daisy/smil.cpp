#include "daisy/smil.h"

#include <stdexcept>

#include "daisy/clock.h"
#include "lang/xml_escape.h"

namespace handout::daisy {

namespace {

std::string smil_meta(std::string_view name, std::string_view content) {
  return "    <meta name=\"" + std::string(name) + "\" content=\"" +
         lang::escape_xml_attribute(content) + "\"/>\n";
}

// The declarations and the metadata every SMIL file starts with, up to its own.
std::string head(const SmilContext& context) {
  return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
         "<!DOCTYPE smil PUBLIC \"-//W3C//DTD SMIL 1.0//EN\" "
         "\"http://www.w3.org/TR/REC-smil/SMIL10.dtd\">\n"
         "<smil>\n  <head>\n" +
         smil_meta("dc:format", "Daisy 2.02") + smil_meta("dc:identifier", context.identifier) +
         smil_meta("dc:title", context.title) + smil_meta("ncc:generator", context.generator);
}

const char* const layout = "    <layout>\n      <region id=\"txtView\"/>\n    </layout>\n";

std::string par(const Clip& clip, const SmilContext& context) {
  const std::string id = lang::escape_xml_attribute(clip.id);
  return "      <par endsync=\"last\" id=\"" + id + "\">\n        <text src=\"" +
         lang::escape_xml_attribute(context.text) + "#" + id + "\" id=\"" + id +
         "-text\"/>\n        <audio src=\"" + lang::escape_xml_attribute(context.audio) +
         "\" clip-begin=\"" + npt_value(clip.begin) + "\" clip-end=\"" + npt_value(clip.end) +
         "\" id=\"" + id + "-audio\"/>\n      </par>\n";
}

}  // namespace

Smil make_smil(const Part& part, const std::map<std::string, Clip>& clips,
               const SmilContext& context, std::int64_t elapsed) {
  Smil out{part.smil, part.title, {}, 0};
  std::string pars;
  for (const std::string& id : part.sentences) {
    const auto found = clips.find(id);
    if (found == clips.end())
      throw std::invalid_argument("the recording has no time for sentence " + id);
    out.duration += found->second.end - found->second.begin;
    pars += par(found->second, context);
  }
  out.xml = head(context) + smil_meta("ncc:totalElapsedTime", hms_value(elapsed)) +
            smil_meta("ncc:timeInThisSmil", hms_value(out.duration)) +
            smil_meta("title", part.title) + layout + "  </head>\n  <body>\n    <seq dur=\"" +
            seconds_value(out.duration) + "\">\n" + pars + "    </seq>\n  </body>\n</smil>\n";
  return out;
}

std::string master_smil(const std::vector<Smil>& smils, const SmilContext& context) {
  std::int64_t total = 0;
  std::string refs;
  for (std::size_t i = 0; i < smils.size(); ++i) {
    total += smils[i].duration;
    refs += "    <ref src=\"" + lang::escape_xml_attribute(smils[i].name) + "\" title=\"" +
            lang::escape_xml_attribute(smils[i].title) + "\" id=\"ref" + std::to_string(i + 1) +
            "\"/>\n";
  }
  return head(context) + smil_meta("ncc:timeInThisSmil", hms_value(total)) + layout +
         "  </head>\n  <body>\n" + refs + "  </body>\n</smil>\n";
}

}  // namespace handout::daisy
