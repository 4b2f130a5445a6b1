#pragma once
// The Content-Security-Policy a page carries: it may load nothing but its own inline style and
// script (named by their SHA-256, so nothing injected could run), its fonts (data: URIs) and
// the pictures and recording beside it, and, for a page that registers it, the offline worker
// beside it (web/offline.h). A defence in depth: every text is escaped already.
#include <string>
#include <string_view>

namespace handout::web {

// The policy for a page whose <style> holds `style` and whose one <script> holds `script`
// (exactly the text between the tags; empty when the page has no script); `worker`: the page
// registers a service worker from its own origin (worker-src 'self').
std::string content_security_policy(std::string_view style, std::string_view script,
                                    bool worker = false);

// "'sha256-<base64>'", as a policy names an inline style or script.
std::string source_hash(std::string_view text);

}  // namespace handout::web
