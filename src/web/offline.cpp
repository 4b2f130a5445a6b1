#include "web/offline.h"

#include <nettle/sha2.h>

#include <array>
#include <cstdint>

namespace handout::web {

namespace {

// ES5 like the page's script. "handout-offline-1 " names this scheme's caches: a worker of
// another scheme deletes them when it activates; "handout-offline-1 linked" holds the pages
// the kept pages link (data-offline-keep: the index), fetched again at each visit, so it is
// the newest one seen. `wait`, 4 s, is how long a request waits for the server's first answer
// (its headers, not the whole file) before a kept copy is shown instead: a server that works
// answers within a second even over a slow mobile network (a few round trips of 0.3 s), while
// a network that only seems to be there (a weak signal, a hotel's sign-in page) holds a request
// for a minute or more, and a patient given a blank page for more than a few seconds thinks it
// broken. With no kept copy the request goes on waiting for the network.
constexpr std::string_view worker_script =
    R"js(// The handout pages' service worker: network first; when the network fails, answers 5xx or
// has not answered in 4 s, the pages and files each page asked it to keep (a Range request
// answered from the whole kept file), and the pages they link (the index) as last fetched.
"use strict";
var scheme="handout-offline-";var prefix=scheme+"1 ";var linked=prefix+"linked";var wait=4000;
self.addEventListener("install",function(){self.skipWaiting();});
self.addEventListener("activate",function(event){event.waitUntil(caches.keys().then(function(names){
return Promise.all(names.filter(function(n){return n.indexOf(scheme)===0&&n.indexOf(prefix)!==0;})
.map(function(n){return caches.delete(n);}));}).then(function(){return self.clients.claim();}));});
function ours(url){try{return new URL(url).origin===self.location.origin;}catch(e){return false;}}
function keep(data){var page=prefix+data.keep[0]+" ";var name=page+data.version;
return caches.open(name).then(function(cache){
return Promise.all(data.keep.map(function(url){return cache.match(url);})).then(function(found){
if(found.every(Boolean))return;
return cache.addAll(data.keep.map(function(url){return new Request(url,{cache:"no-cache"});}));});
}).catch(function(error){return caches.delete(name).then(function(){throw error;});})
.then(function(){return caches.keys();}).then(function(names){
return Promise.all(names.filter(function(n){return n.indexOf(page)===0&&n!==name;})
.map(function(n){return caches.delete(n);}));});}
function keepLinked(urls){return caches.open(linked).then(function(cache){
return Promise.all(urls.map(function(url){return cache.add(new Request(url,{cache:"no-cache"})).catch(function(){});}));});}
function list(urls){return Array.isArray(urls)&&urls.every(function(url){return typeof url==="string"&&ours(url);});}
self.addEventListener("message",function(event){var data=event.data;var port=event.ports&&event.ports[0];
if(!data||typeof data.version!=="string"||!/^[0-9a-f]{1,64}$/.test(data.version)||!list(data.keep)||
data.keep.length===0||(data.linked!==undefined&&!list(data.linked)))return;
event.waitUntil(keep(data).then(function(){return keepLinked(data.linked||[]);})
.then(function(){if(port)port.postMessage("ready");},
function(){if(port)port.postMessage("failed");}));});
function kept(request){var options={ignoreSearch:request.mode==="navigate"};
return caches.keys().then(function(names){return names.filter(function(n){return n.indexOf(prefix)===0;})
.reduce(function(found,name){return found.then(function(response){return response||
caches.open(name).then(function(cache){return cache.match(request.url,options);});});},Promise.resolve(undefined));});}
function ranged(response,range){var m=/^bytes=(\d*)-(\d*)$/.exec(range.trim());
return response.blob().then(function(body){var size=body.size,start=-1,end=size-1;
if(m&&m[1]!==""){start=Number(m[1]);if(m[2]!=="")end=Math.min(Number(m[2]),size-1);}
else if(m&&m[2]!=="")start=Math.max(0,size-Number(m[2]));
if(start<0||start>end)return new Response(null,{status:416,statusText:"Range Not Satisfiable",
headers:{"Content-Range":"bytes */"+size}});
var headers=new Headers({"Content-Range":"bytes "+start+"-"+end+"/"+size,
"Content-Length":String(end-start+1),"Accept-Ranges":"bytes"});
var type=response.headers.get("Content-Type");if(type)headers.set("Content-Type",type);
return new Response(body.slice(start,end+1),{status:206,statusText:"Partial Content",headers:headers});});}
function copy(request){return kept(request).then(function(response){if(!response)return response;
var range=request.headers.get("Range");return range&&response.status===200?ranged(response,range):response;});}
function answer(request){return new Promise(function(resolve,reject){
var timer=setTimeout(function(){copy(request).then(function(response){if(response)resolve(response);});},wait);
fetch(request).then(function(response){clearTimeout(timer);
return response.status<500?response:copy(request).then(function(kept){return kept||response;});},
function(error){clearTimeout(timer);return copy(request).then(function(kept){if(!kept)throw error;return kept;});})
.then(resolve,reject);});}
self.addEventListener("fetch",function(event){var request=event.request;
if(request.method!=="GET"||!ours(request.url))return;
event.respondWith(answer(request));});
)js";

}  // namespace

