#include "lang/es/morphology.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include "config/paths.h"
#include "model/doc.h"
#include "text/normalize.h"
#include "text/segment.h"

namespace dyad::es {
namespace {

// Hunspell's Spanish dictionary is a Debian package (hunspell-es), read
// where it installs; without it these tests skip.
constexpr const char* kHunspellDir = "/usr/share/hunspell";

class MorphologyTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!std::filesystem::exists(std::string(kHunspellDir) + "/es_ES.dic")) return;
    std::string err;
    tagger_ = Tagger::Load(kHunspellDir, std::string(dyad::SourceDir()) + "/data/lexicon/es.closed.txt", &err);
    segmenter_ = Segmenter::Load(std::vector<std::string>{std::string(dyad::SourceDir()) + "/data/text/abbreviations.en.txt",
                                                          std::string(dyad::SourceDir()) + "/data/text/abbreviations.es.txt"},
                                 &err);
  }
  void SetUp() override {
    if (!tagger_) GTEST_SKIP() << "hunspell-es is not installed";
  }
  // Tags `text` (with `with`, else the shipped list's tagger); returns
  // "word/tag/lemma" per token, space-separated.
  std::string Tag(std::string_view text, const Tagger* with = nullptr) {
    doc_ = Doc{};
    doc_.article.text = std::string(text);
    doc_.article.lang = "es";
    Normalizer().Run(doc_);
    segmenter_->Run(doc_);
    (with ? *with : *tagger_).Run(doc_);
    std::string out;
    for (const Token& t : doc_.tokens) {
      if (!out.empty()) out += ' ';
      out += std::string(doc_.text(t.span)) + "/" + std::string(TagName(t.tag)) + "/" + std::string(t.lemma);
    }
    return out;
  }
  Readings Analyze_(std::string_view w) { return tagger_->Analyze(w); }
  static inline std::shared_ptr<Tagger> tagger_;
  static inline std::shared_ptr<Segmenter> segmenter_;
  Doc doc_;
};

TEST_F(MorphologyTest, VerbsGetTheirInfinitiveAndTense) {
  EXPECT_EQ(Tag("Washington revocó la visa."), "Washington/nnp/washington revocó/vbd/revocar la/det/el visa/nn/visa ./pp/.");
  Tag("El ministro dijo que condenará el ataque.");
  EXPECT_EQ(doc_.tokens[2].lemma, "decir");
  EXPECT_EQ(doc_.tokens[2].tag, dyad::Tag::VBD);
  EXPECT_EQ(doc_.tokens[4].lemma, "condenar");
  EXPECT_EQ(TenseOfForm("condenará"), FormTense::kFuture);
  EXPECT_EQ(TenseOfForm("condenaría"), FormTense::kConditional);
  EXPECT_EQ(TenseOfForm("condenaron"), FormTense::kPast);
  EXPECT_EQ(TenseOfForm("condena"), FormTense::kPresent);
}

TEST(TenseOfFirstPluralTest, TheInfinitiveTellsTheFirstPersonPluralsApart) {
  EXPECT_EQ(TenseOfFirstPlural("atacaremos", "atacar"), FormTense::kFuture);
  EXPECT_EQ(TenseOfFirstPlural("romperemos", "romper"), FormTense::kFuture);
  EXPECT_EQ(TenseOfFirstPlural("atacaríamos", "atacar"), FormTense::kConditional);
  EXPECT_EQ(TenseOfFirstPlural("declaremos", "declarar"), FormTense::kExhortative);
  EXPECT_EQ(TenseOfFirstPlural("firmemos", "firmar"), FormTense::kExhortative);
  EXPECT_EQ(TenseOfFirstPlural("hagamos", "hacer"), FormTense::kExhortative);
  EXPECT_EQ(TenseOfFirstPlural("pidamos", "pedir"), FormTense::kExhortative);
  // Indicatives, imperfects and "vamos" are not exhortations.
  EXPECT_EQ(TenseOfFirstPlural("declaramos", "declarar"), FormTense::kPresent);
  EXPECT_EQ(TenseOfFirstPlural("rompemos", "romper"), FormTense::kPresent);
  EXPECT_EQ(TenseOfFirstPlural("pedimos", "pedir"), FormTense::kPresent);
  EXPECT_EQ(TenseOfFirstPlural("queremos", "querer"), FormTense::kPresent);
  EXPECT_EQ(TenseOfFirstPlural("rompíamos", "romper"), FormTense::kPresent);
  EXPECT_EQ(TenseOfFirstPlural("queríamos", "querer"), FormTense::kPresent);
  EXPECT_EQ(TenseOfFirstPlural("rompiéramos", "romper"), FormTense::kPresent);
  EXPECT_EQ(TenseOfFirstPlural("vamos", "ir"), FormTense::kPresent);
  // Third persons are TenseOfForm's.
  EXPECT_EQ(TenseOfFirstPlural("declara", "declarar"), FormTense::kPresent);
  EXPECT_EQ(TenseOfFirstPlural("declaren", "declarar"), FormTense::kPresent);
}

