#include "lang/es/morphology.h"

#include <hunspell/hunspell.hxx>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "model/doc.h"

namespace dyad::es {

namespace {

bool EndsWith(std::string_view s, std::string_view suffix) { return s.ends_with(suffix); }

// Punctuation classes as the English tagger names them (model/tag.h).
Tag PunctTag(std::string_view s, uint16_t flags) {
  if (flags & kOpenQuote) return Tag::PPL;
  if (flags & kCloseQuote) return Tag::PPR;
  if (s == "." || s == "!" || s == "?") return Tag::PP;
  if (s == ",") return Tag::PPC;
  if (s == "(" || s == "[") return Tag::LRB;
  if (s == ")" || s == "]") return Tag::RRB;
  if (s == "\xE2\x80\x9C" || s == "\xC2\xAB") return Tag::PPL;  // “ «
  if (s == "\xE2\x80\x9D" || s == "\xC2\xBB") return Tag::PPR;  // ” »
  return Tag::PPS;
}

bool IsFiniteTag(Tag t) { return t == Tag::VBD || t == Tag::VBZ || t == Tag::VBP || t == Tag::MD; }

}  // namespace

FormTense TenseOfForm(std::string_view w) {
  // Conditional and future first: "atacaría" also ends like the imperfect.
  if (EndsWith(w, "ría") || EndsWith(w, "rían") || EndsWith(w, "ria") || EndsWith(w, "rian"))
    return FormTense::kConditional;
  if (EndsWith(w, "rá") || EndsWith(w, "rán")) return FormTense::kFuture;
  for (std::string_view s : {"ó", "aron", "ieron", "yeron", "jeron", "aba", "aban", "ía", "ían", "uvo", "ijo", "izo",
                             "ino", "iso", "ueron", "uso", "upo", "ió"})
    if (EndsWith(w, s)) return FormTense::kPast;
  return FormTense::kPresent;
}

FormTense TenseOfFirstPlural(std::string_view w, std::string_view lemma) {
  if (lemma.size() < 2 || !lemma.ends_with('r')) return FormTense::kPresent;
  auto built_on_infinitive = [&](std::string_view ending) {
    return w.size() == lemma.size() + ending.size() && w.starts_with(lemma) && w.ends_with(ending);
  };
  if (built_on_infinitive("emos")) return FormTense::kFuture;
  if (built_on_infinitive("íamos") || built_on_infinitive("iamos")) return FormTense::kConditional;
  const char vowel = lemma[lemma.size() - 2];
  // The imperfect ("rompíamos"), the imperfect subjunctive ("rompiéramos",
  // "declarásemos") and "vamos" (ir, indicative) also end so.
  for (std::string_view s : {"íamos", "iamos", "éramos", "áramos", "ésemos", "ásemos"})
    if (EndsWith(w, s)) return FormTense::kPresent;
  if (w == "vamos") return FormTense::kPresent;
  if ((vowel == 'a' && EndsWith(w, "emos")) || ((vowel == 'e' || vowel == 'i') && EndsWith(w, "amos")))
    return FormTense::kExhortative;
  return FormTense::kPresent;
}

Tagger::~Tagger() = default;

std::shared_ptr<Tagger> Tagger::Load(const std::string& dir, const std::string& closed_file, std::string* error) {
  std::string aff = dir + "/es_ES.aff", dic = dir + "/es_ES.dic";
  if (!std::ifstream(aff) || !std::ifstream(dic)) {
    *error = "cannot read " + dic + " (install Debian's hunspell-es: scripts/install-deps.sh)";
    return nullptr;
  }
  std::shared_ptr<Tagger> t(new Tagger());
  t->hunspell_ = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
  std::ifstream in(closed_file);
  if (!in) {
    *error = "cannot read " + closed_file + " (the Spanish closed-class words)";
    return nullptr;
  }
  std::string line;
  int lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty() || line[0] == '#') continue;
    std::istringstream ss(line);
    std::string word, tag, lemma;
    std::getline(ss, word, '\t');
    std::getline(ss, tag, '\t');
    std::getline(ss, lemma, '\t');
    Tag tg = TagFromName(tag);
    if (word.empty() || tg == Tag::kNone) {
      *error = closed_file + ":" + std::to_string(lineno) + ": expected WORD<TAB>TAG[<TAB>LEMMA] with a tag of model/tag.h";
      return nullptr;
    }
    if (const size_t space = word.find(' '); space != std::string::npos) {
      std::string first = word.substr(0, space), second = word.substr(space + 1);
      if (first.empty() || second.empty() || second.find(' ') != std::string::npos) {
        *error = closed_file + ":" + std::to_string(lineno) + ": a phrase entry has exactly two words (\"de nuevo\")";
        return nullptr;
      }
      if (std::find(t->phrase_firsts_.begin(), t->phrase_firsts_.end(), first) == t->phrase_firsts_.end())
        t->phrase_firsts_.push_back(first);
      t->phrases_.push_back({std::move(first), std::move(second), tg});
      continue;
    }
    t->closed_[word] = Closed{tg, lemma.empty() ? word : lemma};
  }
  return t;
}

