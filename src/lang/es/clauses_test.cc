#include "lang/es/clauses.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "config/paths.h"
#include "lang/es/morphology.h"
#include "model/doc.h"
#include "text/normalize.h"
#include "text/segment.h"

namespace dyad::es {
namespace {

class SpanishClausesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!std::filesystem::exists("/usr/share/hunspell/es_ES.dic")) return;
    std::string err;
    tagger_ = Tagger::Load("/usr/share/hunspell", std::string(dyad::SourceDir()) + "/data/lexicon/es.closed.txt", &err);
    segmenter_ = Segmenter::Load(std::vector<std::string>{std::string(dyad::SourceDir()) + "/data/text/abbreviations.en.txt",
                                                          std::string(dyad::SourceDir()) + "/data/text/abbreviations.es.txt"},
                                 &err);
  }
  void SetUp() override {
    if (!tagger_) GTEST_SKIP() << "hunspell-es is not installed";
  }
  // `actors`: words that are actor mentions (each marks its first occurrence).
  void Analyze(std::string_view text, std::vector<std::string_view> actors = {}) {
    doc_ = Doc{};
    doc_.article.text = std::string(text);
    doc_.article.lang = "es";
    Normalizer().Run(doc_);
    segmenter_->Run(doc_);
    tagger_->Run(doc_);
    for (std::string_view a : actors)
      for (uint32_t t = 0; t < doc_.tokens.size(); ++t)
        if (doc_.text(doc_.tokens[t].span) == a) {
          ActorMention m;
          m.tokens = {t, t + 1};
          for (uint32_t s = 0; s < doc_.sentences.size(); ++s)
            if (doc_.sentences[s].tokens.contains(t)) m.sentence = s;
          doc_.actors.push_back(m);
          break;
        }
    ClauseAnalyzerOptions o;
    uint64_t decir = TokenHash("decir"), afirmar = TokenHash("afirmar");
    o.is_speech = [=](uint64_t h) { return h == decir || h == afirmar; };
    ClauseAnalyzer(o).Run(doc_);
  }
  std::string Text(TokenRange r) { return std::string(doc_.text(r)); }
  const Clause& ClauseOf(std::string_view lemma) {
    for (const auto& c : doc_.clauses)
      if (c.verb.lemma == lemma) return c;
    ADD_FAILURE() << "no clause for " << lemma;
    static Clause none;
    return none;
  }
  static inline std::shared_ptr<Tagger> tagger_;
  static inline std::shared_ptr<Segmenter> segmenter_;
  Doc doc_;
};

TEST_F(SpanishClausesTest, SubjectVerbObject) {
  Analyze("La guerrilla atacó el puesto de policía.");
  const Clause& c = ClauseOf("atacar");
  EXPECT_EQ(Text(c.subject), "La guerrilla");
  EXPECT_EQ(c.verb.tense, Tense::kPast);
  EXPECT_EQ(Text(c.complement), "el puesto de policía.");
  EXPECT_FALSE(c.verb.negated);
}

// Prepositional phrases, as the English analyser lists them: each
// preposition after the verb with the noun phrase that follows it, "de"
// and the contractions "al", "del" included; a preposition inside an
// actor's name is none, and nothing before the verb is listed.
TEST_F(SpanishClausesTest, PrepositionalPhrasesAfterTheVerb) {
  Analyze("En Bogotá tres policías murieron en un ataque con explosivos contra la sede del Ejército.");
  const Clause& c = ClauseOf("morir");
  std::vector<std::string> got;
  for (const PrepPhrase& pp : c.preps) got.push_back(Text({pp.prep, pp.prep + 1}) + " " + Text(pp.object));
  EXPECT_EQ(got, (std::vector<std::string>{"en un ataque", "con explosivos", "contra la sede", "del Ejército"}));
  Analyze("Los rebeldes atacaron a las Fuerzas Armadas de Colombia durante la noche.", {"Fuerzas"});
  // The actor is marked on its first word only here; its "de" is a name's
  // word only when the mention covers it.
  doc_.actors[0].tokens.end += 3;  // "Fuerzas Armadas de Colombia"
  ClauseAnalyzer({}).Run(doc_);
  got.clear();
  for (const PrepPhrase& pp : ClauseOf("atacar").preps) got.push_back(Text({pp.prep, pp.prep + 1}) + " " + Text(pp.object));
  EXPECT_EQ(got, (std::vector<std::string>{"a las Fuerzas Armadas de Colombia", "durante la noche"}));
  // A verb with nothing after it has no phrases.
  Analyze("Los campesinos protestaron.");
  EXPECT_TRUE(ClauseOf("protestar").preps.empty());
}