TEST_F(MorphologyTest, NounOrVerbIsDecidedByContext) {
  // "militares" and "condena" are nouns after an article, verbs after a subject.
  Tag("Los militares atacaron el puesto.");
  EXPECT_EQ(doc_.tokens[1].tag, dyad::Tag::NNS);
  EXPECT_EQ(doc_.tokens[1].lemma, "militar");
  EXPECT_EQ(doc_.tokens[2].tag, dyad::Tag::VBD);
  Tag("El gobierno condena la condena.");
  EXPECT_EQ(doc_.tokens[2].tag, dyad::Tag::VBZ);
  EXPECT_EQ(doc_.tokens[4].tag, dyad::Tag::NN);
  // Second-person present forms in -s are nouns in news ("protestas").
  Tag("Las protestas siguieron.");
  EXPECT_TRUE(IsNoun(doc_.tokens[1].tag));
  EXPECT_EQ(doc_.tokens[1].lemma, "protesta");
  // First-person forms too ("apoyo"), and an article still counts over a quote.
  Tag("El Gobierno pidió más apoyo.");
  EXPECT_TRUE(IsNoun(doc_.tokens[4].tag));
  // A participle after a noun is its adjective: the verb may follow it.
  Tag("ESTADOS UNIDOS AMENAZA A CUBA");
  EXPECT_EQ(doc_.tokens[2].tag, dyad::Tag::VBZ);
  Tag("El sindicato unido marcha hacia la capital.");
  EXPECT_EQ(doc_.tokens[3].tag, dyad::Tag::VBZ);
  Tag("El «ataque» fue condenado.");
  EXPECT_TRUE(IsNoun(doc_.tokens[2].tag));
}

TEST_F(MorphologyTest, AFeminineAdjectiveAfterItsNounIsNoVerb) {
  // "violenta" is the adjective and a form of "violentar": after a noun
  // that "una" opens, with no object after it, the adjective.
  Tag("Hubo una manifestación violenta en la plaza.");
  EXPECT_TRUE(IsNoun(doc_.tokens[3].tag));
  EXPECT_EQ(doc_.tokens[3].lemma, "violento");
  Tag("La marcha violenta terminó en la plaza.");
  EXPECT_TRUE(IsNoun(doc_.tokens[2].tag));
  // An object after it keeps the verb ("violates the rights").
  Tag("La policía violenta los derechos de los presos.");
  EXPECT_EQ(doc_.tokens[2].tag, dyad::Tag::VBZ);
  // A masculine noun does not agree with it: the verb.
  Tag("El gobierno violenta en silencio la ley.");
  EXPECT_EQ(doc_.tokens[2].tag, dyad::Tag::VBZ);
}