const Readings& Tagger::Analyze(std::string_view lower) const {
  {
    std::shared_lock<std::shared_mutex> read(memo_mu_);
    if (auto it = memo_.find(lower); it != memo_.end()) return it->second;
  }
  std::string key(lower);
  Readings r;
  {
    std::lock_guard<std::mutex> hunspell_lock(hunspell_mu_);
    r = AnalyzeNew(key);
  }
  // Another thread may have added the same word meanwhile; the analysis
  // is deterministic, so its entry equals ours and is kept.
  std::unique_lock<std::shared_mutex> write(memo_mu_);
  return memo_.emplace(std::move(key), std::move(r)).first->second;
}

Readings Tagger::AnalyzeNew(const std::string& key) const {
  Readings r = AnalyzeLocked(key);
  // Wire copy and headlines often drop accents ("poblacion", "INDIGENAS"):
  // a word Hunspell does not know is read as the same word with one vowel
  // accented, if Hunspell knows that ("población"), trying the last vowels
  // first (where Spanish accents mostly fall). A handful of lookups per
  // distinct unknown word; Hunspell's own suggest() found the same words
  // at 2-40 ms each (a Spanish suite took 28 s instead of 0.4 s).
  if (!r.noun && !r.finite && !r.participle && !r.infinitive && !r.gerund && key.size() >= 4 &&
      key.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos) {
    static constexpr std::pair<char, const char*> kAcute[] = {
        {'a', "\xC3\xA1"}, {'e', "\xC3\xA9"}, {'i', "\xC3\xAD"}, {'o', "\xC3\xB3"}, {'u', "\xC3\xBA"}};
    bool found = false;
    for (size_t i = key.size(); i-- > 0 && !found;) {
      for (const auto& [vowel, accented] : kAcute) {
        if (key[i] != vowel) continue;
        std::string variant = key.substr(0, i) + accented + key.substr(i + 1);
        Readings v = AnalyzeLocked(variant);
        if (v.noun || v.finite || v.participle || v.infinitive || v.gerund) r = v, found = true;
      }
    }
  }
  return r;
}

