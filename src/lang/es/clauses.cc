#include "lang/es/clauses.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "analysis/clauses.h"  // IsNonFinite
#include "lang/es/conjunctions.h"
#include "lang/es/morphology.h"
#include "model/clause_spares.h"
#include "model/doc.h"

namespace dyad::es {

namespace {

struct Words {
  uint64_t no, se, lo, la, los, las, le, les, me, te, nos, haber, tener, ser, estar, resultar, ir, poder, deber, a, que, quien, quienes,
      si, segun, segun2, comma, colon, de, del, y, e, por, el, question, open_question, con, en, para, open_paren,
      close_paren, entre, contra, hacia, ante, nunca, jamas, jamas2, hyphen, en_dash, em_dash,
      desde, frente, cerca, miles, cientos, centenares, decenas, millares, docenas, millones, miembros, al,
      amanecer, anochecer, atardecer, el_pronoun, ella, parte, favor, mando, bajo;
  // Nouns of a reaction to something ("protestas por", "en represalia
  // por") and nouns of a crime or a case ("por el asesinato de", "por el
  // caso de"), whose "por" phrase gives a cause (CauseNoun, CrimeNoun).
  uint64_t cause_nouns[12], crime_nouns[18];
  Words() {
    auto h = [](const char* s) { return TokenHash(s); };
    no = h("no"), se = h("se"), lo = h("lo"), la = h("la"), los = h("los"), las = h("las"), le = h("le");
    les = h("les"), me = h("me"), te = h("te"), nos = h("nos");
    haber = h("haber"), tener = h("tener"), ser = h("ser"), estar = h("estar"), resultar = h("resultar"), ir = h("ir"), poder = h("poder"), deber = h("deber");
    a = h("a"), que = h("que"), quien = h("quien"), quienes = h("quienes"), si = h("si");
    segun = h("según"), segun2 = h("segun"), comma = h(","), colon = h(":"), de = h("de"), del = h("del");
    y = h("y"), e = h("e"), por = h("por"), el = h("el"), question = h("?"), open_question = h("¿");
    con = h("con"), en = h("en"), para = h("para"), open_paren = h("("), close_paren = h(")");
    entre = h("entre"), contra = h("contra"), hacia = h("hacia"), ante = h("ante");
    nunca = h("nunca"), jamas = h("jamás"), jamas2 = h("jamas");
    hyphen = h("-"), en_dash = h("\u2013"), em_dash = h("\u2014");
    desde = h("desde"), frente = h("frente"), cerca = h("cerca");
    miles = h("miles"), cientos = h("cientos"), centenares = h("centenares"), decenas = h("decenas");
    millares = h("millares"), docenas = h("docenas"), millones = h("millones"), miembros = h("miembros"), al = h("al");
    amanecer = h("amanecer"), anochecer = h("anochecer"), atardecer = h("atardecer");
    el_pronoun = h("él"), ella = h("ella"), parte = h("parte"), favor = h("favor");
    mando = h("mando"), bajo = h("bajo");
    const char* causes[] = {"protesta", "protestas", "represalia", "represalias", "disturbio", "disturbios",
                            "manifestación", "manifestaciones", "repudio", "huelga", "huelgas", "indignación"};
    for (size_t i = 0; i < std::size(causes); ++i) cause_nouns[i] = h(causes[i]);
    const char* crimes[] = {"asesinato", "asesinatos", "muerte", "muertes", "desaparición", "desapariciones",
                            "secuestro", "secuestros", "caso", "homicidio", "crimen", "crímenes",
                            "delito", "delitos", "matanza", "masacre", "arresto", "detención"};
    for (size_t i = 0; i < std::size(crimes); ++i) crime_nouns[i] = h(crimes[i]);
  }
  // A noun of protest or reprisal: the "por" phrase after it says what it
  // answers ("protestas por la llegada de X", "en represalia por el
  // incendio de Y"), not who did the act of the clause.
  bool CauseNoun(uint64_t x) const {
    return std::find(std::begin(cause_nouns), std::end(cause_nouns), x) != std::end(cause_nouns);
  }
  // A crime or a case, whose "de" phrase names the victim or the matter
  // ("por el asesinato de un periodista", "por la muerte de X"), not who
  // did it. Not the acts whose "de" phrase is their doer ("por el disparo
  // de un policía", "por el ataque de los rebeldes", "por orden de X").
  bool CrimeNoun(uint64_t x) const {
    return std::find(std::begin(crime_nouns), std::end(crime_nouns), x) != std::end(crime_nouns);
  }
  // Infinitives that, as nouns, name a time of day: "al amanecer".
  bool TimeOfDay(uint64_t x) const { return x == amanecer || x == anochecer || x == atardecer; }
  // A dash standing alone as a token: wire copy writes an aside between two
  // of them, with a hyphen as often as with a true dash ("-la mayoría ...-").
  bool Dash(uint64_t x) const { return x == hyphen || x == en_dash || x == em_dash; }
  // Nouns that count or part a crowd before its "de" phrase: "miles de
  // indígenas", "miembros de la CUT".
  bool Crowd(uint64_t x) const {
    return x == miles || x == cientos || x == centenares || x == decenas || x == millares || x == docenas ||
           x == millones || x == miembros;
  }
  // Words that negate the verb right after them, as "no" does: "nunca
  // renunciará", "jamás atacaron". Not "tampoco" ("neither"): it negates
  // too, but its one change on AFP's corpus removed two protests that did
  // happen ("tampoco brindó espacio a las protestas que se desarrollaron"),
  // as the nouns under a negated verb are not coded (coder.cc).
  bool Negation(uint64_t x) const { return x == no || x == nunca || x == jamas || x == jamas2; }
  bool Clitic(uint64_t x) const {
    return x == se || x == lo || x == la || x == los || x == las || x == le || x == les || x == me || x == te || x == nos;
  }
};
const Words& W() {
  static const Words w;
  return w;
}

// Whether token t (of the sentence starting at b) is inside a quotation:
// more quotation marks opened than closed before it. (The quote finder runs
// after this analyser.)
bool InsideQuotation(const Doc& doc, uint32_t b, uint32_t t) {
  int open = 0;
  for (uint32_t k = b; k < t; ++k) {
    if (doc.tokens[k].has(kOpenQuote)) ++open;
    if (doc.tokens[k].has(kCloseQuote) && open > 0) --open;
  }
  return open > 0;
}

// Whether an actor mention inside r is a named person.
bool NamesAPerson(const Doc& doc, TokenRange r) {
  for (const ActorMention& m : doc.actors)
    if (m.is_person && m.tokens.begin >= r.begin && m.tokens.end <= r.end) return true;
  return false;
}

struct Group {
  uint32_t begin = 0, end = 0;  // tokens of the verb group, clitics and "no" included
  bool finite = false;
  ClauseKind kind = ClauseKind::kFinite;
  uint32_t prep = kNone32;      // preposition before an infinitive ("para", "al", "de")
  bool se = false;              // "se" among its clitics, with no object clitic ("se lo dijo")
  VerbGroup verb;
};

}  // namespace

ClauseAnalyzer::ClauseAnalyzer(ClauseAnalyzerOptions options) : options_(std::move(options)) {}

void ClauseAnalyzer::Run(Doc& doc) const {
  doc.clauses.clear();
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) AnalyzeSentence(doc, s);
}