TEST_F(SpanishClausesTest, NegationClitictsAndPerfect) {
  Analyze("El gobierno no lo ha condenado.");
  const Clause& c = ClauseOf("condenar");
  EXPECT_TRUE(c.verb.negated);
  EXPECT_EQ(c.verb.tense, Tense::kPast);
  EXPECT_EQ(Text(c.subject), "El gobierno");
}

// "nunca" and "jamás" negate the verb after them as "no" does; the
// subject is still found before them.
TEST_F(SpanishClausesTest, NuncaAndJamasNegate) {
  Analyze("El sindicato nunca aceptará la reforma.");
  const Clause& c = ClauseOf("aceptar");
  EXPECT_TRUE(c.verb.negated);
  EXPECT_EQ(Text(c.subject), "El sindicato");
  Analyze("Los soldados jamas dispararon contra la multitud.");
  EXPECT_TRUE(ClauseOf("disparar").verb.negated);
  Analyze("Los soldados dispararon contra la multitud.");
  EXPECT_FALSE(ClauseOf("disparar").verb.negated);
}

TEST_F(SpanishClausesTest, PeriphrasticPassiveAndSegun) {
  Analyze("La visa fue revocada por Washington, según la prensa.", {"Washington"});
  const Clause& c = ClauseOf("revocar");
  EXPECT_TRUE(c.verb.passive);
  EXPECT_EQ(Text(c.subject), "La visa");
  EXPECT_EQ(Text(c.complement), "por Washington");  // ", según ..." names who reports it
}

// "resultar" + participle is a passive, as "ser" + participle: "resultaron
// heridos" is "were wounded". Not before an adjective or a noun.
TEST_F(SpanishClausesTest, ResultarWithAParticipleIsAPassive) {
  Analyze("Tres policías resultaron heridos en un ataque.");
  const Clause& c = ClauseOf("herir");
  EXPECT_TRUE(c.verb.passive);
  EXPECT_EQ(Text(c.subject), "Tres policías");
  Analyze("El plan resultó un fracaso.");
  EXPECT_FALSE(ClauseOf("resultar").verb.passive);
}

TEST_F(SpanishClausesTest, ProDropTakesThePreviousSubject) {
  Analyze("El presidente llegó a Bogotá. Allí condenó el ataque.");
  const Clause& c = ClauseOf("condenar");
  EXPECT_TRUE(c.subject_inherited);
  EXPECT_EQ(Text(c.subject), "El presidente");
}

TEST_F(SpanishClausesTest, ReportedSpeechForwardAndBackward) {
  Analyze("El ministro dijo que el ejército atacará a los rebeldes.");
  const Clause& say = ClauseOf("decir");
  const Clause& act = ClauseOf("atacar");
  EXPECT_TRUE(say.is_speech);
  EXPECT_EQ(act.reported_by, static_cast<uint32_t>(&say - doc_.clauses.data()));
  EXPECT_EQ(Text(act.subject), "el ejército");
  EXPECT_EQ(act.verb.modality, Modality::kFuture);
  Analyze("Los rebeldes atacaron el pueblo, afirmó el portavoz.");
  const Clause& rep = ClauseOf("afirmar");
  EXPECT_EQ(Text(rep.subject), "el portavoz");  // a verb of saying puts its subject after it
  EXPECT_EQ(ClauseOf("atacar").reported_by, static_cast<uint32_t>(&rep - doc_.clauses.data()));
}

TEST_F(SpanishClausesTest, ModalsAndInfinitivesAreNotActs) {
  Analyze("Los sindicatos podrían bloquear las carreteras para exigir salarios.");
  const Clause& c = ClauseOf("bloquear");
  EXPECT_EQ(c.verb.modality, Modality::kPossible);
  const Clause& p = ClauseOf("exigir");
  EXPECT_EQ(p.kind, ClauseKind::kInfinitive);
  EXPECT_EQ(doc_.tokens[p.prep].lower, "para");
}

// "para" + infinitive is the purpose of the act before it: it hangs under
// that clause (the coder reads it as a purpose, never an intention).
TEST_F(SpanishClausesTest, PurposeInfinitiveHangsUnderItsAct) {
  Analyze("Los maestros marcharon el lunes para exigir aumentos.");
  const Clause& act = ClauseOf("marchar");
  const Clause& p = ClauseOf("exigir");
  EXPECT_EQ(p.parent, static_cast<uint32_t>(&act - doc_.clauses.data()));
  EXPECT_EQ(Text(p.subject), "Los maestros");
  // "al" + infinitive says when: no parent.
  Analyze("Al llegar, los maestros marcharon.");
  EXPECT_EQ(ClauseOf("llegar").parent, kNone32);
}

