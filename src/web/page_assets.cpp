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
    R"css(:root{color-scheme:light dark;--text:#1a1a1a;--bg:#ffffff;--link:#0b4fa3;--visited:#5a2d91;--rule:#5f5f5f;--note-bg:#eef3f9;--note-edge:#3d5a80;--emergency-bg:#fdecec;--emergency-edge:#a30000;--warning-bg:#fff4d6;--warning-edge:#8a5a00;--tip-bg:#eaf6ee;--tip-edge:#1d6b3a;--now-bg:#7a4f00;--now-text:#ffffff;--ring:#000000}
@media (prefers-color-scheme:dark){:root{--text:#f2f2f2;--bg:#121212;--link:#9cc4ff;--visited:#d7b8ff;--rule:#a0a0a0;--note-bg:#18212c;--note-edge:#9bb8dc;--emergency-bg:#3a1414;--emergency-edge:#ff8a80;--warning-bg:#2a2410;--warning-edge:#e0b24a;--tip-bg:#12261a;--tip-edge:#7fd19b;--now-bg:#ffe066;--now-text:#000000;--ring:#ffffff}}
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
.find label{display:block}
.find input{box-sizing:border-box;width:100%;max-width:24em;min-height:2.75rem;margin:0.2em 0;padding:0.2em 0.4em;font:inherit;color:var(--text);background:var(--bg);border:0.1em solid var(--rule);border-radius:0.3em}
.find input:focus-visible{outline:0.15em solid var(--link);outline-offset:0.1em}
.found{min-height:1.6em}
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
.unseen{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
body{padding-bottom:8rem}html{scroll-padding-bottom:8rem}
.player{position:fixed;left:0;right:0;bottom:0;z-index:2;box-sizing:border-box;background:var(--bg);border-top:0.15rem solid var(--rule);padding:0.25rem 0.5rem;display:flex;flex-wrap:wrap;align-items:center;justify-content:center;gap:0.25rem 0.75rem;font-size:1.25rem;line-height:1.2}
.player audio{flex:1 1 20rem;min-width:0;max-width:38rem;height:2.75rem}
.player .buttons{display:flex;flex-wrap:wrap;justify-content:center;gap:0.25rem}
.player .buttons[hidden]{display:none}
.player button{box-sizing:border-box;min-width:2.75rem;min-height:2.75rem;margin:0;padding:0.2rem 0.4rem;display:inline-flex;align-items:center;justify-content:center;font:inherit;color:var(--text);background:var(--bg);border:0.1rem solid var(--rule);border-radius:0.4rem;cursor:pointer}
.player button:focus-visible{outline:0.2rem solid var(--link);outline-offset:0.1rem}
.player button[aria-pressed=true]{background:var(--text);color:var(--bg);border-color:var(--text)}
.player .icon{width:1.4rem;height:1.4rem;fill:currentColor}
.player .when-playing,.player .playing .when-paused{display:none}
.player .playing .when-playing{display:inline}
.formats{margin:0.6em 0}
.parts{padding-left:1.6em}
.parts ol{padding-left:1.2em;margin:0.2em 0}
.parts li{margin:0.3em 0}
.parts a.play{display:inline-block;margin-left:0.4em;padding:0 0.4em;border:0.08em solid currentColor;border-radius:0.3em;text-decoration:none;white-space:nowrap}
.speaking{background:var(--now-bg);color:var(--now-text);border-radius:0.15em;outline:0.12em solid var(--ring);outline-offset:0.04em;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.speaking a,.speaking a:visited{color:inherit}
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
body{font-size:18pt;line-height:1.4;padding:0}main,body>footer{max-width:none;padding:0}body>footer{font-size:1em}.player,.formats,.contents,.closing span:not(.revised):not(.available),.find{display:none}
h1,h2,h3,h4,h5,h6{break-after:avoid}aside,address,li,figure,tr{break-inside:avoid}.speaking{background:none;color:inherit;outline:none}
thead{display:table-header-group}thead th{background:none}
main a[href^="http"]::after{content:" (" attr(href) ")"}}
)css";

constexpr std::string_view script = R"js((function(){
var audio=document.getElementById("player");var data=document.getElementById("sentence-times");
var bar=document.querySelector(".player");if(!audio||!data||!bar)return;
var times=JSON.parse(data.textContent);var now=null;var reduce=false;
try{reduce=window.matchMedia("(prefers-reduced-motion: reduce)").matches;}catch(e){}
var follow=!reduce;var rates=[0.75,1,1.25,1.5,1.75,2];
function start(){var p=audio.play();if(p&&p.catch)p.catch(function(){});}
function control(name){return bar.querySelector("[data-action="+name+"]");}
var play=control("play"),speed=control("speed"),keep=control("follow");
var starts=[0];document.querySelectorAll("a[data-start]").forEach(function(a){starts.push(parseFloat(a.getAttribute("data-start")));});
starts.sort(function(a,b){return a-b;});
function room(){var h=bar.offsetHeight;document.body.style.paddingBottom=h+"px";
document.documentElement.style.scrollPaddingBottom=h+"px";}
function find(t){var lo=0,hi=times.length-1,at=-1;while(lo<=hi){var mid=(lo+hi)>>1;
if(times[mid][1]<=t){at=mid;lo=mid+1;}else{hi=mid-1;}}
return at>=0&&t<times[at][2]?times[at][0]:null;}
function centre(el){if(!follow)return;var box=(el.closest("figure")||el).getBoundingClientRect();
var h=window.innerHeight-bar.offsetHeight;var mid=(box.top+box.bottom)/2;
if(mid>h*0.3&&mid<h*0.65)return;window.scrollBy({top:mid-h/2,behavior:reduce?"auto":"smooth"});}
function show(){var id=audio.paused&&audio.currentTime===0?null:find(audio.currentTime);
if(id===now)return;if(now){var old=document.getElementById(now);if(old)old.classList.remove("speaking");}
now=id;if(id){var el=document.getElementById(id);if(el){el.classList.add("speaking");
if(!audio.paused)centre(el);}}}
function state(){var label=play.querySelector(".label");
label.textContent=play.getAttribute(audio.paused?"data-play":"data-pause");
play.classList.toggle("playing",!audio.paused);
speed.querySelector(".rate").textContent=new Intl.NumberFormat(document.documentElement.lang).format(audio.playbackRate)+"\u00d7";
keep.setAttribute("aria-pressed",follow?"true":"false");}
function part(step){var t=audio.currentTime,k=0;for(var i=0;i<starts.length;i++)if(starts[i]<=t+0.05)k=i;
if(step<0&&t-starts[k]>3)step=0;var j=k+step;if(j<0||j>=starts.length)return;audio.currentTime=starts[j];}
["timeupdate","seeked","pause","play"].forEach(function(e){audio.addEventListener(e,show);});
["play","pause","ratechange"].forEach(function(e){audio.addEventListener(e,state);});
play.addEventListener("click",function(){if(audio.paused)start();else audio.pause();});
control("back").addEventListener("click",function(){audio.currentTime=Math.max(0,audio.currentTime-10);});
control("previous").addEventListener("click",function(){part(-1);});
control("next").addEventListener("click",function(){part(1);});
speed.addEventListener("click",function(){var k=rates.indexOf(audio.playbackRate);
audio.playbackRate=audio.defaultPlaybackRate=rates[(k+1)%rates.length];});
keep.addEventListener("click",function(){follow=!follow;state();if(follow&&now){var el=document.getElementById(now);if(el)centre(el);}});
document.querySelectorAll("a[data-start]").forEach(function(a){a.addEventListener("click",function(ev){
ev.preventDefault();audio.currentTime=parseFloat(a.getAttribute("data-start"));start();play.focus();});});
bar.querySelector(".buttons").hidden=false;state();room();
if(window.ResizeObserver)new ResizeObserver(room).observe(bar);else window.addEventListener("resize",room);
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
)js";

}  // namespace

std::string style_sheet(const PageFonts& fonts) {
  return font_face(fonts.regular, 400) + font_face(fonts.bold, 700) + std::string(rules);
}

std::string_view read_along_script() {
  return script;
}

}  // namespace handout::web
