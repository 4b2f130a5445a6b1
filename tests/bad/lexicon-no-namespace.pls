<?xml version="1.0" encoding="UTF-8"?>
<!-- The lexicon is not in the PLS namespace. -->
<lexicon version="1.0" alphabet="ipa" xml:lang="en-US">
  <lexeme>
    <grapheme>PT</grapheme>
    <alias>physical therapist</alias>
  </lexeme>
</lexicon>