// A bracketed aside or a lone comma between a subject and its verb (wire
// copy writes both) leaves the subject in place; a place before a lone
// comma is no subject.
TEST_F(SpanishClausesTest, SubjectBeforeAsideOrLoneComma) {
  Analyze("La Asociación Nacional de Periodistas (ANP) protestó por la censura.");
  EXPECT_EQ(Text(ClauseOf("protestar").subject), "La Asociación Nacional de Periodistas");
  Analyze("Un juzgado de Cuenca (sur de Ecuador), suspendió la obra.");
  EXPECT_EQ(Text(ClauseOf("suspender").subject), "Un juzgado de Cuenca");
  Analyze("Pero el sindicato de la compañía, apoyó la huelga.");
  EXPECT_EQ(Text(ClauseOf("apoyar").subject), "el sindicato de la compañía");
  // "según X" inside the subject names who reports, not who acts.
  Analyze("Unas 10.000 personas según la policía marcharon en Lima.");
  EXPECT_EQ(Text(ClauseOf("marchar").subject), "Unas 10.000 personas");
  Analyze("El presidente llegó a Lima. Tras la reunión, condenó el ataque.");
  const Clause& c = ClauseOf("condenar");
  EXPECT_TRUE(c.subject_inherited);
  EXPECT_EQ(Text(c.subject), "El presidente");
}

// "en/a favor de X" before the verb names whom the act supports, not who
// acts: the subject is before it, past a "con X" it hangs from, and none
// when the phrase opens the clause.
TEST_F(SpanishClausesTest, InFavourOfXIsNotTheSubject) {
  Analyze("Una marcha en favor del general recorrió el centro.", {"general"});
  EXPECT_EQ(Text(ClauseOf("recorrer").subject), "Una marcha");
  Analyze("Cientos de jubilados con carteles en favor de Pinochet protestaron ante la embajada.", {"Pinochet"});
  EXPECT_EQ(Text(ClauseOf("protestar").subject), "Cientos de jubilados");
  Analyze("Unos 300 estudiantes a favor de la reforma se manifestaron en la plaza.");
  EXPECT_EQ(Text(ClauseOf("manifestar").subject), "Unos 300 estudiantes");
  Analyze("En favor de Pinochet protestaron ante la embajada.", {"Pinochet"});
  EXPECT_EQ(Text(ClauseOf("protestar").subject), "");
  // Inside a quotation the phrase is a beneficiary too.
  Analyze("El general dijo: \"Miles de chilenos en favor de la paz marcharon ayer\".");
  EXPECT_EQ(Text(ClauseOf("marchar").subject), "Miles de chilenos");
  // Negatives: a real subject after the phrase; a quoted name, which the
  // walk does not enter; "favor" without "en/a ... de".
  Analyze("En favor de Pinochet los militares retirados protestaron ante la embajada.", {"Pinochet"});
  EXPECT_EQ(Text(ClauseOf("protestar").subject), "los militares retirados");
  Analyze("A favor de la reforma, los estudiantes marcharon ayer.");
  EXPECT_EQ(Text(ClauseOf("marchar").subject), "los estudiantes");
  Analyze("El comité \"En favor de la Vida\" convocó una marcha.");
  EXPECT_EQ(Text(ClauseOf("convocar").subject), "");
  Analyze("El favor de los vecinos sorprendió al alcalde.");
  EXPECT_EQ(Text(ClauseOf("sorprender").subject), "El favor de los vecinos");
}

TEST_F(SpanishClausesTest, RelativeClauseSubjectIsItsNoun) {
  Analyze("Los campesinos que bloquearon la vía fueron detenidos.");
  const Clause& rel = ClauseOf("bloquear");
  EXPECT_TRUE(rel.relative);
  EXPECT_EQ(Text(rel.subject), "Los campesinos");
  const Clause& main = ClauseOf("detener");
  EXPECT_TRUE(main.verb.passive);
  EXPECT_EQ(Text(main.subject), "Los campesinos");  // not "la vía", the relative clause's object
  // A past form right after the relative clause's verb is the main verb.
  Analyze("Los rebeldes que la atacaron huyeron.");
  EXPECT_EQ(Text(ClauseOf("huir").subject), "Los rebeldes");
}

