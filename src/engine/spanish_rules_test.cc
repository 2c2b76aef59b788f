// The whole Spanish pipeline on general readings a news reader expects
// (stop 13: enclitic pronouns, given names that are also countries' names,
// "por parte de"), each on sentences written for this test.
#include <gtest/gtest.h>

#include "engine/engine.h"
#include "engine/runner.h"
#include "testing/default_engine.h"

namespace dyad {
namespace {

using testing::HaveSpanish;

std::vector<EventRecord> CodeEs(const std::string& text, const std::string& published = "2024-03-01") {
  return testing::CodeText(text, published, "es");
}
using testing::CodeOf;
using testing::Dump;

// Whether some event has a source and target starting with src and tgt and
// a code starting with code.
bool Has(const std::vector<EventRecord>& events, std::string_view src, std::string_view code, std::string_view tgt) {
  for (const EventRecord& e : events)
    if (e.source.starts_with(src) && e.target.starts_with(tgt) && e.code.starts_with(code)) return true;
  return false;
}

TEST(SpanishRulesTest, AGerundWithAnAttachedPronounIsAVerb) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "exigiéndole": exigiendo + le. The demand is the subject's, made to
  // the one named after it.
  auto ev = CodeEs("Los camioneros de Bolivia bloquearon la carretera, exigiéndole al Gobierno de Bolivia una rebaja "
                   "del combustible.");
  EXPECT_TRUE(Has(ev, "BOL", "10", "BOLGOV")) << Dump(ev);
  // With no one named after it, the pronoun stands for the earlier
  // clause's object: the leaders received are the ones asked.
  ev = CodeEs("El presidente de Perú recibió a los dirigentes de Bolivia, pidiéndoles paciencia.");
  EXPECT_TRUE(Has(ev, "PERGOV", "02", "BOL")) << Dump(ev);
}

TEST(SpanishRulesTest, AnInfinitiveWithAnAttachedPronounIsAVerb) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "reunirse" under "decidir": a stated intention to meet.
  auto ev = CodeEs("El canciller de Chile decidió reunirse con el canciller de Bolivia.");
  EXPECT_EQ(CodeOf(ev, "CHLGOV", "BOLGOV"), "036") << Dump(ev);
  // Under an implicative verb ("volver a"), a noun of the infinitive's
  // clause names an act that took place.
  ev = CodeEs("Las relaciones volvieron a tensarse con una protesta de Paraguay por la detención de sus pescadores.");
  EXPECT_EQ(CodeOf(ev, "PRY", "").substr(0, 2), "14") << Dump(ev);
  // Under a negated one, it did not.
  ev = CodeEs("Las relaciones no volvieron a tensarse con una protesta de Paraguay por la detención de sus pescadores.");
  EXPECT_EQ(CodeOf(ev, "PRY", ""), "") << Dump(ev);
}

TEST(SpanishRulesTest, ACountrysNameBeforeASurnameIsAGivenName) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "Mauricio" is also Mauritius' Spanish name; before a surname it is a man.
  auto ev = CodeEs("El dirigente Mauricio Gómez criticó al Gobierno de Perú.");
  for (const EventRecord& e : ev) EXPECT_FALSE(e.source.starts_with("MUS")) << Dump(ev);
  // Alone it is still the country.
  ev = CodeEs("El Gobierno de Francia criticó a Mauricio por la detención de un periodista.");
  EXPECT_TRUE(Has(ev, "FRAGOV", "11", "MUS")) << Dump(ev);
}

TEST(SpanishRulesTest, AnAppositionNamesAnAgentWhoseCountryWasGuessed) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "El secretario de Estado" takes Colombia from the sentence; the name
  // after it says he is the United States'.
  auto ev = CodeEs("El secretario de Estado, Marco Rubio, criticó al presidente colombiano.", "2025-10-01");
  EXPECT_TRUE(Has(ev, "USAGOV", "111", "COLGOV")) << Dump(ev);
  // An agent named with its own country keeps it.
  ev = CodeEs("El canciller de Chile, un abogado de Santiago, criticó al presidente de Bolivia.", "2025-10-01");
  EXPECT_TRUE(Has(ev, "CHLGOV", "111", "BOLGOV")) << Dump(ev);
}

TEST(SpanishRulesTest, ATimeAdjunctBeforeTheObjectIsNoGoverningPreposition) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "desde el 3 de marzo" says since when; the strike is held.
  auto ev = CodeEs("Los mineros de Chile mantienen desde el 3 de marzo una huelga indefinida.");
  EXPECT_TRUE(Has(ev, "CHL", "143", "")) << Dump(ev);
  // "desde la huelga": a strike long past, not reported here.
  ev = CodeEs("La producción de cobre de Chile cayó desde la huelga de los mineros de Chile.");
  EXPECT_FALSE(Has(ev, "CHL", "143", "")) << Dump(ev);
}

TEST(SpanishRulesTest, CoordinatedAdjectivesNameOneGroup) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "armados y encapuchados": one group of armed, hooded men, one attack.
  auto ev = CodeEs("Hombres armados y encapuchados atacaron a un maestro en Colombia.");
  EXPECT_EQ(ev.size(), 1u) << Dump(ev);
  // Two groups named by nouns are two actors.
  ev = CodeEs("Los estudiantes y campesinos de Bolivia marcharon en La Paz.");
  EXPECT_TRUE(Has(ev, "BOLEDU", "14", "")) << Dump(ev);
  EXPECT_TRUE(Has(ev, "BOLAGR", "14", "")) << Dump(ev);
}

TEST(SpanishRulesTest, VictimsNamedByTheirOffice) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // A municipal ombudsman ("personero") is a local official; wire copy
  // writes "medico" without its accent.
  auto ev = CodeEs("Paramilitares de Colombia amenazaron al personero del municipio.");
  EXPECT_TRUE(Has(ev, "COL", "13", "COLGOV")) << Dump(ev);
  ev = CodeEs("Guerrilleros de Colombia dieron muerte al medico del pueblo.");
  EXPECT_TRUE(Has(ev, "COL", "19", "COLHLH")) << Dump(ev);
}

TEST(SpanishRulesTest, RegrettingAnotherPartysConductDisapprovesOfIt) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // Quotation marks around the verb keep its subject; the regret is
  // aimed at Chile's conduct (110), not a pessimistic comment (012).
  auto ev = CodeEs("Lima \"lamentó\" la actitud del Gobierno de Chile en la frontera.");
  EXPECT_TRUE(Has(ev, "PERGOV", "110", "CHLGOV")) << Dump(ev);
}

TEST(SpanishRulesTest, AidCutAnnouncedIsCut) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // As the verbs "suspender ayuda", "recortar ayuda" (162); announced, it is made.
  auto ev = CodeEs("Washington anunció el recorte de la ayuda militar a Egipto.");
  EXPECT_TRUE(Has(ev, "USAGOV", "162", "EGY")) << Dump(ev);
  // Asked for, it has not happened.
  ev = CodeEs("El Congreso de Estados Unidos pidió el recorte de la ayuda militar a Egipto.");
  EXPECT_FALSE(Has(ev, "USA", "162", "EGY")) << Dump(ev);
}

TEST(SpanishRulesTest, SpainsOfficeHoldersByTheirDates) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = CodeEs("Margarita Robles criticó a Rusia por el ataque.", "2025-06-01");
  EXPECT_TRUE(Has(ev, "ESPGOV", "111", "RUS")) << Dump(ev);
  // Teresa Ribera left the government for the European Commission.
  ev = CodeEs("Teresa Ribera criticó a China por sus emisiones.", "2025-06-01");
  EXPECT_TRUE(Has(ev, "IGOEUREEC", "111", "CHN")) << Dump(ev);
  ev = CodeEs("Teresa Ribera criticó a China por sus emisiones.", "2022-06-01");
  EXPECT_TRUE(Has(ev, "ESPGOV", "111", "CHN")) << Dump(ev);
}

TEST(SpanishRulesTest, AMeasureDoesNotEndTheNounsPhrase) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "del 10 %" is the tariff's size; "a los vinos franceses" still names
  // whom it is aimed at.
  auto ev = CodeEs("Washington impuso aranceles del 10 % a los vinos franceses.");
  EXPECT_TRUE(Has(ev, "USAGOV", "163", "FRA")) << Dump(ev);
  ev = CodeEs("Washington impuso aranceles del 10 por ciento a los vinos franceses.");
  EXPECT_TRUE(Has(ev, "USAGOV", "163", "FRA")) << Dump(ev);
}