Readings Tagger::AnalyzeLocked(const std::string& key) const {
  // An infinitive or gerund with its pronouns written onto it
  // ("exigiéndole", "pidiéndoles", "reunirse", "dispararles"). Hunspell
  // gives such forms affix classes outside the verb conjugations (or reads
  // "reunirse" as a finite form, "dándole" not at all), so they came out as
  // nouns and their clause was lost. The form is split here instead: a
  // pronoun at the end and, before it, without the accent the pronoun adds,
  // a word Hunspell knows as an infinitive or gerund. Nouns of that shape
  // ("Carlos", "charla") have no such verb before their ending.
  for (std::string_view clitic : kEnclitics) {
    if (key.size() < clitic.size() + 4 || !EndsWith(key, clitic)) continue;
    std::string base = WithoutAcute(std::string_view(key).substr(0, key.size() - clitic.size()));
    if (!InfinitiveOrGerundShape(base)) continue;
    Readings v;
    // Irregular forms Hunspell lists as bare words ("dar", "dando") are in
    // the closed-class list with their lemma.
    if (auto it = closed_.find(base); it != closed_.end()) {
      v.infinitive = it->second.tag == Tag::VB;
      v.gerund = it->second.tag == Tag::VBG;
      v.verb_lemma = it->second.lemma;
    } else {
      v = AnalyzeLocked(base);  // ends in -r or -ndo: no pronoun to split again
    }
    if (!v.infinitive && !v.gerund) continue;
    Readings r;
    r.infinitive = v.infinitive;
    r.gerund = v.gerund;
    r.verb_lemma = v.verb_lemma;
    r.enclitic = true;
    return r;
  }
  Readings r;
  bool only_present_s = true, any_finite = false;
  for (const std::string& a : hunspell_->analyze(key)) {
    std::string stem;
    std::string flags;
    bool prefix = false;
    std::istringstream ss(a);
    std::string field;
    while (ss >> field) {
      if (field.starts_with("st:")) stem = field.substr(3);
      else if (field.starts_with("fl:")) {
        char f = field.size() > 3 ? field[3] : 0;
        // Lower-case flags are prefixes ("pro-testa"): not a reading news uses.
        if (f >= 'a' && f <= 'z') prefix = true;
        flags += f;
      }
    }
    if (prefix || stem.empty()) continue;
    bool verb = flags.find_first_of("REIX") != std::string::npos;
    if (flags.find('D') != std::string::npos) {
      r.participle = true;
      r.verb_lemma = stem;
    } else if (verb) {
      if (EndsWith(key, "ando") || EndsWith(key, "iendo") || EndsWith(key, "yendo")) {
        r.gerund = true;
      } else {
        r.finite = any_finite = true;
        // Present-tense forms in -s are second person ("protestas",
        // "sanciones" as 'you sanction'), and in -o first person ("apoyo",
        // "paro"): news narrates in the third person, so such a form is
        // read as the noun it also is.
        bool present = flags.find_first_of("EI") != std::string::npos && flags.find('X') == std::string::npos;
        only_present_s &= present && (EndsWith(key, "s") || EndsWith(key, "o"));
      }
      r.verb_lemma = stem;
    } else {
      r.noun = true;
      r.plural |= flags.find('S') != std::string::npos;
      r.feminine |= flags.find('G') != std::string::npos && stem != key;
      if (r.noun_lemma.empty() || stem == key) r.noun_lemma = stem;
    }
  }
  r.second_person = any_finite && only_present_s;
  // A first-person present in -o that Hunspell knows as no noun ("viajo",
  // "dejo", "apoyo") is, in news told in the third person, either the noun
  // the form also is ("más apoyo a", "el retiro") or the preterite whose
  // accent the wire or a headline in capitals dropped ("PRESIDENTE
  // PARAGUAYO VIAJO A ESPAÑA" = viajó). Both readings are kept, as for
  // "condena" or "marcha", and Run()'s context rules choose: a verb only
  // after a noun phrase in a clause with no verb yet.
  if (r.second_person && !r.noun && EndsWith(key, "o")) {
    Readings past = AnalyzeLocked(key.substr(0, key.size() - 1) + "\xC3\xB3");
    if (past.finite && !past.second_person && !past.noun) {
      past.unaccented_past = true;
      past.noun = true;
      past.noun_lemma = key;
      return past;
    }
  }
  // Hunspell may read such a form only as a verb ("protestas": its noun
  // reading comes out as the prefix "pro-" + "testas"); the form is then
  // the plural of a noun equal to the verb's third person ("protesta").
  if (r.second_person && !r.noun) {
    r.noun = true;
    r.plural = EndsWith(key, "s");
    r.noun_lemma = r.plural ? key.substr(0, key.size() - 1) : key;
  }
  // Hunspell lists an infinitive as a bare stem, like a noun; it is a verb
  // if its third-person preterite exists with it as stem ("atacar":
  // "atacó"; "temer": "temió").
  if (r.noun && r.noun_lemma == key && key.size() > 3 &&
      (EndsWith(key, "ar") || EndsWith(key, "er") || EndsWith(key, "ir"))) {
    std::string past = key.substr(0, key.size() - 2) + (EndsWith(key, "ar") ? "ó" : "ió");
    for (const std::string& s : hunspell_->stem(past))
      if (s == key) r.infinitive = true, r.verb_lemma = key;
    // Stem-changing -ir verbs raise the stem's last e or o in that form
    // ("pedir": "pidió", "seguir": "siguió", "morir": "murió"), so
    // "pedir", "impedir", "conseguir", "elegir" were read as nouns.
    if (!r.infinitive && EndsWith(key, "ir")) {
      std::string raised = key.substr(0, key.size() - 2);
      size_t v = raised.find_last_of("eo");
      if (v != std::string::npos) {
        raised[v] = raised[v] == 'e' ? 'i' : 'u';
        for (const std::string& s : hunspell_->stem(raised + "ió"))
          if (s == key) r.infinitive = true, r.verb_lemma = key;
      }
    }
  }
  return r;
}