// A gerund after a comma hangs on the main clause, past a relative clause
// between: its subject is the main clause's.
TEST_F(SpanishClausesTest, GerundAfterACommaSkipsARelativeClause) {
  Analyze("Los pescadores cortaron las redes de un barco que navegaba cerca, acusándolos de pescar sin permiso.");
  const Clause& g = ClauseOf("acusar");
  EXPECT_EQ(g.kind, ClauseKind::kGerund);
  EXPECT_EQ(Text(g.subject), "Los pescadores");
  // Without the comma it stays with the clause right before it.
  Analyze("Los pescadores vieron un barco que navegaba buscando atún.");
  EXPECT_EQ(Text(ClauseOf("buscar").subject), "un barco");
}

// A gerund phrase between the subject and a lone comma describes the
// subject: the noun phrase before it is who acts.
TEST_F(SpanishClausesTest, GerundPhraseAfterTheSubject) {
  Analyze("Hombres armados vistiendo uniformes del ejército, atacaron una patrulla.");
  EXPECT_EQ(Text(ClauseOf("atacar").subject), "Hombres armados");
  // Not when something else opens the sentence: "En Cali" says where.
  Analyze("En Cali vistiendo uniformes del ejército, atacaron una patrulla.");
  EXPECT_TRUE(ClauseOf("atacar").subject.empty());
}

// A headline in capitals writes the future without its accent.
TEST_F(SpanishClausesTest, UnaccentedFutureInACapitalsHeadline) {
  Analyze("OBREROS PROTESTARAN EN LIMA");
  EXPECT_EQ(ClauseOf("protestar").verb.tense, Tense::kFuture);
  // The present plural is not the infinitive plus -an.
  Analyze("OBREROS PREPARAN PROTESTA");
  EXPECT_NE(ClauseOf("preparar").verb.tense, Tense::kFuture);
}

// Quotation marks around the verb: the subject is before them.
TEST_F(SpanishClausesTest, QuotedVerbKeepsItsSubject) {
  Analyze("Lima \"lamentó\" la decisión.");
  EXPECT_EQ(Text(ClauseOf("lamentar").subject), "Lima");
}

// A place phrase opening the sentence is no subject; the actor after the
// verb is.
TEST_F(SpanishClausesTest, PlacePhraseFirstSubjectAfterTheVerb) {
  Analyze("En Lima protestaron ayer cientos de estudiantes.", {"estudiantes"});
  EXPECT_EQ(Text(ClauseOf("protestar").subject), "cientos de estudiantes");
  // A subject of its own after the place stays ("En Lima el ejército").
  Analyze("En Lima el ejército detuvo a dos dirigentes.", {"ejército"});
  EXPECT_EQ(Text(ClauseOf("detener").subject), "el ejército");
}

// A verb opening the sentence, with a place phrase (or two) before its
// subject: the phrase after the places is the subject when an actor (or a
// crowd of one) heads it; an object headed by a thing stays an object.
TEST_F(SpanishClausesTest, VerbFirstSubjectAfterThePlace) {
  Analyze("Marcharon ayer en Asunción miles de campesinos contra la reforma.", {"campesinos"});
  EXPECT_EQ(Text(ClauseOf("marchar").subject), "miles de campesinos");
  Analyze("Protestaron ayer frente al Congreso cientos de jubilados.", {"jubilados"});
  EXPECT_EQ(Text(ClauseOf("protestar").subject), "cientos de jubilados");
  // The first rule's place phrase, with a second place before the subject.
  Analyze("En Rosario protestaron frente a la catedral los docentes.", {"docentes"});
  EXPECT_EQ(Text(ClauseOf("protestar").subject), "los docentes");
  // Headed by a thing, not an actor: no subject of its own (pro-drop).
  Analyze("Ocuparon ayer en Asunción la sede del sindicato.", {"sindicato"});
  EXPECT_TRUE(ClauseOf("ocupar").subject.empty());
  // No place between: the phrase after the verb is its object.
  Analyze("Detuvieron ayer a dos campesinos.", {"campesinos"});
  EXPECT_TRUE(ClauseOf("detener").subject.empty());
}