void ClauseAnalyzer::AnalyzeSentence(Doc& doc, uint32_t s) const {
  const Words& w = W();
  const Sentence& sent = doc.sentences[s];
  const uint32_t b = sent.tokens.begin, e = sent.tokens.end;
  auto& toks = doc.tokens;
  if (b == e) return;
  // Verbs of accusing that close a sentence with their subject after them
  // ("..., acusó la policía"): data/verbs/es/control.txt's @accusing, so a
  // user can add one without a build.
  auto accusing = [&](uint64_t lemma) { return options_.is_accusing && options_.is_accusing(lemma); };

  // Actor names are noun phrases whatever their words' tags ("Fuerzas
  // Armadas Revolucionarias"); time expressions ("el lunes") stand between
  // a subject and its verb without being either.
  static thread_local std::vector<uint8_t> in_actor, in_time;
  in_actor.assign(e - b, 0);
  in_time.assign(e - b, 0);
  for (const auto& m : doc.actors)
    if (m.sentence == s)
      for (uint32_t t = m.tokens.begin; t < m.tokens.end; ++t)
        if (t >= b && t < e) in_actor[t - b] = 1;
  for (const auto& x : doc.times)
    if (x.sentence == s)
      for (uint32_t t = x.tokens.begin; t < x.tokens.end; ++t)
        if (t >= b && t < e) in_time[t - b] = 1;
  auto actor = [&](uint32_t t) { return in_actor[t - b] != 0; };
  auto timex = [&](uint32_t t) { return in_time[t - b] != 0; };
  auto low = [&](uint32_t t) { return toks[t].lower_hash; };
  auto lem = [&](uint32_t t) { return toks[t].lemma_hash ? toks[t].lemma_hash : toks[t].lower_hash; };
  auto skip_adverbs = [&](uint32_t t) {
    while (t < e && toks[t].tag == Tag::RB && low(t) != w.no) ++t;
    return t;
  };

  // ---- 1. Verb groups -----------------------------------------------------
  std::vector<Group> groups;
  for (uint32_t i = b; i < e; ++i) {
    const Tag tag = toks[i].tag;
    if (actor(i) || !(IsVerb(tag) || tag == Tag::MD)) continue;
    Group g;
    if (tag == Tag::VBN) continue;  // a participle without auxiliary modifies a noun
    // "al amanecer del jueves", "antes del anochecer": an infinitive that
    // names a time of day after an article is a time, not an act of the
    // clause's subject (read as "al" + infinitive, it took the object
    // after it, "una huelga", away from the verb that governs it).
    if (tag == Tag::VB && i > b && (low(i - 1) == w.al || low(i - 1) == w.el || low(i - 1) == w.del) &&
        w.TimeOfDay(lem(i)))
      continue;
    // "al mando de", "el fondo", "su segundo": a word in -ndo right after
    // an article, a possessive or "al"/"del" (which hold the article) is
    // a noun; a gerund never takes one. Read as a gerund ("mando" of
    // "mandar"), "al mando de alias X" became a clause whose subject the
    // next verb inherited, so the commander did what his men did.
    if (tag == Tag::VBG && i > b &&
        (toks[i - 1].tag == Tag::DET || toks[i - 1].tag == Tag::PRPS || low(i - 1) == w.al || low(i - 1) == w.del))
      continue;
    if (tag == Tag::VB || tag == Tag::VBG) {
      // A bare infinitive or gerund: a non-finite clause under another.
      g.kind = tag == Tag::VB ? ClauseKind::kInfinitive : ClauseKind::kGerund;
      g.begin = i;
      if (i > b && toks[i - 1].tag == Tag::IN) g.prep = i - 1;
      g.end = i + 1;
      g.verb.head = i;
      g.verb.tense = Tense::kNonFinite;
      g.verb.tokens = {i, i + 1};
      groups.push_back(g);
      continue;
    }
    // Finite: clitics and "no" before it belong to the group.
    uint32_t k = i;
    bool object_clitic = false;
    while (k > b && (w.Clitic(low(k - 1)) || w.Negation(low(k - 1)))) {
      --k;
      if (w.Negation(low(k))) g.verb.negated = true;
      if (low(k) == w.se) g.se = true;
      object_clitic |= low(k) == w.lo || low(k) == w.la || low(k) == w.los || low(k) == w.las;
    }
    g.se &= !object_clitic;
    g.begin = k;
    g.finite = true;
    uint32_t head = i;
    // The tagger's VBD also covers a preterite that lost its accent ("viajo").
    FormTense form_tense = toks[i].tag == Tag::VBD ? FormTense::kPast : TenseOfForm(toks[i].lower);
    // A headline in capitals drops the future's accent: "PROTESTARAN",
    // "VISITARA" are protestarán, visitará (the infinitive and -an/-a),
    // not the subjunctive that a headline's main verb never is. Other
    // forms ending so ("PREPARAN", "RECUPERA") are not the infinitive
    // plus that ending.
    if (form_tense == FormTense::kPresent && toks[i].has(kAllCaps) && !toks[i].lemma.empty() &&
        toks[i].lemma.ends_with('r')) {
      const std::string_view f = toks[i].lower, lemma = toks[i].lemma;
      if ((f.size() == lemma.size() + 2 && f.ends_with("an")) || (f.size() == lemma.size() + 1 && f.ends_with("a")))
        if (f.starts_with(lemma)) form_tense = FormTense::kFuture;
    }
    if (form_tense == FormTense::kPresent) form_tense = TenseOfFirstPlural(toks[i].lower, toks[i].lemma);
    switch (form_tense) {
      case FormTense::kPast: g.verb.tense = Tense::kPast; break;
      // "declaremos una tregua" (let us declare a truce): what the speaker
      // urges, read as English "we should declare" (no event), not the act.
      case FormTense::kExhortative: g.verb.modality = Modality::kObligation; break;
      case FormTense::kFuture: g.verb.tense = Tense::kFuture, g.verb.modality = Modality::kFuture; break;
      case FormTense::kConditional: g.verb.modality = Modality::kConditional; break;
      default: g.verb.tense = Tense::kPresent;
    }
    uint32_t j = skip_adverbs(i + 1);
    const uint64_t aux = lem(i);
    if (aux == w.haber && j < e && toks[j].tag == Tag::VBN) {
      g.verb.tense = Tense::kPast;  // "ha condenado"
      head = j;
      uint32_t p = skip_adverbs(j + 1);
      if (lem(j) == w.ser && p < e && toks[p].tag == Tag::VBN) head = p, g.verb.passive = true;  // "ha sido detenido"
    } else if (aux == w.tener && j + 1 < e && toks[j].tag == Tag::VBN && toks[j + 1].tag == Tag::VB) {
      // "tiene previsto viajar", "tenía planeado reunirse": "tener" and a
      // participle before an infinitive is the participle's verb ("ha
      // planeado"), whose infinitive then reads as a plan (@irrealis).
      // Not "tiene detenidos a tres": no infinitive follows.
      head = j;
    } else if ((aux == w.ser || aux == w.estar || aux == w.resultar) && j < e && toks[j].tag == Tag::VBN) {
      // "resultar" + participle is the news passive of what befell someone
      // ("tres policías resultaron heridos en un ataque": were wounded).
      head = j, g.verb.passive = true;  // "fue revocada", "están detenidos"
    } else if (aux == w.estar && j < e && toks[j].tag == Tag::VBG) {
      head = j;  // "está atacando"
    } else if ((aux == w.poder || aux == w.deber) && j < e) {
      while (j < e && w.Clitic(low(j))) ++j;
      if (j < e && toks[j].tag == Tag::VB) {
        head = j;
        g.verb.modality = aux == w.poder ? Modality::kPossible : Modality::kObligation;
        uint32_t p = skip_adverbs(j + 1);
        if (lem(j) == w.ser && p < e && toks[p].tag == Tag::VBN) head = p, g.verb.passive = true;
      }
    } else if (aux == w.ir && j + 1 < e && low(j) == w.a && toks[j + 1].tag == Tag::VB) {
      head = j + 1, g.verb.tense = Tense::kFuture, g.verb.modality = Modality::kFuture;  // "va a atacar"
    }
    g.end = head + 1;
    g.verb.head = head;
    g.verb.tokens = {g.begin, g.end};
    g.verb.lemma = toks[head].lemma.empty() ? toks[head].lower : toks[head].lemma;
    groups.push_back(g);
    i = head;
  }
  for (Group& g : groups) {
    g.verb.lemma = toks[g.verb.head].lemma.empty() ? toks[g.verb.head].lower : toks[g.verb.head].lemma;
  }
  if (groups.empty()) return;

  // ---- 2. Subjects --------------------------------------------------------
  auto np_token = [&](uint32_t t, bool allow_cc) {
    if (actor(t)) return true;
    switch (toks[t].tag) {
      case Tag::DET: case Tag::PDT: case Tag::PRPS: case Tag::NN: case Tag::NNS: case Tag::NNP: case Tag::NNPS:
      case Tag::JJ: case Tag::CD: case Tag::VBN:
        return true;
      case Tag::PRP: return !w.Clitic(low(t));  // "él", "ellos"
      case Tag::IN: return low(t) == w.de || low(t) == w.del;  // "el ministro de Defensa"
      case Tag::CC: return allow_cc && (low(t) == w.y || low(t) == w.e);
      default: return false;
    }
  };
  auto has_head = [&](TokenRange r) {
    for (uint32_t t = r.begin; t < r.end; ++t)
      if (actor(t) || IsNoun(toks[t].tag) || (toks[t].tag == Tag::PRP && !w.Clitic(low(t)))) return true;
    return false;
  };
  // Where a subject's walk to the left goes on past the words before `j`
  // that still belong to its phrase (else `j`): a bracketed acronym or
  // aside inside it ("Las organizaciones no gubernamentales (ONG) de Chile
  // criticaron": "de Chile" is the organisations'), and an "en" + place
  // after its head ("El embajador de Chile en Argentina pidió": the
  // ambassador asks, not Argentina). Only when a noun or an actor stands
  // right before: "en Lima" opening the clause stays a place. Only for the
  // sentence's first subject (see np_left).
  auto inner_link = [&](uint32_t j, uint32_t floor, uint32_t end) -> uint32_t {
    auto head_at = [&](uint32_t t) { return actor(t) || IsNoun(toks[t].tag) || toks[t].tag == Tag::JJ; };
    // The aside is inside the phrase only where its words go on after it
    // ("(ONG) de Chile") or the verb follows: "Cusco (sur del país) unos
    // 500 vecinos" are a place and then the subject. A nationality
    // adjective in lower case running up to the verb goes on the phrase
    // too ("la federación obrera (FOX) chilena convocó": Chile's
    // federation, not Chile); a capitalised name there is a phrase of its own.
    const bool demonym_after = j + 1 == end && actor(j) && !toks[j].has(kCapitalized) && !toks[j].has(kAllCaps);
    if (j > floor + 2 && low(j - 1) == w.close_paren &&
        (j == end || low(j) == w.de || low(j) == w.del || demonym_after)) {
      uint32_t p = j - 1;
      while (p > floor && low(p - 1) != w.open_paren && j - p < 8) --p;
      if (p > floor + 1 && low(p - 1) == w.open_paren && head_at(p - 2)) return p - 1;
      return j;
    }
    // Not "en favor de X", whom the act supports (np_left reads it below).
    if (j > floor + 1 && low(j - 1) == w.en && low(j) != w.favor && head_at(j - 2)) return j - 1;
    return j;
  };
  // The noun phrase ending at `end`, not reaching below `floor`.
  auto np_left = [&](uint32_t end, uint32_t floor, bool allow_cc) -> TokenRange {
    uint32_t k = end;
    bool lone_comma = false;
    bool segun_list = false;  // the walk passed a "según X" phrase
    uint32_t j = k;
    for (;;) {  // once, or again after a "según X" phrase (below)
      // Skip adverbs, time expressions and comma-enclosed insertions
      // ("el presidente, Gustavo Petro, dijo"; "X, quien ..., anunció").
      for (;;) {
        while (k > floor && (toks[k - 1].tag == Tag::RB || timex(k - 1)) && low(k - 1) != w.no) --k;
        // Quotation marks around the verb itself (Londres "lamentó" la
        // decisión): the subject stands before the opening mark.
        if (k > floor + 1 && k == end && toks[k - 1].tag == Tag::PPL) {
          --k;
          continue;
        }
        // A bracketed aside: "la Asociación Nacional de Periodistas (ANP)
        // denunció", "un juzgado de Cuenca (sur de Ecuador)".
        if (k > floor + 1 && low(k - 1) == w.close_paren) {
          uint32_t p = k - 1;
          while (p > floor && low(p - 1) != w.open_paren) --p;
          if (p > floor && p - 1 > floor) {
            k = p - 1;  // the opening bracket
            continue;
          }
        }
        // An aside between dashes: "varios cientos de colonos -la mayoría
        // jóvenes- marcharon", "Libia -por medio de su delegado- se retiró".
        // Only with its opening dash inside the clause and a phrase before
        // it: a headline's "PAÍS-TEMA - La policía ..." has no pair. The
        // aside may hold commas ("el ex alcalde -miembro del partido, en el
        // poder 60 años- fue secuestrado"): the walk goes past them, within
        // twenty words, to its opening dash; it had stopped at the comma and
        // taken the words after it as the subject, so the victim was lost.
        if (k > floor + 1 && w.Dash(low(k - 1))) {
          uint32_t p = k - 1;
          while (p > floor && !w.Dash(low(p - 1)) && k - p < 20) --p;
          if (p > floor + 1 && w.Dash(low(p - 1)) && p < k - 1) {
            k = p - 1;  // the opening dash
            continue;
          }
        }
        if (k > floor + 1 && low(k - 1) == w.comma) {
          uint32_t p = k - 1;
          while (p > floor && low(p - 1) != w.comma) --p;
          if (p > floor && p - 1 > floor) {
            k = p - 1;  // the opening comma
            continue;
          }
          // A lone comma between a long subject and its verb, as wire copy
          // writes it ("El sindicato de la compañía, apoyó ..."). Taken
          // below only when the phrase before it opens the clause: "En
          // Bogotá, detuvieron a ..." names a place, not who acted.
          if (!lone_comma) {
            lone_comma = true;
            k = k - 1;
            continue;
          }
        }
        break;
      }
      j = k;
      for (;;) {
        while (j > floor && np_token(j - 1, allow_cc)) {
          // An article right after a noun starts a new phrase ("en Bogotá el
          // ejército"): the subject is the phrase nearest the verb.
          const Tag t = toks[j - 1].tag;
          if ((t == Tag::DET || t == Tag::PDT || t == Tag::PRPS) && j - 1 > floor && !actor(j - 1) &&
              (IsNoun(toks[j - 2].tag) || actor(j - 2))) {
            --j;
            break;
          }
          --j;
        }
        // Only for a sentence's first subject (allow_cc): after another
        // verb, the phrase before this one may be that verb's object ("X
        // paralizaron el servicio en siete hospitales, constató la AFP").
        const uint32_t inner = allow_cc ? inner_link(j, floor, k) : j;
        if (inner == j) break;
        j = inner;
      }
      // "10.000 personas según el PDS manifestaron": the phrase after
      // "según" names who reports, not who acts; the subject is before it
      // (none when "Según la policía" opens the clause).
      if (j > floor && (low(j - 1) == w.segun || low(j - 1) == w.segun2)) {
        k = j - 1;
        segun_list = true;
        // A list of counts by source ("8.000 estudiantes según la policía y
        // entre 15.000 y 20.000 según los rectores"): a later item is
        // only numbers, joined to the one before by "y"; skip it to reach
        // the "según" phrase of the item that names the people.
        uint32_t q = k;
        bool number = false;
        while (q > floor && (toks[q - 1].tag == Tag::CD || low(q - 1) == w.entre || low(q - 1) == w.y ||
                             low(q - 1) == w.e)) {
          number |= toks[q - 1].tag == Tag::CD;
          --q;
        }
        if (number && q < k && (low(q) == w.y || low(q) == w.e) && q > floor) k = q;
        continue;
      }
      // "Paramilitares al mando de alias X amenazaron", "tropas bajo el
      // mando del coronel Y atacaron": the commander named after "al mando
      // de" says who leads the subject, not who acts (the walk stopped at
      // "mando", leaving "de X"). The subject is the phrase before it; none
      // when the phrase opens the clause.
      // "mando" is outside the walk when tagged a gerund, its first word
      // when tagged a noun (the walk then stops at "al" or "bajo").
      const uint32_t m = j < k && low(j) == w.mando ? j + 1 : j;
      if (m > floor + 1 && low(m - 1) == w.mando && m < k && (low(m) == w.de || low(m) == w.del)) {
        uint32_t q = m - 2;
        if (low(q) == w.el && q > floor && low(q - 1) == w.bajo) --q;
        if ((low(q) == w.al || low(q) == w.bajo) && q > floor) {
          k = q;
          continue;
        }
      }
      // "una marcha en favor de Pinochet recorrió", "manifestantes con
      // pancartas a favor de X protestaron": X is whom the act supports,
      // not who acts (the walk stopped at "en"/"a", leaving "favor de X").
      // The subject is before the phrase, past a "con X" it hangs from
      // (none when the phrase opens the clause). Inside a quotation too; a
      // quoted name ("el comité «En favor de la Vida» marchó") is not
      // reached: the walk stops at its closing mark.
      if (j > floor && j + 1 < k && low(j) == w.favor && (low(j + 1) == w.de || low(j + 1) == w.del) &&
          (low(j - 1) == w.en || low(j - 1) == w.a)) {
        k = j - 1;
        uint32_t q = k;
        while (q > floor && np_token(q - 1, true)) --q;  // "con pancartas y lienzos"
        if (q > floor && q < k && low(q - 1) == w.con) k = q - 1;
        continue;
      }
      break;
    }
    // "Paramilitares de las AUC vistiendo uniformes militares, ejecutaron
    // a ...": the walk stopped at a gerund whose phrase describes the
    // subject before it. The subject is the noun phrase before the gerund
    // (a comma between allowed), when that phrase opens the sentence, as a
    // lone comma's subject must (below).
    if (lone_comma && floor == b && j > floor + 1 && toks[j - 1].tag == Tag::VBG && !actor(j - 1)) {
      uint32_t k2 = j - 1;
      if (k2 > floor && low(k2 - 1) == w.comma) --k2;
      uint32_t j2 = k2;
      while (j2 > floor && np_token(j2 - 1, allow_cc)) --j2;
      if (j2 == floor || (j2 == floor + 1 && toks[floor].tag == Tag::CC)) {
        while (j2 < k2 && (toks[j2].tag == Tag::IN || toks[j2].tag == Tag::CC)) ++j2;
        TokenRange r{j2, k2};
        if (has_head(r)) return r;
      }
    }
    // Only at the sentence's start ("Los rebeldes atacaron el pueblo,
    // afirmó el portavoz": after another verb the phrase is its object),
    // with only "Pero" before it ("Tras la reunión, anunció" has none).
    // After a list of counts by source ("En Uruguay 8.000 estudiantes según
    // la policía y 20.000 según los rectores, marcharon") the
    // comma closes the list: the subject before it may follow a place.
    if (lone_comma && !segun_list &&
        (floor != b || (j > floor && !(j == floor + 1 && toks[floor].tag == Tag::CC)) || toks[j].tag == Tag::IN))
      return TokenRange{};
    while (j < k && (toks[j].tag == Tag::IN || toks[j].tag == Tag::CC)) ++j;
    TokenRange r{j, k};
    return has_head(r) ? r : TokenRange{};
  };
  auto np_right = [&](uint32_t from, uint32_t stop_at) -> TokenRange {
    uint32_t k = from;
    while (k < e && (toks[k].tag == Tag::RB || timex(k)) && low(k) != w.no) ++k;
    uint32_t j = k;
    while (j < e && j < stop_at && np_token(j, true) && low(j) != w.por) ++j;
    TokenRange r{k, j};
    return has_head(r) ? r : TokenRange{};
  };

  // The noun phrase right after `from` when it closes the sentence (past
  // times and adverbs: "acusó la policía al anochecer."), else none.
  auto closing_phrase = [&](uint32_t from) -> TokenRange {
    TokenRange r = np_right(from, e);
    if (r.empty() || toks[r.begin].tag == Tag::IN) return {};
    uint32_t k = r.end;
    while (k < e && (toks[k].tag == Tag::RB || timex(k) || (toks[k].tag == Tag::DET && k + 1 < e && timex(k + 1))) &&
           low(k) != w.no)
      ++k;
    // "al anochecer", "al mediodía": a time of day closing the sentence.
    if (k + 1 < e && low(k) == w.al && !actor(k + 1) && !toks[k + 1].has(kCapitalized)) k += 2;
    while (k < e && toks[k].has(kPunct)) ++k;
    return k == e ? r : TokenRange{};
  };

  // The subject after a verb and one or two place phrases ("protestaron
  // ayer en Quito frente al Congreso miles de maestros"): the noun phrase
  // after them when its head is an actor, or a crowd ("miles de", "miembros
  // de") of one. A phrase with no place before it is left to the callers'
  // own rules; none when nothing fits.
  auto subject_after_place = [&](uint32_t from) -> TokenRange {
    uint32_t k = from;
    int places = 0;
    // A time's article is skipped with it ("el martes": only "martes" is the time).
    auto skip_times = [&](uint32_t t) {
      while (t < e && (((toks[t].tag == Tag::RB || timex(t)) && low(t) != w.no) ||
                       (toks[t].tag == Tag::DET && t + 1 < e && timex(t + 1))))
        ++t;
      return t;
    };
    for (;;) {
      k = skip_times(k);
      if (k >= e || places == 2) break;
      uint32_t p = k;
      if (low(p) == w.en || low(p) == w.ante || low(p) == w.desde) {
        ++p;
      } else if ((low(p) == w.frente || low(p) == w.cerca) && p + 1 < e &&
                 (low(p + 1) == w.a || low(p + 1) == w.al || low(p + 1) == w.de || low(p + 1) == w.del)) {
        p += 2;
      } else {
        break;
      }
      // The place's noun phrase ends where another begins: an article or a
      // number after a noun ("en Quito los estudiantes", "en Quito 3.000
      // maestros"), a crowd word ("en Quito miles de indígenas").
      uint32_t q = p;
      while (q < e && np_token(q, false)) {
        if (q > p && !(toks[q - 1].tag == Tag::DET || toks[q - 1].tag == Tag::IN) &&
            (toks[q].tag == Tag::DET || toks[q].tag == Tag::CD || w.Crowd(low(q))))
          break;
        ++q;
      }
      if (q == p) return {};
      k = q;
      ++places;
    }
    k = skip_times(k);
    if (places == 0 || k >= e || toks[k].tag == Tag::IN) return {};
    TokenRange r = np_right(k, e);
    if (r.empty()) return {};
    uint32_t h = r.begin;
    while (h < r.end && !actor(h) &&
           (toks[h].tag == Tag::DET || toks[h].tag == Tag::PDT || toks[h].tag == Tag::CD || toks[h].tag == Tag::JJ))
      ++h;
    if (h + 1 < r.end && !actor(h) && w.Crowd(low(h)) && (low(h + 1) == w.de || low(h + 1) == w.del)) {
      h += 2;
      while (h < r.end && !actor(h) && (toks[h].tag == Tag::DET || toks[h].tag == Tag::CD)) ++h;
    }
    return h < r.end && actor(h) ? r : TokenRange{};
  };

  const uint32_t first = static_cast<uint32_t>(doc.clauses.size());
  uint32_t prev_end = b;        // end of the previous finite group
  bool finite_before = false;
  uint32_t last_finite = kNone32;  // index in doc.clauses of the previous finite clause
  std::vector<uint32_t> starts;  // clause start token, per clause
  for (const Group& g : groups) {
    Clause c;
    c.sentence = s;
    c.kind = g.kind;
    c.prep = g.prep;
    c.verb = g.verb;
    c.is_speech = options_.is_speech && options_.is_speech(toks[g.verb.head].lemma_hash);
    uint32_t start = g.prep != kNone32 ? g.prep : g.begin;
    if (g.finite) {
      uint32_t q = g.begin;  // the word that opens the clause, if any
      uint32_t floor = prev_end;
      // "si" after "entre", "para", "en" ... is the pronoun "sí" written
      // without its accent ("dos hermanos entre si fueron ejecutados",
      // frequent in all-capitals and unaccented registers), not "if": it
      // opens no clause. After "que", "por" ("in case"), "de" or "sobre"
      // ("whether") it stays a condition.
      auto if_word = [&](uint32_t t) {
        if (low(t) != w.si) return false;
        if (t == b) return true;
        uint64_t p = low(t - 1);
        return !(p == w.entre || p == w.para || p == w.en || p == w.contra || p == w.hacia || p == w.ante);
      };
      for (uint32_t t = g.begin; t > floor; --t)
        if (low(t - 1) == w.que || low(t - 1) == w.quien || low(t - 1) == w.quienes || if_word(t - 1)) {
          q = t - 1;
          floor = t;
          break;
        }
      if (q != g.begin) {
        start = q;
        uint64_t qw = low(q);
        if (qw == w.si) c.conditional = true;
        // "que" right after a noun phrase (not after a verb) opens a
        // relative clause whose subject is that phrase: "los guerrilleros
        // que atacaron"; after a verb it opens a complement.
        // ("afirmó el portavoz que ...": after a verb of saying and its subject).
        // So is the hearer of a verb of saying: "dijo a la prensa que
        // continuarán", "anunciaron este domingo a los periodistas que":
        // "que" after "a"/"al" + a noun phrase that follows such a verb
        // opens what was said, not a relative clause on the hearer.
        auto after_hearer = [&]() {
          if (!finite_before || !doc.clauses[last_finite].is_speech || q <= prev_end) return false;
          TokenRange np = np_left(q, prev_end, false);
          if (np.empty() || np.end != q || np.begin <= prev_end) return false;
          uint64_t pw = low(np.begin - 1);
          if (pw != w.a && pw != w.al) return false;
          // The hearer comes right after the verb, or after a short time
          // phrase ("este domingo", "ayer"); an "a" further on, behind a
          // comma or another preposition ("convocada por la central como
          // respaldo a los docentes que exigen"), is not the verb's hearer.
          const uint32_t at = np.begin - 1;
          if (at - prev_end > 3) return false;
          for (uint32_t k = prev_end; k < at; ++k) {
            uint64_t x = low(k);
            if (x == w.comma || x == w.por || x == w.para || x == w.de || x == w.del || x == w.en || x == w.con ||
                x == w.a || x == w.al || x == w.que)
              return false;
          }
          return true;
        };
        bool after_verb = finite_before && (q == prev_end || (doc.clauses[last_finite].is_speech &&
                                                              doc.clauses[last_finite].subject.end == q) ||
                                            after_hearer());
        if (qw != w.si && !after_verb && q > b && (np_token(q - 1, false) || low(q - 1) == w.comma)) {
          uint32_t at = low(q - 1) == w.comma ? q - 1 : q;
          TokenRange np = np_left(at, prev_end, false);
          if (!np.empty() && floor == g.begin) {
            c.relative = true;
            c.subject = np;
          } else if (!np.empty()) {
            TokenRange own = np_left(g.begin, floor, false);
            if (own.empty()) c.relative = true, c.subject = np;
            else c.subject = own;
          }
        }
      }
      // "Los campesinos que bloquearon la vía fueron detenidos": after a
      // relative clause on the sentence's first noun phrase, with no comma
      // or "que" of its own, the verb's subject is that noun phrase, not
      // the relative clause's object.
      if (c.subject.empty() && !c.relative && q == g.begin && last_finite != kNone32 &&
          doc.clauses[last_finite].relative && last_finite == first && g.begin > b &&
          low(g.begin - 1) != w.comma && !doc.clauses[last_finite].subject.empty()) {
        c.subject = doc.clauses[last_finite].subject;
        c.subject_inherited = true;
      }
      if (c.subject.empty() && !c.relative) {
        c.subject = np_left(g.begin, floor, !finite_before);
        // "En Bogotá protestaron ayer cientos de estudiantes": a place
        // phrase opening the clause is where, not who; Spanish then puts
        // the subject after the verb. Taken there only when the noun
        // phrase right after the verb (past adverbs and times) names an
        // actor and is no personal-"a" object; otherwise the clause has no
        // subject of its own and pro-drop applies.
        bool only_names = !c.subject.empty();  // "En Bogotá", not "En 1995 el ejército"
        for (uint32_t t = c.subject.begin; t < c.subject.end; ++t) only_names &= toks[t].tag == Tag::NNP;
        // Only a phrase opening the sentence and running up to the verb
        // ("En Nigeria, un sindicato ..., pidió": the aside is the subject).
        only_names &= floor == b && c.subject.end < e && low(c.subject.end) != w.comma;
        if (only_names && c.subject.begin == floor + 1 && low(floor) == w.en && !c.is_speech &&
            !c.verb.passive && !g.se) {
          c.subject = {};
          TokenRange after = np_right(g.end, e);
          bool names_actor = false;
          for (uint32_t t = after.begin; t < after.end; ++t) names_actor |= actor(t);
          if (!after.empty() && names_actor && toks[after.begin].tag != Tag::IN) c.subject = after;
          else c.subject = subject_after_place(g.end);
        }
        // "Marcharon el martes en Quito miles de indígenas": a verb opening
        // the sentence (past adverbs and times) with its subject after a
        // place phrase. Taken only when the phrase after the place is
        // headed by an actor (or a crowd of one), so an object such as "la
        // sede del Gobierno" stays an object.
        if (c.subject.empty() && floor == b && !c.is_speech && !c.verb.passive && !g.se) {
          uint32_t t = b;
          while (t < g.begin && (toks[t].tag == Tag::RB || timex(t) || toks[t].tag == Tag::CC) && low(t) != w.no) ++t;
          if (t == g.begin) c.subject = subject_after_place(g.end);
        }
        if (!c.subject.empty() && c.subject.begin < start) start = c.subject.begin;
      }
      // Verbs of saying and passives put the subject after the verb:
      // "..., dijo el ministro", "fue asesinado el alcalde por ...".
      if (c.subject.empty() && (c.is_speech || c.verb.passive)) c.subject = np_right(g.end, e);
      // "..., acusó la policía.": a verb of accusing after a comma with a
      // noun phrase closing the sentence frames what was said before it, as
      // a verb of saying does; that phrase is who accuses, not whom (pro-drop
      // gave the accusation to the clause before's subject, and the speaker
      // became its target). Not "acusó a X de ...", which names whom.
      if (c.subject.empty() && !c.is_speech && g.finite && g.begin > b && low(g.begin - 1) == w.comma &&
          accusing(toks[g.verb.head].lemma_hash))
        c.subject = closing_phrase(g.end);
      // The reflexive passive: "se reportaron ataques contra la policía",
      // and the impersonal "se" with a personal object, "se detuvo a tres
      // dirigentes". "se" with no subject before the verb and a noun phrase
      // after it: that phrase is what was acted on and the doer is unknown
      // unless "por" names it, as in a passive ("fue detenido"), so the
      // coder takes the source from the by-phrase and codes nothing
      // without one (as for the English passive without agent), instead
      // of giving the act to an earlier clause's subject by pro-drop. A
      // place before the verb ("En Bogotá se detuvo a ...") is no subject.
      // Pronominal verbs keep their reading: "se retiró del acuerdo",
      // "se opuso a la reforma" (after "a", only an actor in a singular
      // clause is an impersonal object; "se enfrentaron a los militares"
      // is plural, so the fighters are its subject).
      if (g.se && !c.verb.passive && !c.relative && !c.subject_inherited &&
          (c.subject.empty() || (c.subject.begin > b && toks[c.subject.begin - 1].tag == Tag::IN &&
                                 low(c.subject.begin - 1) != w.de && low(c.subject.begin - 1) != w.del))) {
        uint32_t o = g.end;
        while (o < e && (toks[o].tag == Tag::RB || timex(o)) && low(o) != w.no) ++o;
        const std::string_view form = toks[g.verb.head].lower;
        const bool personal = o + 1 < e && low(o) == w.a && !form.empty() && form.back() != 'n';
        const uint32_t from = personal ? o + 1 : o;
        TokenRange np = from < e && toks[from].tag != Tag::IN && toks[from].tag != Tag::CC ? np_right(from, e) : TokenRange{};
        bool actor_in = false;
        for (uint32_t t = np.begin; t < np.end; ++t) actor_in |= actor(t);
        if (!np.empty() && (!personal || actor_in)) {
          c.verb.passive = true;
          c.subject = np;
        }
      }
      prev_end = g.end;
      finite_before = true;
      last_finite = static_cast<uint32_t>(doc.clauses.size());
    }
    starts.push_back(start);
    doc.clauses.push_back(std::move(c));
  }
  std::vector<Clause>& cl = doc.clauses;
  const uint32_t n = static_cast<uint32_t>(cl.size());

  // ---- 3. Extents ---------------------------------------------------------
  // A finite clause runs to the next finite clause, so its patterns reach
  // the infinitives under it ("amenazó con atacar"); ", según X" is cut off.
  for (uint32_t i = first; i < n; ++i) {
    uint32_t end = e;
    for (uint32_t k = i + 1; k < n; ++k)
      if (!IsNonFinite(cl[k]) || IsNonFinite(cl[i])) {
        end = starts[k - first];
        break;
      }
    for (uint32_t t = cl[i].verb.tokens.end; t < end; ++t)
      if (low(t) == w.segun || low(t) == w.segun2) {
        end = (t > b && low(t - 1) == w.comma) ? t - 1 : t;
        break;
      }
    cl[i].tokens = {starts[i - first], std::max(end, cl[i].verb.tokens.end)};
    cl[i].complement = {cl[i].verb.tokens.end, cl[i].tokens.end};
    // "Estallan protestas por la visita del ministro", "fueron detenidos
    // en la tercera jornada de marchas por la captura del alcalde", "fue
    // condenado por el asesinato de un periodista": in a passive the coder
    // reads the first "por" phrase that names an actor as the doer,
    // walking over nouns and their "de" ("por grupos de manifestantes").
    // Two "por" phrases give a cause instead, and the actor in their "de"
    // phrase did not do the act:
    // * after a noun of protest or reprisal (adjectives between allowed),
    //   "por" and a phrase headed by a noun that names no actor (an event:
    //   "la llegada", "el arresto", "el incendio");
    // * "por" and a phrase headed by a crime or a case ("el asesinato de",
    //   "la muerte de", "el caso de").
    // The verb's complement ends at such a "por": the cause belongs to the
    // noun or says why, it is not the verb's by-phrase. The clause's tokens
    // are kept (nouns in the cause phrase stay in the clause). A "por"
    // naming an actor right away ("una protesta por la policía") or "por
    // parte de" stays a by-phrase; so does one before the cause ("fue
    // condenado por un tribunal por el asesinato de X"), as the first is
    // read first. One after it is cut with it (rare: "fue condenado por el
    // asesinato de X por un tribunal" then names no doer).
    if (cl[i].verb.passive) {
      const uint32_t cb = cl[i].complement.begin, ce = cl[i].complement.end;
      for (uint32_t t = cb; t + 1 < ce; ++t) {
        if (low(t) != w.por || low(t + 1) == w.parte) continue;
        uint32_t h = t + 1;
        while (h < ce && !actor(h) && (toks[h].tag == Tag::DET || toks[h].tag == Tag::JJ)) ++h;
        if (h >= ce || actor(h)) continue;
        const Tag ht = toks[h].tag;
        bool cause = (ht == Tag::NN || ht == Tag::NNS) && w.CrimeNoun(low(h));
        if (!cause) {
          uint32_t nn = t;
          while (nn > cb && toks[nn - 1].tag == Tag::JJ && !actor(nn - 1)) --nn;
          // A headline drops the article, and the tagger reads the bare
          // noun as the participle it comes from ("por llegada del ministro").
          cause = nn > cb && !actor(nn - 1) && w.CauseNoun(low(nn - 1)) &&
                  (ht == Tag::NN || ht == Tag::NNS || (ht == Tag::VBN && h == t + 1));
        }
        if (cause) {
          cl[i].complement.end = t;
          break;
        }
      }
    }
    if (!cl[i].complement.empty()) {
      TokenRange o = np_right(cl[i].complement.begin, cl[i].complement.end);
      if (!o.empty()) cl[i].objects.push_back(o);
    }
    // Prepositional phrases, as the English analyser lists them: each
    // preposition of the complement ("en", "con", "contra", "durante",
    // the contractions "al" and "del") with the noun phrase right after it.
    // The phrase stops at the next preposition, "de" included ("en la sede
    // del Gobierno" is "en la sede" and "del Gobierno"), so a rule reading
    // a phrase's head sees "un ataque" in "en un ataque con explosivos".
    // The object list above is left as it was (its "de" phrases are part of
    // the noun phrase), so rules that read objects are not moved.
    for (uint32_t t = cl[i].complement.begin; t < cl[i].complement.end;) {
      if (toks[t].tag != Tag::IN || actor(t)) {  // not the "de" of "Fuerzas Armadas de Colombia"
        ++t;
        continue;
      }
      uint32_t k = t + 1;
      while (k < cl[i].complement.end && (actor(k) || (toks[k].tag != Tag::IN && np_token(k, false)))) ++k;
      if (cl[i].preps.capacity() == 0) TakeSpareVector(cl[i].preps);
      cl[i].preps.push_back({t, {t + 1, k}});
      t = k > t + 1 ? k : t + 1;
    }
  }

  // ---- 4. Dependencies ----------------------------------------------------
  // A reflexive passive (step 2): "se" in the verb group of a passive.
  auto se_passive = [&](const Clause& x) {
    if (!x.verb.passive) return false;
    for (uint32_t t = x.verb.tokens.begin; t < x.verb.head; ++t)
      if (low(t) == w.se) return true;
    return false;
  };
  const bool question = low(e - 1) == w.question || low(b) == w.open_question;
  // "luego que", "ya que", "después de que": a clause that states a fact
  // (lang/es/conjunctions.h).
  auto factual_que = [&](uint32_t q) { return FactualQue(toks, b, q); };
  // A verb group in the imperfect subjunctive ("llegaran", "renunciara",
  // "hubiera firmado", "fuera"), which the tagger reads as a present: after
  // a conjunction of time it tells what happened. Its ending follows the
  // lemma's stem ("inici-aran"), so that a present of an "-arar" verb
  // ("declara", "para") is not taken for one; irregular stems by their
  // "-iera"/"-jera"/"-yera" endings.
  auto past_subjunctive = [&](TokenRange vg) {
    static constexpr std::string_view kAfterStem[] = {"ara", "aran", "ase", "asen", "iera", "ieran", "iese", "iesen"};
    static constexpr std::string_view kIrregular[] = {"iera", "ieran", "jera", "jeran", "yera", "yeran", "iese", "iesen"};
    for (uint32_t t = vg.begin; t < vg.end; ++t) {
      const std::string_view f = toks[t].lower, lemma = toks[t].lemma;
      if (f == "fuera" || f == "fueran" || f == "fuese" || f == "fuesen") return true;
      // Longer than the lemma (its plural "n" aside): "quisiera", "tuvieran",
      // not the present "quiera", "prefieran".
      const size_t len = f.ends_with('n') ? f.size() - 1 : f.size();
      for (std::string_view x : kIrregular)
        if (!lemma.empty() && len > lemma.size() && f.ends_with(x)) return true;
      if (lemma.size() < 4 || !(lemma.ends_with("ar") || lemma.ends_with("er") || lemma.ends_with("ir"))) continue;
      const std::string_view stem = lemma.substr(0, lemma.size() - 2);
      if (!f.starts_with(stem)) continue;
      for (std::string_view x : kAfterStem)
        if (f.substr(stem.size()) == x) return true;
    }
    return false;
  };
  auto time_que = [&](uint32_t q) { return TimeQue(toks, b, q); };
  for (uint32_t i = first; i < n; ++i) {
    Clause& c = cl[i];
    c.conditional |= question;
    if (IsNonFinite(c)) {
      // Under the clause before it, or the one after ("Al llegar, X dijo").
      // A gerund after a comma says how the main act was done, past any
      // relative clause between ("los pescadores cortaron las redes de una
      // embarcación que navegaba en el golfo, acusándolos de ...": the
      // fishermen accuse, not the boat).
      // So does a purpose after a comma: in "ocuparon la hacienda, que
      // pertenece a un ministro, para protestar" the occupiers protest,
      // not the estate the relative clause is about.
      const uint32_t st = starts[i - first];
      const bool gerund_after_comma = c.kind == ClauseKind::kGerund && st > b && low(st - 1) == w.comma;
      const bool purpose_after_comma = c.kind == ClauseKind::kInfinitive && c.prep != kNone32 &&
                                       low(c.prep) == w.para && c.prep > b && low(c.prep - 1) == w.comma;
      const bool past_relative = gerund_after_comma || purpose_after_comma;
      uint32_t p = kNone32;
      for (uint32_t k = i; k > first; --k)
        if ((!IsNonFinite(cl[k - 1]) && !(past_relative && cl[k - 1].relative)) || k - 1 == first) {
          p = k - 1;
          break;
        }
      if (p == kNone32)
        for (uint32_t k = i + 1; k < n; ++k)
          if (!IsNonFinite(cl[k])) { p = k; break; }
      if (p != kNone32 && p != i) {
        // Its subject is that clause's; it is that verb's complement only
        // bare or after "a", "de", "con", "en" ("decidió expulsar",
        // "amenazó con atacar"). "para" + infinitive is the purpose of that
        // verb's act ("marcharon para exigir ..."): it hangs under it as
        // well, and the coder reads "para" as a purpose, never an intention
        // (EventCoderOptions::purpose_words). "al", "sin", "tras" say when
        // or how: no parent.
        uint64_t pw = c.prep == kNone32 ? 0 : low(c.prep);
        if (c.prep == kNone32 || pw == w.a || pw == w.de || pw == w.con || pw == w.en || pw == w.para) c.parent = p;
        c.subject = cl[p].subject;
        c.subject_inherited = true;
      }
      continue;
    }
    // The previous finite clause of the sentence, if any.
    uint32_t prev = kNone32;
    for (uint32_t k = i; k > first; --k)
      if (!IsNonFinite(cl[k - 1])) { prev = k - 1; break; }
    const uint32_t st = starts[i - first];
    const bool opens_with_que = low(st) == w.que;
    const bool adverbial = opens_with_que && !c.relative && factual_que(st);
    // "luego de que el Parlamento se pronuncie": after a conjunction of
    // time a present (Spanish's subjunctive of what is still to come, which
    // Hunspell does not tell from the indicative) asserts no act, as
    // English "after" + a present (analysis/clauses.cc). A past one does
    // ("después de que los disturbios llegaran").
    if (adverbial && c.verb.tense == Tense::kPresent && time_que(st) && !past_subjunctive(c.verb.tokens))
      c.conditional = true;
    if (prev != kNone32 && !c.relative && !adverbial) {
      const bool after_colon = st > b && (low(st - 1) == w.colon || toks[st].has(kOpenQuote) ||
                                          (st > b && toks[st - 1].has(kOpenQuote)));
      if ((opens_with_que || after_colon) && !cl[prev].relative) {
        c.parent = prev;
        if (cl[prev].is_speech) c.reported_by = prev;
        c.conditional |= cl[prev].conditional;
        // "pidió que el Gobierno retire", "para evitar que firme": a que-
        // clause under any other verb is what is asked, wanted or feared
        // (Spanish puts it in the subjunctive), not an act that happened.
        // Hunspell does not tell the mood, so the governing verb does. The
        // clause is marked irrealis through its modality, not as
        // conditional, so the coder still finds its subject as the target
        // of the demand ("exigen que el Gobierno ...": the government).
        if (!cl[prev].is_speech && opens_with_que) c.verb.modality = Modality::kConditional;
      }
    }
    // "dijo que él no firmará", "Él añadió": "él"/"ella" as the whole
    // subject stands for whom a dropped subject would (the reporting
    // clause's subject; the previous sentence's main clause's), as English
    // "he"/"she" do (analysis/pronouns.h, rules 1 and 2), and only when
    // that subject names a person: "él" is no country or body, and no
    // person there leaves the pronoun naming no one, as before. Inside a
    // quotation it is someone the speaker talks about: left alone.
    if (c.subject.size() == 1 && !c.relative &&
        (low(c.subject.begin) == w.el_pronoun || low(c.subject.begin) == w.ella) &&
        !InsideQuotation(doc, b, c.subject.begin)) {
      TokenRange person;
      if (prev != kNone32) {
        if (opens_with_que && cl[prev].is_speech && !cl[prev].subject.empty()) person = cl[prev].subject;
      } else if (s > 0 && doc.sentences[s - 1].paragraph == sent.paragraph) {
        for (uint32_t k = first; k > 0; --k) {
          const Clause& o = cl[k - 1];
          if (o.sentence != s - 1) break;
          if (!IsNonFinite(o) && !o.relative && o.parent == kNone32 && !o.subject.empty()) person = o.subject;
        }
      }
      if (!person.empty() && NamesAPerson(doc, person)) {
        c.subject = person;
        c.subject_inherited = true;
      }
    }
    // Pro-drop: no subject of its own takes the previous clause's, or the
    // first main clause of the paragraph's previous sentence. Not a
    // reflexive passive's: what was acted on ("se difundieron cálculos de
    // la policía") is not who acts next.
    if (c.subject.empty() && !c.relative) {
      if (prev != kNone32 && !cl[prev].subject.empty() && !se_passive(cl[prev])) {
        c.subject = cl[prev].subject;
        c.subject_inherited = true;
      } else if (prev == kNone32 && s > 0 && doc.sentences[s - 1].paragraph == sent.paragraph) {
        for (uint32_t k = first; k > 0; --k) {
          const Clause& o = cl[k - 1];
          if (o.sentence != s - 1) break;
          if (!IsNonFinite(o) && !o.relative && o.parent == kNone32 && !o.subject.empty() && !se_passive(o)) {
            c.subject = o.subject;
            c.subject_inherited = true;
          }
        }
      }
    }
    // "..., dijo el ministro": a verb of saying after a comma, with no "que"
    // of its own, reports the clauses before it.
    // So does a verb of accusing whose subject follows it ("..., acusó la
    // policía", read above).
    const bool accusing_frame = !c.is_speech && !c.subject_inherited && !c.subject.empty() &&
                                c.subject.begin >= c.verb.tokens.end && accusing(toks[c.verb.head].lemma_hash);
    if ((c.is_speech || accusing_frame) && prev != kNone32 && st > b && low(st - 1) == w.comma) {
      bool own_que = false;
      for (uint32_t t = c.verb.tokens.end; t < c.tokens.end; ++t) own_que |= low(t) == w.que;
      if (!own_que)
        for (uint32_t k = first; k < i; ++k)
          if (cl[k].reported_by == kNone32 && !cl[k].relative) cl[k].reported_by = i;
    }
  }
  // Clauses under a reported or conditional clause share that status.
  for (uint32_t i = first; i < n; ++i) {
    Clause& c = cl[i];
    if (c.parent == kNone32 || c.parent >= i) continue;
    c.conditional |= cl[c.parent].conditional;
    if (c.reported_by == kNone32 && IsNonFinite(c)) c.reported_by = cl[c.parent].reported_by;
  }
}

}  // namespace dyad::es