// "suicida" is known to Hunspell only as a form of "suicidarse": right
// after a common noun, in a clause that has its verb, with no object after
// it, it qualifies the noun.
TEST_F(MorphologyTest, AVerbOnlyFormAfterANounOfAClauseWithItsVerbQualifiesTheNoun) {
  Tag("Tres soldados murieron en un atentado suicida en la capital.");
  EXPECT_TRUE(IsNoun(doc_.tokens[6].tag)) << Tag("Tres soldados murieron en un atentado suicida en la capital.");
  EXPECT_FALSE(IsVerb(doc_.tokens[6].tag));
  // With no verb before it, the same form is the clause's verb.
  Tag("El soldado suicida en la capital.");
  EXPECT_EQ(doc_.tokens[2].tag, dyad::Tag::VBZ);
  // After a relative clause's verb, the main verb may follow its subject.
  Tag("El grupo que atacó el cuartel controla ahora la zona.");
  EXPECT_EQ(doc_.tokens[6].tag, dyad::Tag::VBZ);
  // An object after it keeps the verb.
  Tag("Los soldados llegaron cuando el capitán suicida a los presos.");
  EXPECT_EQ(doc_.tokens[6].tag, dyad::Tag::VBZ);
}

TEST_F(MorphologyTest, ClosedClassesParticiplesAndClitics) {
  Tag("La visa fue revocada por el gobierno del país.");
  EXPECT_EQ(doc_.tokens[2].lemma, "ser");
  EXPECT_EQ(doc_.tokens[3].tag, dyad::Tag::VBN);
  EXPECT_EQ(doc_.tokens[3].lemma, "revocar");
  EXPECT_EQ(doc_.tokens[7].lemma, "de");  // del = de + el
  Tag("La policía lo detuvo.");
  EXPECT_EQ(doc_.tokens[2].tag, dyad::Tag::PRP);  // a clitic before a verb, not an article
  EXPECT_EQ(doc_.tokens[3].lemma, "detener");
  // A word that lost its accents is read as the accented one.
  EXPECT_TRUE(Analyze_("poblacion").noun);
  Tag("Los detenidos llegaron.");
  EXPECT_TRUE(IsNoun(doc_.tokens[1].tag));  // a participle after an article is a noun
}

// A first-person present in -o that is no noun of its own is a preterite
// that lost its accent after a subject ("viajo" = viajó, in a headline in
// capitals too), and the noun the form also is after an article or a verb.
TEST_F(MorphologyTest, UnaccentedPreteriteAfterASubject) {
  Tag("EL PRESIDENTE VIAJO A LIMA");
  EXPECT_EQ(doc_.tokens[2].tag, dyad::Tag::VBD);
  EXPECT_EQ(doc_.tokens[2].lemma, "viajar");
  Tag("El ejército ataco a los rebeldes.");
  EXPECT_EQ(doc_.tokens[2].tag, dyad::Tag::VBD);
  EXPECT_EQ(doc_.tokens[2].lemma, "atacar");
  Tag("El Gobierno pidió más apoyo.");  // after the clause's verb: the noun
  EXPECT_TRUE(IsNoun(doc_.tokens[4].tag));
  Tag("EJERCITO DENUNCIA ATAQUE");  // opening a line: the noun ("ejército")
  EXPECT_TRUE(IsNoun(doc_.tokens[0].tag));
  EXPECT_EQ(doc_.tokens[1].tag, dyad::Tag::VBZ);
}

// After "ser", "muerto" is the passive participle of "matar"; elsewhere it
// stays the noun or adjective.
TEST_F(MorphologyTest, MuertoAfterSerIsThePassiveOfMatar) {
  Tag("Una persona fue muerta por hombres armados.");
  EXPECT_EQ(doc_.tokens[3].tag, dyad::Tag::VBN);
  EXPECT_EQ(doc_.tokens[3].lemma, "matar");
  Tag("El ataque dejó dos muertos.");
  EXPECT_TRUE(IsNoun(doc_.tokens[4].tag));
  Tag("El soldado está muerto.");
  EXPECT_NE(doc_.tokens[3].lemma, "matar");
}

// "Resultar" + "muerto" is the same passive as "ser" + "muerto"; "resultó
// un fracaso" or a noun "muertos" after another verb is none.
TEST_F(MorphologyTest, MuertoAfterResultarIsThePassiveOfMatar) {
  Tag("Dos campesinos resultaron muertos en un ataque.");
  EXPECT_EQ(doc_.tokens[3].tag, dyad::Tag::VBN);
  EXPECT_EQ(doc_.tokens[3].lemma, "matar");
  Tag("La explosión resultó en dos muertos.");
  EXPECT_TRUE(IsNoun(doc_.tokens[5].tag));
  EXPECT_NE(doc_.tokens[5].lemma, "matar");
}