// An aside between dashes stands between the subject and its verb.
TEST_F(SpanishClausesTest, DashAsideBeforeTheVerb) {
  Analyze("Unos 300 mineros -la mayoría jubilados- marcharon hacia la capital.", {"mineros"});
  EXPECT_EQ(Text(ClauseOf("marchar").subject), "Unos 300 mineros");
  Analyze("Uruguay \u2014con el apoyo de Chile\u2014 rechazó la propuesta.", {"Uruguay"});
  EXPECT_EQ(Text(ClauseOf("rechazar").subject), "Uruguay");
  // A lone dash (a headline's tag) is no aside.
  Analyze("HUELGA - Los mineros marcharon hacia la capital.", {"mineros"});
  EXPECT_EQ(Text(ClauseOf("marchar").subject), "Los mineros");
}

// "se" with no subject before the verb: the reflexive passive and the
// impersonal "se"; what follows the verb was acted on, no one is its doer.
TEST_F(SpanishClausesTest, ReflexivePassiveHasNoDoer) {
  Analyze("El alcalde llegó al pueblo. Se reportaron ataques contra la policía.");
  const Clause& rep = ClauseOf("reportar");
  EXPECT_TRUE(rep.verb.passive);
  EXPECT_FALSE(rep.subject_inherited);  // not the mayor of the previous sentence
  EXPECT_EQ(Text(rep.subject), "ataques");
  // What was acted on is not the doer of the next clause by pro-drop.
  Analyze("Se reportaron ataques de la guerrilla y condenó la violencia.");
  EXPECT_TRUE(ClauseOf("condenar").subject.empty());
  // Impersonal "se" with a personal object, a place before the verb.
  Analyze("En Bogotá se detuvo a tres dirigentes.", {"Bogotá", "dirigentes"});
  const Clause& det = ClauseOf("detener");
  EXPECT_TRUE(det.verb.passive);
  EXPECT_EQ(Text(det.subject), "tres dirigentes");
  // "por" names the doer: the passive's agent, as in "fue detenido por".
  Analyze("Se detuvo a tres dirigentes por la policía.", {"dirigentes", "policía"});
  EXPECT_TRUE(ClauseOf("detener").verb.passive);
}

TEST_F(SpanishClausesTest, PronominalVerbsKeepTheirSubject) {
  Analyze("Los campesinos marcharon el lunes. Se enfrentaron a los militares.", {"campesinos", "militares"});
  const Clause& f = ClauseOf("enfrentar");
  EXPECT_FALSE(f.verb.passive);
  EXPECT_TRUE(f.subject_inherited);
  EXPECT_EQ(Text(f.subject), "Los campesinos");
  Analyze("El ministro se opuso a la reforma.");
  EXPECT_FALSE(ClauseOf("oponer").verb.passive);
  EXPECT_EQ(Text(ClauseOf("oponer").subject), "El ministro");
  Analyze("El presidente viajó a Lima. Se retiró del acuerdo.");
  EXPECT_FALSE(ClauseOf("retirar").verb.passive);
  EXPECT_EQ(Text(ClauseOf("retirar").subject), "El presidente");
  // "se lo dijo": "se" stands for "le", the verb has its own subject.
  Analyze("El ministro habló con el embajador. Se lo dijo.");
  EXPECT_FALSE(ClauseOf("decir").verb.passive);
}

// "si" after a preposition is the pronoun "sí" without its accent, not "if":
// the passive after it is no condition ("por si" still is).
TEST_F(SpanishClausesTest, SiAfterAPrepositionIsNoCondition) {
  Analyze("Tres primos entre si fueron asesinados por paramilitares.");
  const Clause& c = ClauseOf("asesinar");
  EXPECT_FALSE(c.conditional);
  EXPECT_TRUE(c.verb.passive);
  Analyze("El ejército dijo que si los rebeldes atacan el pueblo, responderá.");
  EXPECT_TRUE(ClauseOf("atacar").conditional);
}

TEST_F(SpanishClausesTest, ATimeOfDayAfterAnArticleIsNoClause) {
  // "al amanecer", "antes del anochecer": a time, not an infinitive clause
  // that would inherit the subject and take the object after it.
  Analyze("Los campesinos ocuparon al amanecer la sede del municipio.");
  for (const Clause& c : doc_.clauses) EXPECT_NE(c.verb.lemma, "amanecer");
  EXPECT_EQ(doc_.clauses.size(), 1u);
  Analyze("Los soldados llegaron antes del anochecer al cuartel.");
  for (const Clause& c : doc_.clauses) EXPECT_NE(c.verb.lemma, "anochecer");
  // "al" before any other infinitive opens a clause.
  Analyze("Al llegar al cuartel, los soldados dispararon.");
  ClauseOf("llegar");
}

}  // namespace
}  // namespace dyad::es