TEST(SpanishRulesTest, QueAfterTheHearerOfAVerbOfSayingOpensWhatWasSaid) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "dijo a la prensa que ...": the press is who was told, not the subject
  // of a relative clause; the reported clause's subject is the speaker.
  auto ev = CodeEs("Los sindicatos de Chile anunciaron este lunes a la prensa que bloquearán las carreteras del sur.");
  EXPECT_FALSE(Has(ev, "CHLMED", "", "")) << Dump(ev);
  EXPECT_FALSE(Has(ev, "---MED", "", "")) << Dump(ev);
  ev = CodeEs("El jefe de los camioneros de Bolivia dijo a los periodistas que bloquearán las rutas del país.");
  EXPECT_FALSE(Has(ev, "BOLMED", "", "")) << Dump(ev);
  // Not after a verb that is not one of saying: "criticó a la prensa que
  // publicó las fotos" keeps the relative clause on the press.
  ev = CodeEs("El ministro de Chile criticó a la prensa que publicó las fotos.");
  EXPECT_TRUE(Has(ev, "CHLGOV", "111", "")) << Dump(ev);
}

}  // namespace

TEST(SpanishRulesTest, UnknownAttackersAndSubjectsAfterAPlace) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "Desconocidos" opening a violence report: unidentified attackers (of
  // Colombia since stop 17, which knows Cali).
  auto ev = CodeEs("Desconocidos asesinaron el sábado a un concejal en las afueras de Cali.");
  EXPECT_TRUE(Has(ev, "COLUAF", "18", "")) << Dump(ev);
  // Lower-case, the adjective: no actor, so nothing is detained but the reporters.
  ev = CodeEs("La policía de Bolivia detuvo por motivos desconocidos a dos reporteros.");
  EXPECT_FALSE(Has(ev, "BOL", "17", "BOLUAF")) << Dump(ev);
  EXPECT_FALSE(Has(ev, "BOL", "17", "---UAF")) << Dump(ev);
  // A verb first, then a time and a place, then who marched.
  ev = CodeEs("Marcharon el miércoles en La Paz miles de mineros bolivianos contra el Gobierno.");
  EXPECT_TRUE(Has(ev, "BOL", "141", "BOLGOV")) << Dump(ev);
  // An aside between dashes does not hide the subject.
  ev = CodeEs("Cientos de maestros paraguayos -muchos de ellos del interior- marcharon contra el Gobierno de Paraguay.");
  EXPECT_TRUE(Has(ev, "PRY", "141", "PRYGOV")) << Dump(ev);
}

TEST(SpanishRulesTest, AnInfinitiveAfterAlOrTrasHappened) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "al" + infinitive after a clause that happened: done with it, by its subject.
  auto ev = CodeEs("Los estudiantes de Chile marcharon por Santiago al rechazar la reforma del Gobierno de Chile.");
  EXPECT_TRUE(Has(ev, "CHL", "12", "CHLGOV")) << Dump(ev);
  // "tras" + infinitive: an act done before the main one.
  ev = CodeEs("El presidente de Francia habló con la prensa tras reunirse con el canciller de Alemania.");
  EXPECT_TRUE(Has(ev, "FRAGOV", "04", "DEUGOV")) << Dump(ev);
  // Not after a negated, future or passive clause.
  ev = CodeEs("El presidente de Francia no habló con la prensa tras reunirse con el canciller de Alemania.");
  EXPECT_FALSE(Has(ev, "FRAGOV", "04", "DEUGOV")) << Dump(ev);
  ev = CodeEs("El presidente de Francia hablará con la prensa tras reunirse con el canciller de Alemania.");
  EXPECT_FALSE(Has(ev, "FRAGOV", "04", "DEUGOV")) << Dump(ev);
  ev = CodeEs("Tres estudiantes de Chile fueron heridos al disparar los carabineros sobre los manifestantes.");
  EXPECT_FALSE(Has(ev, "CHLEDU", "19", "")) << Dump(ev);
  // "para" + infinitive stays a purpose, not a thing done.
  ev = CodeEs("El presidente de Francia viajó a Berlín para reunirse con el canciller de Alemania.");
  EXPECT_FALSE(Has(ev, "FRAGOV", "040", "DEUGOV")) << Dump(ev);
}

TEST(SpanishRulesTest, ReadyToActAfterEstarIsAnIntention) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "estar dispuesto a" + infinitive: the willingness is stated, the act
  // not done (036 for a meeting, not 04).
  auto ev = CodeEs("El Gobierno de Uruguay está dispuesto a reunirse con el Gobierno de Paraguay.");
  EXPECT_EQ(CodeOf(ev, "URYGOV", "PRYGOV"), "036") << Dump(ev);
  ev = CodeEs("Los ministros de Uruguay están dispuestos a reunirse con el Gobierno de Paraguay.");
  EXPECT_EQ(CodeOf(ev, "URYGOV", "PRYGOV"), "036") << Dump(ev);
  // A blockade the strikers are ready for is not a blockade.
  ev = CodeEs("Los camioneros de Uruguay están dispuestos a bloquear las carreteras.");
  EXPECT_FALSE(Has(ev, "URY", "144", "")) << Dump(ev);
}

TEST(SpanishRulesTest, StrikesThatStopServicesAndInfinitivesAfterDe) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // Stopping one's own service or classes is a strike; marching through
  // the streets a demonstration.
  auto ev = CodeEs("Los médicos de Paraguay paralizaron el servicio de urgencias contra el Gobierno de Paraguay.");
  EXPECT_TRUE(Has(ev, "PRY", "143", "")) << Dump(ev);
  ev = CodeEs("Miles de estudiantes de Paraguay desfilaron por las calles de Asunción.");
  EXPECT_TRUE(Has(ev, "PRY", "141", "")) << Dump(ev);
  // An infinitive after "de" completes a noun: a threat to strike is no strike.
  ev = CodeEs("Los médicos de Paraguay repitieron su advertencia de paralizar el servicio de urgencias.");
  EXPECT_FALSE(Has(ev, "PRY", "143", "")) << Dump(ev);
  // ... unless the noun names a purpose: the demand is made by coming.
  ev = CodeEs("Los campesinos de Paraguay llegaron a la plaza central con el fin de reclamar tierras al Gobierno de "
              "Paraguay.");
  EXPECT_TRUE(Has(ev, "PRY", "10", "PRYGOV")) << Dump(ev);
  // "acabar de" + infinitive: just done.
  ev = CodeEs("El Gobierno de Paraguay acaba de expulsar al embajador de Bolivia.");
  EXPECT_TRUE(Has(ev, "PRYGOV", "1", "BOL")) << Dump(ev);
}

TEST(SpanishRulesTest, SentenciarClosingAQuotationIsSaying) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // '"...", sentenció X' closes a quotation: a verb of saying, no sentence
  // handed down.
  auto ev = CodeEs("\"Los partidos de Paraguay son culpables de la crisis\", sentenció el ministro de Bolivia.");
  EXPECT_FALSE(Has(ev, "", "116", "")) << Dump(ev);
  // With a penalty it is a court's sentence.
  ev = CodeEs("Un tribunal de Paraguay sentenció a cadena perpetua al jefe rebelde.");
  EXPECT_TRUE(Has(ev, "PRY", "116", "")) << Dump(ev);
  ev = CodeEs("El jefe rebelde fue sentenciado a veinte años de prisión por un tribunal de Paraguay.");
  EXPECT_TRUE(Has(ev, "PRY", "116", "")) << Dump(ev);
}

TEST(SpanishRulesTest, TenerPrevistoIsAPlan) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "tiene previsto" + infinitive: a plan, as "planea"; the meeting is an
  // intention (036), not a meeting held.
  auto ev = CodeEs("El canciller de Paraguay tiene previsto reunirse con el presidente de Bolivia.");
  EXPECT_TRUE(Has(ev, "PRY", "036", "BOL")) << Dump(ev);
  EXPECT_FALSE(Has(ev, "PRY", "040", "")) << Dump(ev);
  // A planned march is no march held.
  ev = CodeEs("Para el lunes está prevista una marcha de campesinos de Paraguay.");
  EXPECT_FALSE(Has(ev, "PRY", "141", "")) << Dump(ev);
  // But a strike named as the cause of what is planned is on.
  ev = CodeEs("Los cortes de luz estaban previstos debido a la huelga de los trabajadores de Paraguay.");
  EXPECT_TRUE(Has(ev, "PRY", "143", "")) << Dump(ev);
}

TEST(SpanishRulesTest, AStateNamedByItsNameDoesNotProtestAgainstItself) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // A country's name is its state: a protest it lodges is not aimed at its
  // own government.
  auto ev = CodeEs("Uruguay protestó formalmente por la pesca ilegal en sus aguas.");
  EXPECT_TRUE(Has(ev, "URY", "14", "")) << Dump(ev);
  EXPECT_FALSE(Has(ev, "URY", "14", "URYGOV")) << Dump(ev);
  // So for a purpose: walking out to protest.
  ev = CodeEs("Uruguay abandonó la reunión para protestar contra el proyecto de resolución.");
  EXPECT_FALSE(Has(ev, "URY", "14", "URYGOV")) << Dump(ev);
  // Its people, named by a demonym, protest against their government.
  ev = CodeEs("Miles de uruguayos protestaron el lunes en las calles.");
  EXPECT_TRUE(Has(ev, "URY", "14", "URYGOV")) << Dump(ev);
}