TEST_F(MorphologyTest, PronounsWrittenOntoAnInfinitiveOrGerund) {
  // The verb is read under its pronouns, with the verb's lemma.
  Tag("Siguieron exigiéndole respuestas y decidieron reunirse para dispararles preguntas.");
  EXPECT_EQ(doc_.tokens[1].tag, dyad::Tag::VBG);
  EXPECT_EQ(doc_.tokens[1].lemma, "exigir");
  EXPECT_EQ(doc_.tokens[5].tag, dyad::Tag::VB);
  EXPECT_EQ(doc_.tokens[5].lemma, "reunir");
  EXPECT_EQ(doc_.tokens[7].tag, dyad::Tag::VB);
  EXPECT_EQ(doc_.tokens[7].lemma, "disparar");
  EXPECT_TRUE(Analyze_("pidiéndoles").enclitic);
  EXPECT_EQ(Analyze_("dándole").verb_lemma, "dar");  // Hunspell does not know the whole form
  // Nouns of the same shape keep their reading: no verb before the ending.
  EXPECT_FALSE(Analyze_("charla").enclitic);
  EXPECT_FALSE(Analyze_("hermanos").enclitic);
  // The object pronoun, not the reflexive "se".
  EXPECT_EQ(ObjectEnclitic("pidiéndoles"), "les");
  EXPECT_EQ(ObjectEnclitic("dárselo"), "lo");
  EXPECT_EQ(ObjectEnclitic("acusarla"), "la");
  EXPECT_EQ(ObjectEnclitic("reunirse"), "");
}

TEST_F(MorphologyTest, StemChangingInfinitives) {
  // Their preterite raises the stem vowel ("pidió", "siguió", "murió").
  for (std::string_view w : {"pedir", "impedir", "seguir", "elegir", "morir", "sugerir"}) {
    Readings r = Analyze_(w);
    EXPECT_TRUE(r.infinitive) << w;
    EXPECT_EQ(r.verb_lemma, w);
  }
  Tag("Decidieron pedir ayuda.");
  EXPECT_EQ(doc_.tokens[1].tag, dyad::Tag::VB);
  // A noun in -ir with no such verb stays a noun.
  EXPECT_FALSE(Analyze_("nadir").infinitive);
}

// After an infinitive, "la/los/las" is an article (clitics are written
// onto an infinitive: "rechazarla"), even before a noun Hunspell knows only
// as a verb form; "tras" takes an infinitive as "sin" and "al" do.
TEST_F(MorphologyTest, ArticleAfterAnInfinitive) {
  Tag("Marcharon tras rechazar la reforma.");
  EXPECT_EQ(doc_.tokens[2].tag, dyad::Tag::VB);
  EXPECT_EQ(doc_.tokens[3].tag, dyad::Tag::DET);
  EXPECT_TRUE(IsNoun(doc_.tokens[4].tag));
  // Before a finite verb the clitic reading stays.
  Tag("La policía la reforma.");
  EXPECT_EQ(doc_.tokens[2].tag, dyad::Tag::PRP);
}

// The memo is shared by the coding threads: words analysed by two threads
// at once (each first seen by both) get the readings one thread alone gets,
// and a word's readings are found at the same place however often asked.
TEST_F(MorphologyTest, ConcurrentAnalysisMatchesSequential) {
  std::string err;
  auto fresh = Tagger::Load(kHunspellDir, std::string(dyad::SourceDir()) + "/data/lexicon/es.closed.txt", &err);
  ASSERT_TRUE(fresh) << err;
  const std::vector<std::string> words = {"condenó", "protestas", "viajo", "poblacion", "exigiéndole", "pedir",
                                          "militares", "violenta", "detenidos", "atacar", "xyzzyq", "marcha"};
  std::vector<std::vector<const Readings*>> seen(2);
  std::vector<std::thread> threads;
  for (int k = 0; k < 2; ++k)
    threads.emplace_back([&, k] {
      for (int round = 0; round < 3; ++round)
        for (const std::string& w : words) seen[k].push_back(&fresh->Analyze(w));
    });
  for (std::thread& t : threads) t.join();
  for (size_t i = 0; i < seen[0].size(); ++i) EXPECT_EQ(seen[0][i], seen[1][i]) << words[i % words.size()];
  for (const std::string& w : words) {
    const Readings& a = fresh->Analyze(w);
    Readings b = tagger_->Analyze(w);
    EXPECT_EQ(a.noun, b.noun) << w;
    EXPECT_EQ(a.finite, b.finite) << w;
    EXPECT_EQ(a.participle, b.participle) << w;
    EXPECT_EQ(a.infinitive, b.infinitive) << w;
    EXPECT_EQ(a.enclitic, b.enclitic) << w;
    EXPECT_EQ(a.unaccented_past, b.unaccented_past) << w;
    EXPECT_EQ(a.noun_lemma, b.noun_lemma) << w;
    EXPECT_EQ(a.verb_lemma, b.verb_lemma) << w;
  }
}

