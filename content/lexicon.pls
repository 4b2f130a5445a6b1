<?xml version="1.0" encoding="UTF-8"?>
<!-- Pronunciation lexicon for the audio version of the handouts (W3C PLS 1.0,
     aliases only). Each <alias> replaces the whole word(s) in <grapheme>,
     matched case-sensitively, when eSpeak NG speaks a handout. The printed
     PDF is not changed. See docs/content-format.md. -->
<lexicon version="1.0"
         xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://www.w3.org/2005/01/pronunciation-lexicon ../docs/schema/lexicon.xsd"
         alphabet="ipa" xml:lang="en-US">

  <!-- Professional titles: say them in full. -->
  <lexeme>
    <grapheme>PT</grapheme>
    <alias>physical therapist</alias>
  </lexeme>
  <lexeme>
    <grapheme>PT’s</grapheme>
    <grapheme>PT's</grapheme>
    <grapheme>PTs</grapheme>
    <alias>physical therapists</alias>
  </lexeme>
  <lexeme>
    <grapheme>DPT</grapheme>
    <alias>Doctor of Physical Therapy</alias>
  </lexeme>

  <!-- Dry needling terms. The handout spells each one out right beside the
       abbreviation, so the audio reads the letters one by one (eSpeak NG
       would otherwise say "IMS" and "IMT" as words). -->
  <lexeme>
    <grapheme>TDN</grapheme>
    <alias>T D N</alias>
  </lexeme>
  <lexeme>
    <grapheme>FDN</grapheme>
    <alias>F D N</alias>
  </lexeme>
  <lexeme>
    <grapheme>IMS</grapheme>
    <alias>I M S</alias>
  </lexeme>
  <lexeme>
    <grapheme>IMT</grapheme>
    <alias>I M T</alias>
  </lexeme>
  <lexeme>
    <grapheme>LTR</grapheme>
    <alias>L T R</alias>
  </lexeme>
</lexicon>