TEST(SpanishRulesTest, AProtestThatSaysHowAPlannedActIsDoneIsPlanned) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "en protesta por" is the manner of the planned march: nothing done yet.
  auto ev = CodeEs("Una marcha de maestros de Paraguay está prevista para el jueves en Asunción, en protesta contra "
                   "la reforma de las pensiones.");
  for (const EventRecord& e : ev) EXPECT_FALSE(e.code.starts_with("14")) << Dump(ev);
  // A march held in protest is a protest.
  ev = CodeEs("Los maestros de Paraguay marcharon el jueves en Asunción, en protesta contra la reforma de las "
              "pensiones.");
  EXPECT_TRUE(Has(ev, "PRY", "14", "")) << Dump(ev);
}

TEST(SpanishRulesTest, ACountOfProtestersBySourceBeforeTheVerb) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // The people are counted twice, by two sources, the second count a range;
  // the comma closes the list, and the subject follows a place.
  auto ev = CodeEs("En Uruguay 8.000 estudiantes según la policía y entre 15.000 y 20.000 según los rectores, "
                   "marcharon el viernes contra el recorte del presupuesto.");
  EXPECT_TRUE(Has(ev, "URYEDU", "14", "")) << Dump(ev);
  // "Según X" opening the sentence names who reports, never who acts.
  ev = CodeEs("Según la policía de Uruguay, marcharon el viernes contra el recorte del presupuesto.");
  EXPECT_FALSE(Has(ev, "URYCOP", "", "")) << Dump(ev);
}

TEST(SpanishRulesTest, PopularProtestsAreNoPartys) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "populares" after a noun is the adjective, not Spain's Partido Popular.
  auto ev = CodeEs("Las organizaciones populares de Bolivia marcharon contra el Gobierno de Bolivia.");
  for (const EventRecord& e : ev) EXPECT_FALSE(e.source.starts_with("ESP")) << Dump(ev);
  // The party's members, "los populares", still are.
  ev = CodeEs("Los populares criticaron al Gobierno de Francia por los aranceles.", "2019-03-01");
  EXPECT_TRUE(Has(ev, "ESP", "11", "FRAGOV")) << Dump(ev);
}

TEST(SpanishRulesTest, AProtestInACapitalIsItsCountrysPeoples) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // No doer named: the protest is held by the capital's country, as one in a
  // town or a country is, not by the government the capital stands for.
  auto ev = CodeEs("Las protestas en Lima contra el alza de los combustibles dejaron dos heridos.");
  EXPECT_EQ(CodeOf(ev, "PER", "").substr(0, 2), "14") << Dump(ev);
  EXPECT_FALSE(Has(ev, "PERGOV", "14", "")) << Dump(ev);
}

TEST(SpanishRulesTest, ACrowdNamedByItsSizeIsCivilians) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // A bare count is a crowd of civilians, of the country the sentence names.
  auto ev = CodeEs("Miles marcharon el sábado en Quito contra el alza del combustible.");
  EXPECT_TRUE(Has(ev, "ECUCVL", "14", "")) << Dump(ev);
  ev = CodeEs("La policía de Bolivia detuvo a decenas frente al tribunal electoral.");
  EXPECT_TRUE(Has(ev, "BOLCOP", "173", "BOLCVL")) << Dump(ev);
  // Before "de" the count is no one: the peasants march, and money counted
  // in thousands is nobody.
  ev = CodeEs("Cientos de campesinos de Paraguay marcharon el lunes en Asunción.");
  EXPECT_TRUE(Has(ev, "PRYAGR", "14", "")) << Dump(ev);
  EXPECT_FALSE(Has(ev, "PRYCVL", "", "")) << Dump(ev);
  ev = CodeEs("Japón prometió miles de millones de dólares a Kenia.");
  EXPECT_FALSE(Has(ev, "", "", "KENCVL")) << Dump(ev);
  EXPECT_FALSE(Has(ev, "", "", "JPNCVL")) << Dump(ev);
  // "por decenas" says how many were held; it names no doer of the passive.
  ev = CodeEs("Los estudiantes de Chile fueron detenidos por decenas en Santiago.");
  for (const EventRecord& e : ev) EXPECT_FALSE(e.source.ends_with("CVL")) << Dump(ev);
}

TEST(SpanishRulesTest, ACityOfLatinAmericaIsItsCountrysPlace) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // A protest noun whose place is a city outside the capital is that
  // country's, as one in the capital or in the country is.
  auto ev = CodeEs("Las protestas en Cochabamba contra el precio del agua dejaron tres heridos.");
  EXPECT_EQ(CodeOf(ev, "BOL", "").substr(0, 2), "14") << Dump(ev);
  // An agent named by its city takes the city's country.
  ev = CodeEs("El alcalde de Medellín criticó a los rebeldes del ELN.");
  EXPECT_TRUE(Has(ev, "COLGOV", "11", "")) << Dump(ev);
}

TEST(SpanishRulesTest, AProtestInAPlaceOfItsOwnCountryIsAimedAtItsGovernment) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // Held in a city of the marchers' own country and naming no one: aimed at
  // their government, not at the place.
  auto ev = CodeEs("Los maestros ecuatorianos marcharon el lunes en Guayaquil.");
  EXPECT_TRUE(Has(ev, "ECUEDU", "14", "ECUGOV")) << Dump(ev);
  for (const EventRecord& e : ev) EXPECT_NE(e.target, "ECU") << Dump(ev);
  // A place abroad is still the protest's target.
  ev = CodeEs("Los maestros ecuatorianos marcharon el lunes en Arequipa.");
  EXPECT_TRUE(Has(ev, "ECUEDU", "14", "PER")) << Dump(ev);
}

TEST(SpanishRulesTest, APlaceAfterTheObjectAndACommaSaysWhere) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // Trailing place names, as violence registers write them: the victims are
  // the people, the stolen things are things; neither is the department.
  auto ev = CodeEs("Guerrilleros del ELN secuestraron a dos campesinos , ARAUCA , TAME");
  EXPECT_TRUE(Has(ev, "COLREB", "181", "COLAGR")) << Dump(ev);
  for (const EventRecord& e : ev) EXPECT_NE(e.target, "COL") << Dump(ev);
  ev = CodeEs("Guerrilleros de las FARC quemaron tres camiones , CAUCA , SUAREZ");
  EXPECT_TRUE(Has(ev, "COLREB", "171", "")) << Dump(ev);
  for (const EventRecord& e : ev) EXPECT_NE(e.target, "COL") << Dump(ev);
  // Two states joined by "y" are both acted on.
  ev = CodeEs("El Gobierno de Brasil criticó a Venezuela y Colombia por el cierre de la frontera.");
  EXPECT_TRUE(Has(ev, "BRAGOV", "11", "VEN")) << Dump(ev);
  EXPECT_TRUE(Has(ev, "BRAGOV", "11", "COL")) << Dump(ev);
}

TEST(SpanishRulesTest, AProtestLodgedIsAFormalComplaint) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "elevar una protesta ante X": an official complaint (114), no march.
  auto ev = CodeEs("El Gobierno de Chile elevó una protesta formal ante el Gobierno de Argentina por el incidente.");
  EXPECT_EQ(CodeOf(ev, "CHLGOV", "ARGGOV"), "114") << Dump(ev);
  for (const EventRecord& e : ev) EXPECT_FALSE(e.code.starts_with("141")) << Dump(ev);
}

TEST(SpanishRulesTest, AProtestReportedAsTakingPlaceWithNoDoerHasTheUnknownSource) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // A verb that reports the protests as having happened: someone protested,
  // whom the sentence does not name.
  auto ev = CodeEs("La subida del pasaje desató una ola de protestas contra el alcalde.");
  EXPECT_TRUE(Has(ev, "---", "14", "")) << Dump(ev);
  ev = CodeEs("Durante la noche se produjeron nuevas manifestaciones frente al palacio.");
  EXPECT_TRUE(Has(ev, "---", "14", "")) << Dump(ev);
  // Heading the subject of such a verb in the past.
  ev = CodeEs("Las protestas contra el alcalde comenzaron el martes en el centro de la ciudad.");
  EXPECT_TRUE(Has(ev, "---", "14", "")) << Dump(ev);
  ev = CodeEs("Nuevas huelgas estallaron el martes en las minas del sur.");
  EXPECT_TRUE(Has(ev, "---", "14", "")) << Dump(ev);
  // Mentioned, forbidden, feared, only possible or still to come: no event.
  for (const char* s : {"Las protestas estarán prohibidas durante la visita del papa.",
                        "Las protestas contra el alcalde comenzarán el lunes.",
                        "Tras las protestas de ayer, el alcalde pidió calma.",
                        "La subida del pasaje podría provocar protestas en la capital.",
                        "La subida del pasaje no provocó protestas.",
                        "El alcalde teme que la subida del pasaje provoque protestas."}) {
    ev = CodeEs(s);
    for (const EventRecord& e : ev) EXPECT_FALSE(e.code.starts_with("14")) << s << "\n" << Dump(ev);
  }
  // A subject naming an actor may be the cause ("el Gobierno provocó
  // protestas") as well as the doer: no unknown doer is made up for it.
  ev = CodeEs("El Gobierno de Perú provocó una ola de protestas.");
  EXPECT_FALSE(Has(ev, "---", "14", "")) << Dump(ev);
}