namespace {

// A singular feminine determiner: the article "la" or "una" and the
// demonstratives and "otra", which open a feminine noun phrase.
bool FeminineArticle(std::string_view w) {
  return w == "la" || w == "una" || w == "esta" || w == "esa" || w == "aquella" || w == "otra";
}

// A word that opens a verb's object: an article, a personal "a"/"al" or an
// object pronoun ("violenta los derechos", "violenta a los presos").
bool OpensObject(std::string_view w) {
  return w == "el" || w == "la" || w == "los" || w == "las" || w == "un" || w == "una" || w == "unos" ||
         w == "unas" || w == "a" || w == "al" || w == "lo" || w == "le" || w == "les" || w == "su" || w == "sus";
}

// Stop 35 (h-es14): whether token `i`, right after a comma, stands where a
// subject's verb stands after an apposition closed by that comma: "Ana
// Ruiz , personera municipal , denuncio que ...", the register's
// unaccented "denunció". Asked only of a form in -o that may be such an
// unaccented preterite (Readings::unaccented_past), which Run() reads as a
// verb only right after a noun phrase: after the comma it was the noun, the
// subject of the next verb, and the saying and the act it reports were
// lost ("recibiendo amenazas" had no receiver). What qualifies: before the
// comma a noun phrase that a first comma opens (the apposition, a noun or
// adjective in it), before that the subject's own words (other appositions
// between commas allowed: "El presidente del sindicato , Anthoc , seccional
// Ocaña , denuncio ..."), no finite verb and
// no "que" in the sentence before (a clause with its verb already has its
// predicate: "asesinaron a un maestro , dirigente , apoyo ..."), and after
// the word what opens a predicate: "que", an object's first word ("la",
// "a", "su" ...) or a bare plural noun ("denuncio amenazas de muerte").
bool PredicateAfterApposition(const Doc& doc, const Sentence& s, uint32_t i) {
  if (i + 1 >= s.tokens.end || i < s.tokens.begin + 4) return false;
  const Token& next = doc.tokens[i + 1];
  if (next.has(kPunct) || next.has(kCapitalized)) return false;
  if (next.lower != "que" && !OpensObject(next.lower) && !(next.lower.size() > 3 && next.lower.back() == 's'))
    return false;
  // The apposition: back from the closing comma (i - 1) to the opening one.
  uint32_t open = kNone32;
  bool noun_inside = false;
  for (uint32_t k = i - 1; k-- > s.tokens.begin;) {
    const Token& w = doc.tokens[k];
    if (w.tag == Tag::PPC) {
      open = k;
      break;
    }
    if (w.has(kPunct) || IsFiniteTag(w.tag) || w.lower == "que") return false;
    noun_inside |= IsNoun(w.tag) || IsAdjective(w.tag);
  }
  if (open == kNone32 || !noun_inside || open == s.tokens.begin || open + 1 == i - 1) return false;
  // The subject before it: words with a noun, no verb, no "que".
  bool subject_noun = false;
  for (uint32_t k = s.tokens.begin; k < open; ++k) {
    const Token& w = doc.tokens[k];
    if (IsFiniteTag(w.tag) || w.lower == "que" ||
        (w.has(kPunct) && w.tag != Tag::PPC && !w.has(kOpenQuote) && !w.has(kCloseQuote)))
      return false;
    subject_noun |= IsNoun(w.tag);
  }
  return subject_noun;
}

}  // namespace

