#include "web/page_assets.h"

namespace handout::web {

namespace {

std::string font_face(std::string_view base64, int weight) {
  if (base64.empty()) return "";
  return "@font-face{font-family:\"Atkinson Hyperlegible\";font-style:normal;font-weight:" +
         std::to_string(weight) + ";font-display:swap;src:url(data:font/ttf;base64," +
         std::string(base64) + ") format(\"truetype\")}\n";
}

// Colours with at least 4.5:1 contrast (WCAG AA) against their backgrounds, light and dark,
// also for links inside a note or the sentence being spoken; a note's frame at least 3:1.
// Each kind of note has a frame of its own that needs no colour to tell it (a double frame for
// an emergency, a heavy one for a warning, a dashed one for a tip, a bar for "Important"),
// and its label in words.
constexpr std::string_view rules =
    R"(:root{color-scheme:light dark;--text:#1a1a1a;--bg:#ffffff;--link:#0b4fa3;--visited:#5a2d91;--rule:#5f5f5f;--note-bg:#eef3f9;--note-edge:#3d5a80;--emergency-bg:#fdecec;--emergency-edge:#a30000;--warning-bg:#fff4d6;--warning-edge:#8a5a00;--tip-bg:#eaf6ee;--tip-edge:#1d6b3a;--now-bg:#ffe066;--now-text:#000000;--ring:#000000}
@media (prefers-color-scheme:dark){:root{--text:#f2f2f2;--bg:#121212;--link:#9cc4ff;--visited:#d7b8ff;--rule:#a0a0a0;--note-bg:#18212c;--note-edge:#9bb8dc;--emergency-bg:#3a1414;--emergency-edge:#ff8a80;--warning-bg:#2a2410;--warning-edge:#e0b24a;--tip-bg:#12261a;--tip-edge:#7fd19b;--now-bg:#5c4700;--now-text:#ffffff;--ring:#ffe066}}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--text);font-family:"Atkinson Hyperlegible",Verdana,Arial,sans-serif;font-size:150%;line-height:1.6;overflow-wrap:anywhere}
main,body>footer{max-width:38em;margin:0 auto;padding:0.5em 1rem}
h1{font-size:1.6em;line-height:1.25;margin:0.6em 0 0.3em}
h2{font-size:1.35em;line-height:1.3;margin:1.4em 0 0.4em}
h3{font-size:1.2em;line-height:1.3;margin:1.2em 0 0.4em}
h4{font-size:1.1em;line-height:1.3;margin:1em 0 0.4em}
h5,h6{font-size:1.05em;line-height:1.3;margin:1em 0 0.4em}
p{margin:0.6em 0}
em{font-style:normal;font-weight:700}
.subtitle{font-size:1.15em;margin-top:0}
ul,ol{padding-left:1.6em}
li{margin:0.4em 0}
.handouts{list-style:none;padding-left:0}
.handouts>li{margin-bottom:1.2em}
a{color:var(--link);text-decoration-thickness:0.08em;text-underline-offset:0.15em}
a:visited{color:var(--visited)}
a:focus-visible{outline:0.15em solid currentColor;outline-offset:0.15em}
aside{border-left:0.4em solid var(--note-edge);background:var(--note-bg);padding:0.3em 1em;margin:1em 0}
.note-emergency{border:0.45em double var(--emergency-edge);background:var(--emergency-bg)}
.note-warning{border:0.2em solid var(--warning-edge);border-left-width:0.6em;background:var(--warning-bg)}
.note-tip{border:0.15em dashed var(--tip-edge);background:var(--tip-bg)}
.note-label{margin:0.3em 0 0.2em}
figure{position:relative;margin:1em 0}
figure img{display:block;max-width:100%;height:auto;background:#ffffff}
figcaption{margin:0.3em 0 0}
.description{position:absolute;top:0;left:0;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.description.speaking~img{outline:0.2em solid var(--ring);box-shadow:0 0 0 0.5em var(--now-bg)}
.exercise{border-top:0.1em solid var(--rule);margin-top:1.5em}
.dose{font-size:1.1em}
address{font-style:normal;border:0.1em solid var(--rule);padding:0.3em 1em}
address p{margin:0.15em 0}
.contact address{margin:0.8em 0}
.listen{border-bottom:0.1em solid var(--rule);padding-bottom:0.5em}
.listen audio{display:block;width:100%;margin:0.5em 0}
.speaking{background:var(--now-bg);color:var(--now-text);border-radius:0.15em}
.speaking a{color:inherit}
table{border-collapse:collapse;width:100%;margin:1em 0}
caption{text-align:left;font-weight:700;padding:0 0 0.3em}
th,td{border:0.1em solid var(--rule);padding:0.3em 0.5em;text-align:left;vertical-align:top}
thead th{background:var(--note-bg);border-bottom-width:0.2em}
tr.speaking>*{background:var(--now-bg);color:var(--now-text)}
tr.speaking{outline:0.2em solid var(--ring);outline-offset:-0.1em}
.checklist{list-style:none;padding-left:0}
.check{display:flex;align-items:flex-start;gap:0.6em;margin:0.5em 0}
.check input{flex:none;font-size:inherit;width:1.2em;height:1.2em;margin:0.2em 0 0;accent-color:var(--link)}
.check input:focus-visible{outline:0.15em solid var(--ring);outline-offset:0.15em}
.check label{flex:1;cursor:pointer}
ul.checklist.speaking{outline:0.2em solid var(--ring);outline-offset:0.2em}
@media (max-width:40em){table,caption,thead,tbody,tr,th,td{display:block}
thead tr{display:flex;flex-wrap:wrap;gap:0.3em 0.5em;margin:0 0 0.6em}
thead th{border-width:0.1em;padding:0.1em 0.5em}
tbody tr{border:0.1em solid var(--rule);border-left-width:0.4em;margin:0 0 0.8em;padding:0.3em 0.7em}
tbody th,tbody td{border:0;padding:0.15em 0}
tbody th{font-size:1.1em}
td[data-label]::before{content:attr(data-label) ": ";content:attr(data-label) ": "/"";font-weight:700}
td:empty{display:none}}
body>footer{font-size:0.9em}
@media print{:root{--text:#000000;--bg:#ffffff;--link:#000000;--visited:#000000;--rule:#000000;--note-bg:#ffffff;--note-edge:#000000;--emergency-bg:#ffffff;--emergency-edge:#000000;--warning-bg:#ffffff;--warning-edge:#000000;--tip-bg:#ffffff;--tip-edge:#000000}
body{font-size:14pt}main,body>footer{max-width:none;padding:0}.listen{display:none}
h1,h2,h3,h4,h5,h6{break-after:avoid}aside,address,li,figure,tr{break-inside:avoid}.speaking{background:none}
thead{display:table-header-group}thead th{background:none}}
)";

constexpr std::string_view script = R"((function(){
var audio=document.getElementById("player");var data=document.getElementById("sentence-times");
if(!audio||!data)return;var times=JSON.parse(data.textContent);var now=null;
function find(t){var lo=0,hi=times.length-1,at=-1;while(lo<=hi){var mid=(lo+hi)>>1;
if(times[mid][1]<=t){at=mid;lo=mid+1;}else{hi=mid-1;}}
return at>=0&&t<times[at][2]?times[at][0]:null;}
function show(){var id=audio.paused&&audio.currentTime===0?null:find(audio.currentTime);
if(id===now)return;if(now){var old=document.getElementById(now);if(old)old.classList.remove("speaking");}
now=id;if(id){var el=document.getElementById(id);if(el){el.classList.add("speaking");
if(!audio.paused)el.scrollIntoView({block:"nearest"});}}}
["timeupdate","seeked","pause","play"].forEach(function(e){audio.addEventListener(e,show);});
document.querySelectorAll("a[data-start]").forEach(function(a){a.addEventListener("click",function(ev){
ev.preventDefault();audio.currentTime=parseFloat(a.getAttribute("data-start"));audio.play();});});
})();
(function(){
var store=null;try{store=window.localStorage;}catch(e){}
if(!store)return;
document.querySelectorAll("ul.checklist[data-handout]").forEach(function(list){
var handout=list.getAttribute("data-handout");
list.querySelectorAll("input[type=checkbox]").forEach(function(box){
var key="handout-checklist:"+handout+":"+box.id;var label=document.querySelector("label[for='"+box.id+"']");
var text=label?label.textContent:"";var saved=null;try{saved=JSON.parse(store.getItem(key));}catch(e){}
if(saved&&saved.text===text)box.checked=!!saved.checked;
box.addEventListener("change",function(){try{store.setItem(key,JSON.stringify({text:text,checked:box.checked}));}catch(e){}});});});
})();
)";

}  // namespace

std::string style_sheet(const PageFonts& fonts) {
  return font_face(fonts.regular, 400) + font_face(fonts.bold, 700) + std::string(rules);
}

std::string_view read_along_script() {
  return script;
}

}  // namespace handout::web