TEST(SpanishRulesTest, APurposeAfterACommaSkipsTheRelativeClauseBefore) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // ", para exigir ..." after a relative clause between commas is the
  // purpose of the main act: the teachers demand, not the square.
  auto ev = CodeEs("Los maestros de Ecuador se reunieron en la plaza central, que está frente al palacio, para exigir "
                   "al Gobierno de Ecuador el pago de sus salarios.");
  EXPECT_TRUE(Has(ev, "ECUEDU", "10", "ECUGOV")) << Dump(ev);
  ev = CodeEs("Los campesinos de Ecuador ocuparon la hacienda, que pertenece a un ministro, para protestar contra el "
              "Gobierno de Ecuador.");
  EXPECT_TRUE(Has(ev, "ECUAGR", "14", "")) << Dump(ev);
  // Without a comma the purpose stays the relative clause's: the mayor
  // who travels is the one who asks.
  ev = CodeEs("Los maestros de Ecuador criticaron al alcalde de Quito que viajó a Lima para pedir un préstamo.");
  EXPECT_FALSE(Has(ev, "ECUEDU", "10", "")) << Dump(ev);
}

TEST(SpanishRulesTest, AViolentDemonstrationIsARiot) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // CAMEO 145, protest violently: the adjective before or after the noun.
  auto ev = CodeEs("Una violenta manifestación de estudiantes de Chile terminó con diez detenidos.");
  EXPECT_TRUE(Has(ev, "CHLEDU", "145", "")) << Dump(ev);
  ev = CodeEs("Las protestas violentas contra el alcalde comenzaron el martes.");
  EXPECT_TRUE(Has(ev, "---", "145", "")) << Dump(ev);
  // A peaceful one stays a demonstration.
  ev = CodeEs("Una pacífica manifestación de estudiantes de Chile terminó sin detenidos.");
  EXPECT_TRUE(Has(ev, "CHLEDU", "141", "")) << Dump(ev);
}

TEST(SpanishRulesTest, TheHeadOfABodySpeaksForTheBody) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "presidente" alone is the head of state; "el presidente del Senado",
  // whose name no dictionary knows, is the legislature.
  auto ev = CodeEs("El presidente del Senado de Bolivia, Mario Quispe, criticó al Gobierno de Bolivia.");
  EXPECT_TRUE(Has(ev, "BOLLEG", "111", "BOLGOV")) << Dump(ev);
  // The spokeswoman of the police is the police.
  ev = CodeEs("La vocera de la Policía de Chile acusó a los estudiantes de romper vitrinas.");
  EXPECT_TRUE(Has(ev, "CHLCOP", "112", "CHLEDU")) << Dump(ev);
  // A country after "de" is the head of that state, as before.
  ev = CodeEs("El presidente de Bolivia criticó a los mineros.");
  EXPECT_TRUE(Has(ev, "BOLGOV", "111", "BOLLAB")) << Dump(ev);
}

TEST(SpanishRulesTest, TheSpokesmanOfTheGovernmentKeepsHisSentencesCountry) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // A body of the head's own role changes nothing: the spokesman is his
  // sentence's government, not the country an earlier sentence named,
  // which a bare "Gobierno" would reach back to.
  auto ev = CodeEs("Una delegación egipcia llegó a Amán el lunes. Jordania rechazó la propuesta, indicó el portavoz del "
                   "Gobierno, Ali Haddad, pero elogió la posición del presidente egipcio.");
  EXPECT_TRUE(Has(ev, "JORGOV", "051", "EGYGOV")) << Dump(ev);
}

TEST(SpanishRulesTest, ARankBeforeANameIsTheMilitaryOrThePolice) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // A general or captain whom no dictionary knows is his country's
  // military, a commissioner of police the police; the country comes from
  // the dateline as for any agent.
  auto ev = CodeEs("LIMA, May 3\n\nEl general Rodrigo Salcedo criticó a los estudiantes de la universidad pública.");
  EXPECT_TRUE(Has(ev, "PERMIL", "111", "PEREDU")) << Dump(ev);
  ev = CodeEs("QUITO, May 3\n\nEl capitán Andrés Villalba acusó a los campesinos de bloquear la carretera.");
  EXPECT_TRUE(Has(ev, "ECUMIL", "112", "ECUAGR")) << Dump(ev);
  ev = CodeEs("QUITO, May 3\n\nEl comisario Julio Benítez acusó a los estudiantes de quemar un autobús.");
  EXPECT_TRUE(Has(ev, "ECUCOP", "112", "ECUEDU")) << Dump(ev);
}

TEST(SpanishRulesTest, ARankWordWithoutANameIsNoOne) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "general" after a noun is the adjective; a captain without a name is a
  // team's: neither is the military.
  auto ev = CodeEs("LIMA, May 3\n\nEl secretario general del sindicato criticó a los estudiantes de la universidad.");
  for (const EventRecord& e : ev) EXPECT_EQ(e.source.find("MIL"), std::string::npos) << Dump(ev);
  ev = CodeEs("LIMA, May 3\n\nEl capitán del equipo criticó a los estudiantes de la universidad.");
  for (const EventRecord& e : ev) EXPECT_EQ(e.source.find("MIL"), std::string::npos) << Dump(ev);
  // After "del" the general owns the noun before him: his supporters
  // march, not he.
  ev = CodeEs("LIMA, May 3\n\nLos partidarios del general Rodrigo Salcedo marcharon contra el Gobierno.");
  for (const EventRecord& e : ev) EXPECT_EQ(e.source.find("MIL"), std::string::npos) << Dump(ev);
  // A firm's name is no rank.
  ev = CodeEs("LIMA, May 3\n\nLos obreros de General Motors protestaron contra el Gobierno.");
  for (const EventRecord& e : ev) EXPECT_EQ(e.source.find("MIL"), std::string::npos) << Dump(ev);
}

TEST(SpanishRulesTest, APassiveWithoutADoerHasTheUnknownSource) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // A named victim of a threat, an abduction or a murder whose doer the
  // sentence does not name: the doer is CAMEO's unknown actor.
  auto ev = CodeEs("Un periodista de Cali fue amenazado de muerte el lunes.");
  EXPECT_TRUE(Has(ev, "---", "13", "COLMED")) << Dump(ev);
  ev = CodeEs("Un profesor de Arauca fue secuestrado en una vereda del municipio.");
  EXPECT_TRUE(Has(ev, "---", "181", "COLEDU")) << Dump(ev);
  ev = CodeEs("Dos campesinos de Cauca fueron asesinados en una finca de la vereda.");
  EXPECT_TRUE(Has(ev, "---", "18", "COLAGR")) << Dump(ev);
  // Shot dead with no fight named: a killing, not an exchange of fire
  // (193); a mayor's is an assassination.
  ev = CodeEs("Un comerciante de Cali fue asesinado a tiros frente a su casa.");
  EXPECT_TRUE(Has(ev, "---", "1823", "COLBUS")) << Dump(ev);
  ev = CodeEs("El alcalde de Medellín fue asesinado a balazos en la plaza.");
  EXPECT_TRUE(Has(ev, "---", "186", "COLGOV")) << Dump(ev);
  // Killed in a fight the sentence names: violence by someone unknown.
  ev = CodeEs("Tres soldados de Colombia fueron muertos durante un enfrentamiento en la selva.");
  EXPECT_TRUE(Has(ev, "---", "19", "COLMIL")) << Dump(ev);
  // A doer after "por" is the source as before; a death with no fight
  // named, a state ("estar"), a subjunctive, a conditional and a negation
  // name no act.
  ev = CodeEs("Un periodista de Cali fue amenazado de muerte por guerrilleros de las FARC.");
  EXPECT_FALSE(Has(ev, "---", "13", "")) << Dump(ev);
  for (const char* s : {"Un campesino de Cauca fue muerto en un accidente de tránsito.",
                        "Tres dirigentes de Bolivia están detenidos desde enero.",
                        "El alcalde pidió que el dirigente de Bolivia sea detenido.",
                        "Los estudiantes de Bolivia serían detenidos el lunes.",
                        "El periodista de Cali no fue amenazado."}) {
    ev = CodeEs(s);
    for (const EventRecord& e : ev) EXPECT_NE(e.source, "---") << s << "\n" << Dump(ev);
  }
}