// The closed list's two-word entries ("de nuevo<TAB>rb") tag both words
// only right after a verb; a phrase of three words is refused with the
// file and line. A list of our own, so the test does not depend on which
// phrases the shipped list holds.
TEST_F(MorphologyTest, TwoWordEntriesTagAPhraseAfterAVerb) {
  const std::string dir = ::testing::TempDir();
  const std::string list = dir + "/closed_phrases.txt";
  std::ofstream(list) << "# test list\nde\tin\nel\tdet\nla\tdet\tel\nde golpe\trb\n";
  std::string err;
  auto tagger = Tagger::Load(kHunspellDir, list, &err);
  ASSERT_TRUE(tagger) << err;
  auto tags = [&](std::string_view text) {
    Tag(text, tagger.get());
    std::string out;
    for (const Token& t : doc_.tokens) out += std::string(TagName(t.tag)) + " ";
    return out;
  };
  // "cerraron de golpe la puerta": after a finite verb, an adverb.
  EXPECT_EQ(tags("Cerraron de golpe la puerta."), "vbd rb rb det nn pp ");
  // Not after a verb: the preposition and its noun stay.
  EXPECT_TRUE(tags("El ruido de golpe fue fuerte.").starts_with("det nn in nn ")) << tags("El ruido de golpe fue fuerte.");

  const std::string bad = dir + "/closed_bad.txt";
  std::ofstream(bad) << "de\tin\nde un golpe\trb\n";
  EXPECT_FALSE(Tagger::Load(kHunspellDir, bad, &err));
  EXPECT_NE(err.find("closed_bad.txt:2:"), std::string::npos) << err;
}

// Stop 35 (h-es14): the register's unaccented preterite right after an
// apposition closed by a comma is the subject's verb (PredicateAfterApposition).
TEST_F(MorphologyTest, UnaccentedPreteriteAfterAnApposition) {
  Tag("Marta Ruiz , personera municipal , denuncio que recibe amenazas .");
  EXPECT_EQ(doc_.tokens[6].tag, dyad::Tag::VBD);
  EXPECT_EQ(doc_.tokens[6].lemma, "denunciar");
  // Negative: after a clause with its verb, a word in a list stays a noun.
  Tag("El alcalde pidió al gobernador , al ministro , apoyo para la ciudad .");
  EXPECT_TRUE(IsNoun(doc_.tokens[9].tag)) << TagName(doc_.tokens[9].tag);
  // Negative: no apposition before the comma (nothing opens it).
  Tag("Marta Ruiz , apoyo que recibe amenazas .");
  EXPECT_TRUE(IsNoun(doc_.tokens[3].tag)) << TagName(doc_.tokens[3].tag);
}

// Stop 35 (h-es14): "entre sí" / "entre si" is an adverb, unless a verb
// follows ("if").
TEST_F(MorphologyTest, EntreSiIsAnAdverb) {
  Tag("Tres hermanas entre si fueron secuestradas .");
  EXPECT_EQ(doc_.tokens[2].tag, dyad::Tag::RB);
  EXPECT_EQ(doc_.tokens[3].tag, dyad::Tag::RB);
  Tag("Los campesinos dudaban entre si marchar o quedarse .");
  EXPECT_EQ(doc_.tokens[4].tag, dyad::Tag::IN);
}

}  // namespace
}  // namespace dyad::es