void Tagger::Run(Doc& doc) const {
  for (const Sentence& s : doc.sentences) {
    bool finite_seen = false;  // a finite verb since the last clause boundary
    // The clause since the last boundary was opened by a relative "que"
    // (after a noun or an article: "el grupo que atacó el cuartel", "lo
    // que"): its verb is the relative's, and the main clause's may follow.
    bool relative_open = false;
    for (uint32_t i = s.tokens.begin; i < s.tokens.end; ++i) {
      Token& t = doc.tokens[i];
      std::string_view lemma = t.lower;
      // The word before, over opening quotes ("el «ataque»" is a noun).
      uint32_t pi = i;
      while (pi > s.tokens.begin && doc.tokens[pi - 1].has(kOpenQuote)) --pi;
      const Tag prev = pi > s.tokens.begin ? doc.tokens[pi - 1].tag : Tag::kNone;
      const std::string_view prev_lower = pi > s.tokens.begin ? doc.tokens[pi - 1].lower : std::string_view();
      if (t.has(kPunct)) {
        t.tag = PunctTag(doc.text(t.span), t.flags);
        if (t.tag == Tag::PPC || t.tag == Tag::PP) finite_seen = relative_open = false;
      } else if (t.has(kNumber)) {
        t.tag = Tag::CD;
      } else if (t.lower.size() > 7 && EndsWith(t.lower, "mente")) {
        t.tag = Tag::RB;  // "finalmente", "posteriormente": adverbs by their suffix
      } else if (auto it = closed_.find(t.lower); it != closed_.end()) {
        t.tag = it->second.tag;
        lemma = it->second.lemma;
        // "lo condenó", "la atacaron": an object clitic, not an article,
        // when the next word can only be a conjugated verb.
        // Not right after a finite verb (clitics precede it) or an
        // infinitive (they are written onto it: "rechazarla", so "tras
        // rechazar la reforma" has an article), nor opening a sentence,
        // where news has an article ("La visa ...").
        if (t.tag == Tag::DET && (t.lower == "lo" || t.lower == "la" || t.lower == "los" || t.lower == "las") &&
            i > s.tokens.begin && i + 1 < s.tokens.end && !doc.tokens[i + 1].has(kPunct) && !IsFiniteTag(prev) &&
            prev != Tag::VB &&
            (prev != Tag::IN || prev_lower == "que" || prev_lower == "si")) {  // nor after a preposition: "de la protesta"
          const Readings& next = Analyze(doc.tokens[i + 1].lower);
          if (next.finite && !next.noun && !next.participle) t.tag = Tag::PRP;
        }
        if (t.tag == Tag::CC || t.lower == "que") finite_seen = false;
        if (t.tag == Tag::CC || t.lower == "que") relative_open = t.lower == "que" && (IsNoun(prev) || prev == Tag::DET);
      } else if (t.has(kCapitalized) && !t.has(kAllCaps) && !s.headline && i != s.tokens.begin && !t.has(kSentenceStart) &&
                 !doc.tokens[i - 1].has(kOpenQuote)) {
        t.tag = Tag::NNP;  // a capital inside a sentence: a name
      } else {
        const Readings& r = Analyze(t.lower);
        // A preposition, not a subordinator ("que", "si", "según" ... are
        // tagged IN too and may precede a verb: "según informó").
        const bool after_prep = prev == Tag::IN && prev_lower != "que" && prev_lower != "si" &&
                                prev_lower != "porque" && prev_lower != "aunque" && prev_lower != "mientras" &&
                                prev_lower != "como" && prev_lower != "pues" && prev_lower != "según" &&
                                prev_lower != "segun";
        const bool after_det = prev == Tag::DET || prev == Tag::PDT || prev == Tag::PRPS || prev == Tag::CD || after_prep;
        const bool verb_context = prev == Tag::PRP || prev_lower == "no" || prev_lower == "que" ||
                                  prev_lower == "ya" || prev_lower == "también" || prev_lower == "se";
        const bool noun_ok = r.noun || r.participle;
        bool finite = false;
        if (r.gerund) {
          t.tag = Tag::VBG;
        } else if (r.finite && noun_ok) {
          // Noun or verb ("militares", "condena", "marcha"): after an
          // article, preposition or number it is a noun; after a clitic,
          // "no", "que" or "se" a verb; after a noun phrase a verb if the
          // clause has none yet. At the start of a sentence, a noun: a
          // Spanish sentence rarely opens with its verb.
          if (r.second_person || after_det || i == s.tokens.begin) finite = false;
          else if (verb_context) finite = true;
          // "la manifestación violenta", "una marcha pacífica": the
          // feminine of an adjective right after a singular noun that a
          // feminine article opens agrees with it; Hunspell also reads it as
          // the verb ("violentar"), which split the phrase into a clause
          // and lost the noun's qualifier. The verb keeps its reading when
          // an object follows ("la policía violenta los derechos").
          else if (r.feminine && EndsWith(t.lower, "a") && (prev == Tag::NN) && pi >= s.tokens.begin + 2 &&
                   FeminineArticle(doc.tokens[pi - 2].lower) &&
                   (i + 1 >= s.tokens.end || !OpensObject(doc.tokens[i + 1].lower)))
            finite = false;
          // A participle right after a noun is its adjective and ends the
          // noun phrase too ("ESTADOS UNIDOS AMENAZA", "los militares
          // detenidos protestan").
          else finite = (!finite_seen && (IsNoun(prev) || prev == Tag::PRP ||
                                          (prev == Tag::VBN && pi >= s.tokens.begin + 2 && IsNoun(doc.tokens[pi - 2].tag)))) ||
                        (r.unaccented_past && prev == Tag::PPC && PredicateAfterApposition(doc, s, i));
          if (finite) t.tag = r.unaccented_past || TenseOfForm(t.lower) == FormTense::kPast ? Tag::VBD : Tag::VBZ;
          else if (r.participle && !after_det) t.tag = Tag::VBN;
          else t.tag = r.plural ? Tag::NNS : Tag::NN;
        } else if (r.finite && (after_det || (IsFiniteTag(prev) && TenseOfForm(t.lower) == FormTense::kPresent))) {
          // A conjugated verb never follows an article or a preposition: a
          // noun Hunspell knows only as a verb form ("la visa", from
          // "visar"). Right after another verb a present form is such a
          // noun too ("enfrenta protesta"); a past form is a verb ending
          // a relative clause ("los rebeldes que la atacaron huyeron").
          t.tag = EndsWith(t.lower, "s") ? Tag::NNS : Tag::NN;
        } else if (r.finite && finite_seen && !relative_open && (prev == Tag::NN || prev == Tag::NNS) &&
                   TenseOfForm(t.lower) == FormTense::kPresent &&
                   (i + 1 >= s.tokens.end || !OpensObject(doc.tokens[i + 1].lower))) {
          // "murieron en un atentado suicida": an adjective or noun that
          // Hunspell knows only as a verb form ("suicida", from
          // "suicidarse") right after a common noun, in a clause that has
          // its verb already (not a relative's, after which the main
          // verb may come: "el grupo que atacó el cuartel controla ..."),
          // qualifies the noun: a present form there with no object after
          // it is no second verb. It was read as a verb, which opened a
          // clause and cut the noun phrase ("atentado | suicida").
          t.tag = EndsWith(t.lower, "s") ? Tag::NNS : Tag::NN;
        } else if (r.finite) {
          finite = true;
          t.tag = r.unaccented_past || TenseOfForm(t.lower) == FormTense::kPast ? Tag::VBD : Tag::VBZ;
        } else if (r.participle) {
          // "los detenidos": a participle after an article is a noun.
          t.tag = after_det && prev != Tag::IN ? (r.plural || EndsWith(t.lower, "s") ? Tag::NNS : Tag::NN) : Tag::VBN;
        } else if (r.infinitive) {
          // "militar" (noun, adjective, verb): a verb after a verb,
          // a modal or a preposition that takes an infinitive.
          bool verb = !r.noun || IsVerb(prev) || prev == Tag::MD || prev_lower == "para" || prev_lower == "a" ||
                      prev_lower == "al" || prev_lower == "de" || prev_lower == "sin" || prev_lower == "tras";
          t.tag = verb ? Tag::VB : Tag::NN;
        } else if (r.noun) {
          t.tag = r.plural ? Tag::NNS : Tag::NN;
        } else {
          t.tag = t.has(kCapitalized) ? Tag::NNP : Tag::NN;  // unknown to Hunspell
        }
        if (IsVerb(t.tag) && !r.verb_lemma.empty()) lemma = doc.arena.Copy(r.verb_lemma);
        else if (IsNoun(t.tag) && !r.noun_lemma.empty() && t.tag != Tag::NNP) lemma = doc.arena.Copy(r.noun_lemma);
        // "fue muerta por hombres armados", "fueron muertos a tiros": after
        // "ser", "muerto" is the irregular participle of "matar" in a
        // passive, which Hunspell lists only as the adjective or noun
        // ("dos muertos", "está muerto" stay so). "Resultar" is the same
        // news passive ("resultaron muertos en un ataque": were killed;
        // es/clauses.cc reads "resultar" + participle so).
        if (pi > s.tokens.begin && (doc.tokens[pi - 1].lemma == "ser" || doc.tokens[pi - 1].lemma == "resultar") &&
            (t.lower == "muerto" || t.lower == "muerta" || t.lower == "muertos" || t.lower == "muertas")) {
          t.tag = Tag::VBN;
          lemma = "matar";
        }
        finite_seen |= finite || IsFiniteTag(t.tag);
      }
      // The closed list's two-word phrases right after a verb ("amenazó de
      // inmediato con una huelga", "atacaron de nuevo el cuartel"): both
      // words take the phrase's tag (es.closed.txt says why). Only right
      // after a verb: "el gobierno de nuevo cuño" keeps its preposition.
      // The previous word against the phrases' first words comes first:
      // one compare for most tokens.
      if (!phrases_.empty() && pi >= s.tokens.begin + 2 && !t.has(kPunct) &&
          std::find(phrase_firsts_.begin(), phrase_firsts_.end(), prev_lower) != phrase_firsts_.end() &&
          IsVerb(doc.tokens[pi - 2].tag)) {
        for (const ClosedPhrase& ph : phrases_) {
          if (ph.first != prev_lower || ph.second != t.lower) continue;
          t.tag = ph.tag;
          doc.tokens[pi - 1].tag = ph.tag;
          break;
        }
      }
      // Stop 35 (h-es14): "entre sí" ("dos hermanas entre sí", "se
      // enfrentaron entre sí"; the register writes it "entre si") says the
      // people are each other's: an adverb with the preposition, as
      // "mutuamente" is. Read as "entre" + the conditional "si", it cut the
      // subject off its verb ("Tres hermanas entre si fueron secuestradas":
      // the sisters were lost as the victims). Not when a verb follows,
      // where "si" is "if" ("dudaban entre si ir o quedarse"). The first
      // letter is checked first.
      if (t.lower.size() >= 2 && t.lower[0] == 's' && prev_lower == "entre" && (t.lower == "si" || t.lower == "sí")) {
        const bool verb_next = i + 1 < s.tokens.end && !doc.tokens[i + 1].has(kPunct) &&
                               [&] {
                                 const Readings& n = Analyze(doc.tokens[i + 1].lower);
                                 return n.finite || n.infinitive || n.gerund;
                               }();
        if (!verb_next) {
          t.tag = Tag::RB;
          doc.tokens[pi - 1].tag = Tag::RB;
        }
      }
      t.lemma = lemma;
      t.lemma_hash = TokenHash(lemma);
    }
  }
}

}  // namespace dyad::es