// The fights and the verbs of personal violence are data (data/verbs/es/
// synsets.txt, &PASSIVE_FIGHT, &PASSIVE_PERSONAL), matched by lemma or
// surface form: a plural the coder's list did not spell out counts.
TEST(SpanishRulesTest, ThePassiveRulesWordsAreDictionaryClasses) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = CodeEs("Dos policías de Colombia fueron muertos durante dos emboscadas en la selva.");
  EXPECT_TRUE(Has(ev, "---", "19", "COLCOP")) << Dump(ev);
  ev = CodeEs("Dos policías de Colombia fueron muertos durante dos inundaciones en la selva.");
  for (const EventRecord& e : ev) EXPECT_NE(e.source, "---") << Dump(ev);
  ev = CodeEs("Dos campesinos de Cauca fueron degollados en una finca de la vereda.");
  EXPECT_TRUE(Has(ev, "---", "18", "COLAGR")) << Dump(ev);
}

TEST(SpanishRulesTest, AViolentProtestStagedByALightVerbIsARiot) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // The verb pattern names the protest ("realizar &MARCHA"), the adjective
  // next to its noun the kind: 145, before or after the noun.
  auto ev = CodeEs("Los estudiantes de Chile realizaron una violenta manifestación frente al Congreso.");
  EXPECT_TRUE(Has(ev, "CHLEDU", "145", "")) << Dump(ev);
  ev = CodeEs("Los estudiantes de Chile protagonizaron una protesta violenta frente al Congreso.");
  EXPECT_TRUE(Has(ev, "CHLEDU", "145", "")) << Dump(ev);
  ev = CodeEs("Los estudiantes de Chile realizaron una manifestación pacífica frente al Congreso.");
  EXPECT_TRUE(Has(ev, "CHLEDU", "141", "")) << Dump(ev);
}

TEST(SpanishRulesTest, AFeminineAdjectiveAfterItsNounIsNoVerb) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "violenta" is also "violentar": after "la/una" + noun, and with no
  // object after it, it is the noun's adjective, so the violent
  // demonstration is one noun phrase (nouns.txt 145).
  auto ev = CodeEs("Una manifestación violenta de estudiantes de Chile terminó con diez detenidos.");
  EXPECT_TRUE(Has(ev, "CHLEDU", "145", "")) << Dump(ev);
}

TEST(SpanishRulesTest, AProtestThatLeftDeadOrStoppedAPortTookPlace) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // The protest heads the subject of a verb that tells what it did, in the
  // past: it took place, held by someone the sentence does not name.
  auto ev = CodeEs("Las protestas contra el alcalde dejaron tres heridos en el centro de la ciudad.");
  EXPECT_TRUE(Has(ev, "---", "14", "")) << Dump(ev);
  ev = CodeEs("La huelga paralizó el puerto durante dos días.");
  EXPECT_TRUE(Has(ev, "---", "14", "")) << Dump(ev);
  // Not in the future, and not with the noun after the verb ("dejaron la
  // huelga": they gave it up).
  ev = CodeEs("La huelga paralizará el puerto durante dos días.");
  EXPECT_FALSE(Has(ev, "---", "14", "")) << Dump(ev);
  ev = CodeEs("Los mineros dejaron la huelga el martes.");
  EXPECT_FALSE(Has(ev, "---", "14", "")) << Dump(ev);
}

// The event of sentence `sentence` with that source, code prefix and
// target prefix, or nullptr.
const EventRecord* InSentence(const std::vector<EventRecord>& events, uint32_t sentence, std::string_view src,
                              std::string_view code, std::string_view tgt) {
  for (const EventRecord& e : events)
    if (e.sentence_index == sentence && e.source.starts_with(src) && e.target.starts_with(tgt) &&
        e.code.starts_with(code))
      return &e;
  return nullptr;
}

TEST(SpanishRulesTest, ASurnameAloneIsThePersonNamedInFullBefore) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // (Sentence 0 is the dateline.) A general no dictionary knows, named in full after his rank, then by
  // his surname: the same MIL, with the evidence saying where he was named.
  auto ev = CodeEs("LIMA, May 3\n\nEl general Rodrigo Salcedo llegó a la capital el lunes. Salcedo criticó a los "
                   "estudiantes de la universidad pública.");
  const EventRecord* e = InSentence(ev, 2, "PERMIL", "111", "PEREDU");
  ASSERT_NE(e, nullptr) << Dump(ev);
  EXPECT_NE(e->evidence.find("\"how\":\"surname\""), std::string::npos) << e->evidence;
  EXPECT_NE(e->evidence.find("named in full in sentence 1"), std::string::npos) << e->evidence;
  // A double surname ("Salcedo Ruiz") is referred to by the first, with a
  // courtesy title or a rank before it.
  ev = CodeEs("LIMA, May 3\n\nEl general Rodrigo Salcedo Ruiz llegó a la capital el lunes. El señor Salcedo criticó a "
              "los estudiantes de la universidad pública.");
  EXPECT_NE(InSentence(ev, 2, "PERMIL", "111", "PEREDU"), nullptr) << Dump(ev);
  ev = CodeEs("LIMA, May 3\n\nEl general Rodrigo Salcedo Ruiz llegó a la capital el lunes. El general Salcedo "
              "criticó a los estudiantes de la universidad pública.");
  EXPECT_NE(InSentence(ev, 2, "PERMIL", "111", "PEREDU"), nullptr) << Dump(ev);
}

TEST(SpanishRulesTest, ASurnameSharedOrCommonOrAPlaceIsNoOne) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // Two persons named Salcedo in the article: the surname alone is neither.
  auto ev = CodeEs("LIMA, May 3\n\nEl general Rodrigo Salcedo llegó a la capital con su hermana, Marta Salcedo. "
                   "Salcedo criticó a los estudiantes de la universidad pública.");
  EXPECT_EQ(InSentence(ev, 2, "PERMIL", "", ""), nullptr) << Dump(ev);
  // After an article a capitalised word is no surname ("la Paz").
  ev = CodeEs("LIMA, May 3\n\nEl general Rodrigo Salcedo llegó a la capital el lunes. El Salcedo criticó a los "
              "estudiantes de la universidad pública.");
  EXPECT_EQ(InSentence(ev, 2, "PERMIL", "", ""), nullptr) << Dump(ev);
  // Nor is a surname before the full name, nor one with another name after
  // it ("Salcedo Vega": another person).
  ev = CodeEs("LIMA, May 3\n\nSalcedo criticó a los estudiantes de la universidad pública. El general Rodrigo Salcedo "
              "llegó a la capital el lunes.");
  EXPECT_EQ(InSentence(ev, 1, "PERMIL", "", ""), nullptr) << Dump(ev);
  ev = CodeEs("LIMA, May 3\n\nEl general Rodrigo Salcedo llegó a la capital el lunes. El abogado Salcedo Vega "
              "criticó a los estudiantes de la universidad pública.");
  EXPECT_EQ(InSentence(ev, 2, "PERMIL", "", ""), nullptr) << Dump(ev);
  // A surname that is a place the dictionary knows is that place.
  ev = CodeEs("QUITO, May 3\n\nEl general Rodrigo Lima llegó a la capital el lunes. Lima criticó a los estudiantes "
              "de la universidad pública.");
  EXPECT_EQ(InSentence(ev, 2, "ECUMIL", "", ""), nullptr) << Dump(ev);
}

TEST(SpanishRulesTest, ACapitalisedDemonymAfterAFullNameIsTheSurname) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "alemán" is Germany's demonym, written in lower case; capitalised after
  // a person named in full with it as surname, it is that person, opening
  // a sentence or inside one, and Germany is not there.
  auto ev = CodeEs("El presidente Arnoldo Alemán criticó a la oposición. Alemán acusó a los estudiantes de Nicaragua "
                   "de violencia.",
                   "1998-05-02");
  const EventRecord* e = InSentence(ev, 1, "NICGOV", "112", "NIC");
  ASSERT_NE(e, nullptr) << Dump(ev);
  EXPECT_NE(e->evidence.find("named in full in sentence 0"), std::string::npos) << e->evidence;
  for (const EventRecord& x : ev) EXPECT_FALSE(x.source.starts_with("DEU")) << Dump(ev);
  ev = CodeEs("El presidente Arnoldo Alemán criticó a la oposición. Ayer Alemán acusó a los estudiantes de Nicaragua "
              "de violencia.",
              "1998-05-02");
  EXPECT_NE(InSentence(ev, 1, "NICGOV", "112", "NIC"), nullptr) << Dump(ev);
  for (const EventRecord& x : ev) EXPECT_FALSE(x.source.starts_with("DEU")) << Dump(ev);
  // Nor does an agent of its sentence take Germany for its country.
  ev = CodeEs("El presidente Arnoldo Alemán criticó a la oposición. Alemán acusó a los estudiantes de violencia.",
              "1998-05-02");
  EXPECT_NE(InSentence(ev, 1, "NICGOV", "112", ""), nullptr) << Dump(ev);
  for (const EventRecord& x : ev) EXPECT_FALSE(x.target.starts_with("DEU")) << Dump(ev);
}

