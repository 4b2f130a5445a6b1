// Reference readability figures for texts that `handout` measured, from independent
// implementations: English syllables by the `syllable` package (rules and exceptions), Spanish
// syllables by `silabea` (the rules of Spanish syllabification), the grades by the
// `flesch-kincaid` and `smog-formula` packages, and the Spanish ease scores by the published
// formulas (no npm package has them): Fernández-Huerta (1959) and Flesch-Szigriszt (1993).
//
// Reads from the file named first on its command line (stdin without one) {"lang": "en" | "es", "sentences": [["word", …], …]}, the words as handout
// counted them (a number written out in words), and writes the figures as JSON on stdout.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { syllable } from 'syllable';
import { fleschKincaid } from 'flesch-kincaid';
import { smogFormula } from 'smog-formula';

const require = createRequire(import.meta.url);
const silabea = require('silabea');

function spanishSyllables(text) {
  let count = 0;
  for (const word of text.toLowerCase().split(/[^a-záéíóúüñ]+/u).filter(Boolean))
    count += silabea.getSilabas(word).numeroSilaba;
  return count;
}

const input = JSON.parse(readFileSync(process.argv[2] ?? 0, 'utf8'));
const count = input.lang === 'es' ? spanishSyllables : (text) => syllable(text);
let words = 0;
let syllables = 0;
let polysillabicWord = 0;
for (const sentence of input.sentences)
  for (const word of sentence) {
    const n = Math.max(1, count(word));
    words += 1;
    syllables += n;
    if (n >= 3) polysillabicWord += 1;
  }
const sentence = input.sentences.length;
const out = { sentences: sentence, words, syllables, polysyllables: polysillabicWord };
if (input.lang === 'es') {
  out.fernandez_huerta = 206.84 - 0.6 * (100 * syllables / words) - 1.02 * (100 * sentence / words);
  out.szigriszt = 206.835 - 62.3 * (syllables / words) - words / sentence;
} else {
  out.flesch_kincaid = fleschKincaid({ sentence, word: words, syllable: syllables });
  out.smog = smogFormula({ sentence, polysillabicWord });
}
process.stdout.write(JSON.stringify(out) + '\n');