std::string_view offline_worker() {
  return worker_script;
}

std::string offline_registration() {
  return R"js((function(){
var data=document.getElementById("sentence-times");var audio=document.getElementById("player");
var version=data&&data.getAttribute("data-offline-version");
if(!version||!audio||!/^https?:$/.test(location.protocol)||!("serviceWorker" in navigator))return;
function bare(url){var u=new URL(url,location.href);u.hash="";return u.href;}
var keep=[];[location.href,audio.currentSrc||audio.src].concat([].map.call(document.querySelectorAll("img[src]"),
function(img){return img.src;})).forEach(function(url){url=bare(url);if(keep.indexOf(url)<0)keep.push(url);});
var linked=[].map.call(document.querySelectorAll("a[)js" +
         std::string(offline_keep_attribute) + R"js(]"),function(a){return bare(a.href);});
navigator.serviceWorker.register(")js" +
         std::string(offline_worker_name) +
         R"js(").then(function(){return navigator.serviceWorker.ready;})
.then(function(registration){var channel=new MessageChannel();
channel.port1.onmessage=function(event){document.documentElement.setAttribute("data-offline",String(event.data));};
registration.active.postMessage({version:version,keep:keep,linked:linked},[channel.port2]);}).catch(function(){});
})();
)js";
}

OfflineDigest::OfflineDigest() : context_(std::make_unique<sha256_ctx>()) {
  sha256_init(context_.get());
}

OfflineDigest::~OfflineDigest() = default;

void OfflineDigest::add_piece(std::string_view piece) {
  sha256_update(context_.get(), piece.size(), reinterpret_cast<const std::uint8_t*>(piece.data()));
  part_size_ += piece.size();
}

// The part's length after it, so that pieces can be added before it is known.
void OfflineDigest::end_part() {
  const std::string length = ':' + std::to_string(part_size_) + ';';
  sha256_update(context_.get(), length.size(),
                reinterpret_cast<const std::uint8_t*>(length.data()));
  part_size_ = 0;
}

void OfflineDigest::add(std::string_view part) {
  add_piece(part);
  end_part();
}

std::string OfflineDigest::hex() {
  std::array<std::uint8_t, SHA256_DIGEST_SIZE> digest{};
  sha256_digest(context_.get(), digest.size(), digest.data());
  constexpr std::string_view digits = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < 16; ++i) {
    out += digits[digest[i] >> 4];
    out += digits[digest[i] & 15];
  }
  return out;
}

std::string offline_version(std::span<const std::string_view> parts) {
  OfflineDigest digest;
  for (const std::string_view part : parts) digest.add(part);
  return digest.hex();
}

}  // namespace handout::web