TEST(SpanishRulesTest, ADemonymWithNoSuchPersonIsStillTheCountry) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // In lower case it is the demonym, the person named or not.
  auto ev = CodeEs("El presidente Arnoldo Alemán criticó a la oposición. El gobierno alemán acusó a los estudiantes "
                   "de Nicaragua de violencia.",
                   "1998-05-02");
  EXPECT_NE(InSentence(ev, 1, "DEUGOV", "112", "NIC"), nullptr) << Dump(ev);
  // Capitalised with no Arnoldo Alemán before it, nothing makes it a person.
  ev = CodeEs("El presidente de Nicaragua criticó a la oposición. Alemán acusó a los estudiantes de Nicaragua de "
              "violencia.",
              "1998-05-02");
  EXPECT_EQ(InSentence(ev, 1, "NICGOV", "", ""), nullptr) << Dump(ev);
  // The country's own name is the country.
  ev = CodeEs("El presidente Arnoldo Alemán criticó a la oposición. Alemania acusó a los estudiantes de Nicaragua "
              "de violencia.",
              "1998-05-02");
  EXPECT_NE(InSentence(ev, 1, "DEU", "112", "NIC"), nullptr) << Dump(ev);
  EXPECT_EQ(InSentence(ev, 1, "NICGOV", "", ""), nullptr) << Dump(ev);
}

TEST(SpanishRulesTest, AFollowersGroupIsNotWhomItFollows) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "los partidarios del general X" marched, not the general: civilians of
  // his country (here the dateline's), who protest against the government.
  auto ev = CodeEs("LIMA, May 3\n\nLos partidarios del general Rodrigo Salcedo marcharon contra el Gobierno.");
  EXPECT_TRUE(Has(ev, "PERCVL", "14", "PERGOV")) << Dump(ev);
  // A head of state's followers are his country's civilians, not its government.
  ev = CodeEs("Los seguidores de Gustavo Petro marcharon contra el Congreso de Colombia.", "2025-03-01");
  EXPECT_TRUE(Has(ev, "COLCVL", "14", "COLLEG")) << Dump(ev);
  for (const EventRecord& x : ev) EXPECT_NE(x.source, "COLGOV") << Dump(ev);
  // Without an owner the word names no one, as before.
  ev = CodeEs("Los partidarios de la reforma marcharon contra el Congreso de Colombia.", "2025-03-01");
  for (const EventRecord& x : ev) EXPECT_NE(x.source, "COLCVL") << Dump(ev);
}

// "Tres policías murieron en un ataque": a verb of &DEATH_VICTIM with an
// attack named in its first "en"/"durante" phrase and no side named has
// the dead for target and the unknown doer; the weapon sets the code (the
// attack's own kind after "con"/"de"). The dead may follow the verb.
TEST(SpanishRulesTest, DeathsInAnAttackWithNoSideNamedHaveTheUnknownDoer) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = CodeEs("Tres policías colombianos murieron el lunes en un ataque con explosivos.");
  EXPECT_EQ(CodeOf(ev, "---", "COLCOP"), "183") << Dump(ev);
  ev = CodeEs("Dos campesinos colombianos murieron en un bombardeo aéreo.");
  EXPECT_EQ(CodeOf(ev, "---", "COLAGR"), "195") << Dump(ev);
  ev = CodeEs("Un soldado peruano falleció en un ataque de artillería.");
  EXPECT_EQ(CodeOf(ev, "---", "PERMIL"), "194") << Dump(ev);
  ev = CodeEs("Murieron tres soldados colombianos durante una emboscada en el Cauca.");
  EXPECT_EQ(CodeOf(ev, "---", "COLMIL"), "190") << Dump(ev);
  // A side named keeps its own pattern: it is the source.
  ev = CodeEs("Dos policías colombianos murieron en un enfrentamiento con las FARC.");
  EXPECT_EQ(CodeOf(ev, "COLREB", "COLCOP"), "190") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "---", "COLCOP"), "") << Dump(ev);
  // Pro-drop lends the previous clause's subject (the attackers): never
  // the dead, who are then the words after the verb.
  ev = CodeEs("Las FARC atacaron el cuartel. Murieron tres soldados colombianos en el ataque.");
  EXPECT_EQ(CodeOf(ev, "---", "COLMIL"), "190") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "---", "COLREB"), "") << Dump(ev);
}

// "resultaron heridos en un ataque" is the passive "fueron heridos en un
// ataque": the unknown doer's violence on them. Wounds in an accident, or
// with no attack named, are none.
TEST(SpanishRulesTest, WoundedWithResultarIsAPassive) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = CodeEs("Tres policías colombianos resultaron heridos en un ataque con explosivos.");
  EXPECT_FALSE(CodeOf(ev, "---", "COLCOP").empty()) << Dump(ev);
  ev = CodeEs("Dos soldados colombianos resultaron gravemente heridos durante una emboscada en el Cauca.");
  EXPECT_EQ(CodeOf(ev, "---", "COLMIL").substr(0, 2), "19") << Dump(ev);
  for (const char* text : {"Tres policías colombianos resultaron heridos en un accidente de tránsito.",
                           "Dos campesinos colombianos resultaron heridos.",
                           "El plan del gobierno colombiano resultó un fracaso."}) {
    ev = CodeEs(text);
    EXPECT_TRUE(ev.empty()) << text << "\n" << Dump(ev);
  }
}

// Mines and bombs with no doer named (stop 26, h-es9): a weapon as the
// subject of force, or named after a passive of harm ("por una mina", "al
// pisar una mina"), is violence by someone unknown ("---"), the weapon's
// kind the code (mines 1833, car bombs 1832, as in English). A doer named
// ("sembrada por la guerrilla"), a mine dug for gold and an accident are
// none of it.
TEST(SpanishRulesTest, MinesAndBombsWithNoDoerNamed) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = CodeEs("Tres soldados colombianos resultaron heridos al pisar una mina en Antioquia.");
  EXPECT_EQ(CodeOf(ev, "---", "COLMIL"), "1833") << Dump(ev);
  ev = CodeEs("Dos policías peruanos fueron heridos por una mina antipersonal.");
  EXPECT_EQ(CodeOf(ev, "---", "PERCOP"), "1833") << Dump(ev);
  ev = CodeEs("Un coche bomba mató a cinco policías colombianos en Medellín.");
  EXPECT_EQ(CodeOf(ev, "---", "COLCOP"), "1832") << Dump(ev);
  ev = CodeEs("Una mina hirió a dos soldados peruanos cerca de la frontera.");
  EXPECT_EQ(CodeOf(ev, "---", "PERMIL"), "1833") << Dump(ev);
  // "resultaron muertos" is the passive of "matar" (es/morphology.cc).
  ev = CodeEs("Cuatro soldados peruanos resultaron muertos en un ataque en Ayacucho.");
  EXPECT_FALSE(CodeOf(ev, "---", "PERMIL").empty()) << Dump(ev);
  // The doer named in the subject is the doer (the guerrilla, ---REB),
  // not the unknown one of the mine.
  ev = CodeEs("Una mina sembrada por la guerrilla hirió a dos soldados colombianos.");
  EXPECT_EQ(CodeOf(ev, "---REB", "COLMIL"), "190") << Dump(ev);
  for (const EventRecord& e : ev) EXPECT_NE(e.code, "1833") << Dump(ev);
  for (const char* text : {"Una mina de oro empleó a dos mil campesinos colombianos.",
                           "Tres mineros colombianos resultaron heridos en una mina de oro.",
                           "Tres soldados colombianos resultaron heridos al pisar un cable eléctrico.",
                           "Dos policías colombianos resultaron muertos en un accidente de tránsito.",
                           "Tres soldados colombianos resultaron heridos en la mina."}) {
    ev = CodeEs(text);
    EXPECT_EQ(CodeOf(ev, "---", "COL"), "") << text << "\n" << Dump(ev);
  }
}

TEST(SpanishRulesTest, DeathsByAccidentDiseaseOrInHistoryAreNoAttack) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  for (const char* text : {"Tres policías colombianos murieron en un choque en la carretera.",
                           "Cinco campesinos colombianos murieron en un accidente de tránsito.",
                           "El ministro colombiano murió en un ataque cardíaco.",
                           "El ministro colombiano murió de cáncer.",
                           "El senador colombiano murió en 1990.",
                           "Dos soldados colombianos murieron en el hospital tras el ataque.",
                           "Tres policías colombianos morirán en un ataque.",
                           "Dos soldados colombianos podrían morir en un ataque.",
                           "Decenas de campesinos colombianos mueren en ataques cada semana."}) {
    auto ev = CodeEs(text);
    EXPECT_TRUE(ev.empty()) << text << "\n" << Dump(ev);
  }
}

