<?xml version="1.0" encoding="UTF-8"?>
<!-- A <lexeme> has no <alias>. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="ipa" xml:lang="en-US">
  <lexeme>
    <grapheme>PT</grapheme>
  </lexeme>
</lexicon>