TEST(SpanishRulesTest, AFirstPersonPluralExhortationIsNoAct) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "declaremos una tregua" (let us declare a truce): the minister urges
  // the teachers; no one declared anything (as English "we should declare").
  auto ev = CodeEs("\"La situación es grave y les digo a los maestros declaremos una tregua\", afirmó el ministro de "
                   "Educación de Nicaragua.");
  EXPECT_EQ(CodeOf(ev, "", ""), "") << Dump(ev);
  // The act itself, in the third person and the past, still codes.
  ev = CodeEs("Los maestros de Nicaragua declararon una tregua con el Gobierno de Nicaragua.");
  EXPECT_TRUE(Has(ev, "NIC", "087", "NICGOV")) << Dump(ev);
  // A first-person future or conditional in reported speech is a stated
  // intention, as "will" and "would" are, not the attack itself.
  ev = CodeEs("Irán dijo que atacaremos a Israel.");
  EXPECT_TRUE(Has(ev, "IRN", "138", "ISR")) << Dump(ev);
  EXPECT_FALSE(Has(ev, "IRN", "19", "ISR")) << Dump(ev);
  ev = CodeEs("Irán dijo que atacaríamos a Israel.");
  EXPECT_TRUE(Has(ev, "IRN", "138", "ISR")) << Dump(ev);
  EXPECT_FALSE(Has(ev, "IRN", "19", "ISR")) << Dump(ev);
}

TEST(SpanishRulesTest, ElOrEllaAsTheSubjectIsTheSpeakerOrTheLastPersonSubject) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "dijo que él ...": the speaker, as English "X said he ...".
  auto ev = CodeEs("Gustavo Petro dijo que él condenó el ataque de Venezuela.");
  EXPECT_TRUE(Has(ev, "COL", "111", "VEN")) << Dump(ev);
  // Opening a sentence: the person subject of the sentence before.
  ev = CodeEs("Gustavo Petro llegó a Lima. Él condenó el ataque de Venezuela.");
  EXPECT_TRUE(Has(ev, "COL", "111", "VEN")) << Dump(ev);
  // Not a country or a body: "él" names no one there.
  ev = CodeEs("El Gobierno de Perú llegó a un acuerdo. Él condenó el ataque de Venezuela.");
  EXPECT_EQ(CodeOf(ev, "", "VEN"), "") << Dump(ev);
  // Inside a quotation, someone the speaker talks about.
  ev = CodeEs("Gustavo Petro dijo: \"él condenó el ataque de Venezuela\".");
  EXPECT_EQ(CodeOf(ev, "", "VEN"), "") << Dump(ev);
  // After a preposition it is no subject.
  ev = CodeEs("Gustavo Petro habló con él sobre el ataque de Venezuela.");
  EXPECT_EQ(CodeOf(ev, "COL", "VEN"), "") << Dump(ev);
}

TEST(SpanishRulesTest, APorPhraseAfterANounOfProtestIsTheCauseNotTheDoer) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "protestas por el arresto de X": X was arrested; X did not detain the
  // students. The passive names no doer, so no event has X as its source.
  auto ev = CodeEs("Veinte estudiantes fueron detenidos en la segunda jornada de protestas por la captura del presidente "
                   "de Bolivia.");
  EXPECT_FALSE(Has(ev, "BOL", "17", "")) << Dump(ev);
  // The reflexive passive: the protests began over the general's arrival;
  // he did not begin them.
  ev = CodeEs("Estallaron protestas por la llegada del general Augusto Pinochet a Madrid.", "1998-03-07");
  EXPECT_FALSE(Has(ev, "CHL", "14", "")) << Dump(ev);
  // A headline: no article, and the noun read as a participle.
  ev = CodeEs("Estallan protestas por llegada de Pinochet a Madrid", "1998-03-07");
  EXPECT_FALSE(Has(ev, "CHL", "14", "")) << Dump(ev);
  // "en represalia por": the army's base burned; the army killed no one here.
  ev = CodeEs("Dos campesinos fueron asesinados en represalia por la quema de un cuartel del Ejército de Colombia.");
  EXPECT_FALSE(Has(ev, "COL", "18", "")) << Dump(ev);
  // The real by-phrase before such a cause keeps its doer.
  ev = CodeEs("Dos campesinos fueron asesinados por guerrilleros de Colombia en represalia por la quema de un "
              "cuartel.");
  EXPECT_TRUE(Has(ev, "COLREB", "18", "")) << Dump(ev);
  // "por" and a crime: the journalist was the victim, not who detained the
  // colonel.
  ev = CodeEs("El coronel de Chile fue detenido por la muerte de un periodista de Argentina.");
  EXPECT_FALSE(Has(ev, "ARG", "17", "")) << Dump(ev);
  ev = CodeEs("El militar fue arrestado por el caso del secuestro de una estudiante de Argentina.");
  EXPECT_FALSE(Has(ev, "ARG", "17", "")) << Dump(ev);
  // A by-phrase before the crime still names the doer.
  ev = CodeEs("El general Manuel Contreras fue condenado por un tribunal de Chile por el asesinato de un periodista "
              "de Argentina.", "1998-03-07");
  EXPECT_TRUE(Has(ev, "CHLJUD", "11", "")) << Dump(ev);
  EXPECT_FALSE(Has(ev, "ARG", "11", "")) << Dump(ev);
  // Negatives: a by-phrase naming an actor right after "por" is the doer,
  // even after a noun of protest, as "por parte de" is.
  ev = CodeEs("Veinte estudiantes fueron detenidos por la policía de Bolivia.");
  EXPECT_TRUE(Has(ev, "BOLCOP", "173", "")) << Dump(ev);
  ev = CodeEs("Veinte estudiantes fueron detenidos durante una protesta por la policía de Bolivia.");
  EXPECT_TRUE(Has(ev, "BOLCOP", "173", "")) << Dump(ev);
  ev = CodeEs("Veinte estudiantes fueron detenidos durante las protestas por parte de la policía de Bolivia.");
  EXPECT_TRUE(Has(ev, "BOLCOP", "173", "")) << Dump(ev);
  // An event noun after "por" with no noun of protest before it: the
  // shot's "de" phrase names who fired (the passive's doer).
  ev = CodeEs("Un estudiante fue herido por el disparo de un policía de Chile.");
  EXPECT_TRUE(Has(ev, "CHLCOP", "", "")) << Dump(ev);
}

TEST(SpanishRulesTest, ABeginningVerbLendsItsSubjectToItsOwnObjectOnly) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "comenzar" / "empezar" + the act (@light, @inchoative): the subject
  // before the verb does the act its object names.
  auto ev = CodeEs("Los maestros de Chile comenzaron una huelga contra el Gobierno de Chile.");
  EXPECT_TRUE(Has(ev, "CHLEDU", "143", "")) << Dump(ev);
  ev = CodeEs("Los mineros de Bolivia empezaron el lunes una marcha de protesta.");
  EXPECT_TRUE(Has(ev, "BOLLAB", "141", "")) << Dump(ev);
  ev = CodeEs("Los rebeldes de las FARC comenzaron una ofensiva contra el Ejército de Colombia.");
  EXPECT_TRUE(Has(ev, "COLREB", "190", "COLMIL")) << Dump(ev);
  // A subject carried over from a coordinated clause, with an indefinite
  // object: still theirs.
  ev = CodeEs("Los maestros de Perú rechazaron la reforma y comenzaron una huelga de hambre.");
  EXPECT_TRUE(Has(ev, "PER", "142", "")) << Dump(ev);
  ev = CodeEs("Los maestros de Perú rechazaron la reforma y comenzaron su huelga.");
  EXPECT_TRUE(Has(ev, "PER", "143", "")) << Dump(ev);
  // Other light verbs of staging a protest or an attack.
  ev = CodeEs("Los estudiantes de Chile escenificaron una protesta frente al Congreso.");
  EXPECT_TRUE(Has(ev, "CHLEDU", "14", "")) << Dump(ev);
  ev = CodeEs("Los camioneros de Bolivia montaron un bloqueo de carreteras en el sur.");
  EXPECT_TRUE(Has(ev, "BOLLAB", "144", "")) << Dump(ev);
  ev = CodeEs("Los guerrilleros del ELN montaron una emboscada contra el Ejército de Colombia.");
  EXPECT_TRUE(Has(ev, "COLREB", "190", "COLMIL")) << Dump(ev);
  ev = CodeEs("Los maestros de México instalaron un plantón frente al Congreso.");
  EXPECT_TRUE(Has(ev, "MEXEDU", "141", "")) << Dump(ev);
  ev = CodeEs("Los médicos de Perú desarrollaron una huelga de 48 horas.");
  EXPECT_TRUE(Has(ev, "PER", "143", "")) << Dump(ev);
  ev = CodeEs("La policía vigiló la protesta que los estudiantes de Chile organizaron frente al Congreso.");
  EXPECT_TRUE(Has(ev, "CHLEDU", "14", "")) << Dump(ev);

  // The act as the verb's own subject after it, in a second clause of a
  // headline: the meeting began, Israel did not meet the Council.
  ev = CodeEs("Rusia bombardea Odesa y comienza la reunión del Consejo Europeo");
  EXPECT_FALSE(Has(ev, "RUS", "04", "")) << Dump(ev);
  ev = CodeEs("Rusia bombardea Odesa y comienza reunión del Consejo Europeo");
  EXPECT_FALSE(Has(ev, "RUS", "04", "")) << Dump(ev);
  // Across a semicolon the subject is another clause's.
  ev = CodeEs("El Gobierno de Perú aprobó la reforma; comenzó una huelga indefinida en las minas.");
  EXPECT_FALSE(Has(ev, "PERGOV", "14", "")) << Dump(ev);
  // After a relative pronoun governed by a preposition the act begins;
  // the main clause's subject does not do it.
  ev = CodeEs("Miles de fieles de Brasil asistieron a una misa, con la cual comenzaron las manifestaciones del festival.");
  EXPECT_FALSE(Has(ev, "BRA", "14", "")) << Dump(ev);
  // A relative clause's antecedent with a title before the name is the
  // actor; a place in another noun's phrase is not.
  ev = CodeEs("El médico visitó al detenido ex alcalde de Lima, que comenzó la protesta en la cárcel.");
  EXPECT_TRUE(Has(ev, "PERGOV", "141", "")) << Dump(ev);
  // A subject headed by no actor: the relative clause's antecedent is the
  // vineyard owner, not France named in her phrase.
  ev = CodeEs("El ministro visitó a la propietaria de un viñedo del norte de Francia, que comenzó una huelga de hambre.");
  EXPECT_FALSE(Has(ev, "FRA", "14", "")) << Dump(ev);
  // Not the verb's object: the end of a strike, a strike opposed.
  ev = CodeEs("Los mineros de Bolivia comenzaron a negociar el fin de la huelga.");
  EXPECT_FALSE(Has(ev, "BOLLAB", "14", "")) << Dump(ev);
  ev = CodeEs("El Gobierno de Chile comenzó una campaña contra la huelga de los maestros.");
  EXPECT_FALSE(Has(ev, "CHLGOV", "14", "")) << Dump(ev);
  // Negated, or still to come.
  ev = CodeEs("Los maestros de Chile no comenzaron una huelga.");
  EXPECT_FALSE(Has(ev, "CHLEDU", "14", "")) << Dump(ev);
  ev = CodeEs("Los maestros de Chile comenzarán una huelga el lunes.");
  EXPECT_FALSE(Has(ev, "CHLEDU", "14", "")) << Dump(ev);
}

// Stop 28 (h-es2): marches and fasts begun (news_verbs_28_es.txt), the
// verb patterns of beginning guarded as the nouns are (events/coder.cc,
// InchoativeActStartsByItself), a ceasefire "con" its other side.
TEST(SpanishRulesTest, MarchesAndFastsBegunAndTheirGuard) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = CodeEs("Los maestros de Bolivia comenzaron una marcha hacia La Paz.");
  EXPECT_TRUE(Has(ev, "BOLEDU", "141", "")) << Dump(ev);
  ev = CodeEs("Los campesinos de Paraguay emprendieron una marcha de 200 kilómetros.");
  EXPECT_TRUE(Has(ev, "PRYAGR", "141", "")) << Dump(ev);
  ev = CodeEs("Los presos de la cárcel de Lima iniciaron un ayuno en protesta por el hacinamiento.");
  EXPECT_TRUE(Has(ev, "PERCVL", "142", "")) << Dump(ev);
  ev = CodeEs("Los mineros de Bolivia cumplen un ayuno desde el lunes frente al Congreso.");
  EXPECT_TRUE(Has(ev, "BOLLAB", "142", "")) << Dump(ev);
  // A coordinated clause that carries its subject over, with an indefinite
  // or possessed act: still the subject's own.
  ev = CodeEs("Los maestros de Chile marcharon el lunes e iniciaron una huelga.");
  EXPECT_TRUE(Has(ev, "CHLEDU", "143", "")) << Dump(ev);
  ev = CodeEs("Los maestros de Chile marcharon el lunes e iniciaron su huelga.");
  EXPECT_TRUE(Has(ev, "CHLEDU", "143", "")) << Dump(ev);
  // The subject's own clause, a definite act: theirs.
  ev = CodeEs("Los maestros de Chile iniciaron la huelga el lunes.");
  EXPECT_TRUE(Has(ev, "CHLEDU", "143", "")) << Dump(ev);

  // Negatives. A fast of a religion is no hunger strike.
  ev = CodeEs("Los musulmanes de Egipto iniciaron el ayuno del Ramadán.");
  EXPECT_FALSE(Has(ev, "", "142", "")) << Dump(ev);
  ev = CodeEs("Los fieles de Perú comenzaron el ayuno de Cuaresma.");
  EXPECT_FALSE(Has(ev, "", "142", "")) << Dump(ev);
  // A headline's second clause whose act starts by itself: the strike is
  // the union's, not the first clause's subject's (definite or bare).
  ev = CodeEs("Rusia bombardea Odesa e inicia huelga el sindicato de maestros.");
  EXPECT_FALSE(Has(ev, "RUS", "14", "")) << Dump(ev);
  ev = CodeEs("Rusia bombardea Odesa e inicia la huelga de los mineros de Ucrania.");
  EXPECT_FALSE(Has(ev, "RUS", "14", "")) << Dump(ev);
  ev = CodeEs("Rusia bombardea Odesa y comienza la marcha de los estudiantes de Ucrania.");
  EXPECT_FALSE(Has(ev, "RUS", "14", "")) << Dump(ev);
  // "marcha" with no verb of beginning or a protest word stays no protest.
  ev = CodeEs("El Gobierno de Perú puso en marcha un plan de vivienda.");
  EXPECT_FALSE(Has(ev, "PERGOV", "14", "")) << Dump(ev);
  ev = CodeEs("Los maestros de Chile no comenzaron una marcha.");
  EXPECT_FALSE(Has(ev, "CHLEDU", "14", "")) << Dump(ev);
}

TEST(SpanishRulesTest, ACeasefireWithItsOtherSide) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // The "con" phrase after the entry's own words ("cese al fuego") names
  // the other side of the ceasefire.
  auto ev = CodeEs("El gobierno de Colombia decretó un cese al fuego con el ELN.");
  EXPECT_TRUE(Has(ev, "COLGOV", "0871", "COLREB")) << Dump(ev);
  ev = CodeEs("El gobierno de Colombia firmó un alto el fuego con las FARC.");
  EXPECT_TRUE(Has(ev, "COLGOV", "0871", "COLREB")) << Dump(ev);
  ev = CodeEs("Estados Unidos anunció la suspensión de la ayuda militar a Egipto.");
  EXPECT_TRUE(Has(ev, "USA", "162", "EGY")) << Dump(ev);
  // A "de" right after the entry's own word names the act's doer.
  ev = CodeEs("El presidente de Francia anunció el fin de la ayuda de Francia a Malí.");
  EXPECT_TRUE(Has(ev, "FRA", "162", "MLI")) << Dump(ev);
  ev = CodeEs("La policía vigiló la huelga de hambre de los presos de Chile.");
  EXPECT_TRUE(Has(ev, "CHLCVL", "142", "")) << Dump(ev);
  // A body's name with "de" heads its clause: the light verb of beginning
  // lends it the protest.
  ev = CodeEs("La Federación de Trabajadores de Perú inició el lunes una jornada de protesta.");
  EXPECT_TRUE(Has(ev, "PERLAB", "141", "")) << Dump(ev);

  // Negatives: a "de" after a member of the entry's class stays read as
  // before (the street's city is no doer); a ceasefire asked for is none;
  // a ceasefire with no other side named has no target.
  ev = CodeEs("El corte de las calles de Lima duró tres horas.");
  EXPECT_FALSE(Has(ev, "PERGOV", "144", "")) << Dump(ev);
  ev = CodeEs("El gobierno de Colombia pidió un cese al fuego con el ELN.");
  EXPECT_FALSE(Has(ev, "COLGOV", "0871", "")) << Dump(ev);
  ev = CodeEs("El gobierno de Colombia decretó un cese al fuego unilateral.");
  EXPECT_FALSE(Has(ev, "COLGOV", "0871", "COLREB")) << Dump(ev);
  // A place in lower case is no body's name: the north's country does not
  // begin the strike (the relative's antecedent is the vineyard's owner).
  ev = CodeEs("El ministro visitó a la dueña de una granja del norte de Francia, que comenzó una huelga.");
  EXPECT_FALSE(Has(ev, "FRA", "14", "")) << Dump(ev);
}

}  // namespace dyad
