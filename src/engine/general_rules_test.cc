// The whole English and Spanish pipeline on general readings a news reader
// expects, each on sentences written for this test (not the records of
// tests/data/own_sentences_*.jsonl, whose misses named these classes).
#include <gtest/gtest.h>

#include "engine/engine.h"
#include "engine/runner.h"
#include "testing/default_engine.h"

namespace dyad {
namespace {

// Every article of this file is dated 2024-03-01.
std::vector<EventRecord> Code(const std::string& text, const std::string& lang = "en") {
  return testing::CodeText(text, "2024-03-01", lang);
}
using testing::CodeOf;
using testing::Dump;

TEST(GeneralRulesTest, ShotDeadIsAKillingWhateverFollows) {
  // "dead" is the particle of "shoot dead", not a second verb before "a".
  auto ev = Code("Gunmen in Honduras shot dead a local journalist on Tuesday.");
  EXPECT_EQ(CodeOf(ev, "HND", "HND").substr(0, 2), "18") << Dump(ev);
  ev = Code("Soldiers shot dead a Congolese trader near the Rwandan border.");
  EXPECT_EQ(CodeOf(ev, "", "COD").substr(0, 2), "18") << Dump(ev);
}

TEST(GeneralRulesTest, TearGasFiredAtPeopleIsRepression) {
  // Crowd-control weapons aimed at people are 175, even beside "rubber
  // bullets", which 193's "fire bullets at" would otherwise take.
  auto ev = Code("Riot police in Nairobi fired rubber bullets and tear gas at Kenyan opposition supporters.");
  EXPECT_EQ(CodeOf(ev, "KENCOP", "KEN"), "175") << Dump(ev);
  ev = Code("Venezuelan troops fired tear gas at students in Caracas.");
  EXPECT_EQ(CodeOf(ev, "VENMIL", ""), "175") << Dump(ev);
  // Real bullets fired at soldiers are still small-arms fire.
  ev = Code("Pakistani troops fired bullets at Indian soldiers across the line.");
  EXPECT_EQ(CodeOf(ev, "PAKMIL", "IND"), "193") << Dump(ev);
}

TEST(GeneralRulesTest, APoliceRaidOnAnEmbassyIsCoercionNotBattle) {
  auto ev = Code("Bolivian police raided the Argentine embassy in La Paz.");
  EXPECT_EQ(CodeOf(ev, "BOLCOP", "ARG"), "170") << Dump(ev);
  // A raid on a military target stays military force.
  ev = Code("Israeli troops raided a Hezbollah base in southern Lebanon.");
  EXPECT_EQ(CodeOf(ev, "ISRMIL", "LBN").substr(0, 2), "19") << Dump(ev);
}

TEST(GeneralRulesTest, ReadyToActIsAnIntentionEvenWithAPronoun) {
  // The one who is ready is the speaker, whether "it" in reported speech
  // or "we" in a quotation.
  auto ev = Code("Caracas said it was ready to resume talks with Guyana.");
  EXPECT_EQ(CodeOf(ev, "VEN", "GUY"), "036") << Dump(ev);
  ev = Code("\"We are ready to meet the Sudanese army,\" a spokesman of the African Union said.");
  EXPECT_EQ(CodeOf(ev, "IGOAFR", "SDN"), "036") << Dump(ev);
  // Not a guess about someone else: "likely" states no intention.
  ev = Code("Analysts said it was likely to attack Israel.");
  EXPECT_TRUE(ev.empty()) << Dump(ev);
}

TEST(GeneralRulesTest, TwoSidesExchangingFireActOnEachOther) {
  // "artillery" says what was fired, not at whom: each side fires at the other.
  // Artillery fire is 194 (fight with artillery and tanks) since stop 35
  // (data/verbs/news_verbs_16.txt); it was the small-arms 193 of "exchange fire".
  auto ev = Code("India and China exchanged artillery fire in Ladakh.");
  EXPECT_EQ(CodeOf(ev, "IND", "CHN"), "194") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "CHN", "IND"), "194") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "IND", "INDMIL"), "") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "CHN", "CHNMIL"), "") << Dump(ev);
  // One subject: the army named before the noun is the one attacked.
  ev = Code("Al-Shabaab fighters attacked an army base in southern Somalia.");
  EXPECT_EQ(CodeOf(ev, "SOMREB", "SOMMIL"), "190") << Dump(ev);
}

TEST(GeneralRulesTest, AShowOfForceIsAimedAtTheOtherSide) {
  // Not at the source's own forces, which are its means.
  auto ev = Code("Lithuania deployed troops to its border with Belarus.");
  EXPECT_EQ(CodeOf(ev, "LTU", "BLR").substr(0, 2), "15") << Dump(ev);
  ev = Code("The Philippines put its navy on alert after Chinese coast guard ships blocked a supply boat.");
  EXPECT_EQ(CodeOf(ev, "PHL", "CHN").substr(0, 2), "15") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "PHL", "PHLMIL"), "") << Dump(ev);
  // Not at whoever reports it.
  ev = Code("Iran has deployed missiles near the Strait of Hormuz, the Wall Street Journal said.");
  EXPECT_EQ(CodeOf(ev, "IRN", "USA"), "") << Dump(ev);
}

TEST(GeneralRulesTest, ADeniedOrDemandedActDidNotHappen) {
  // The denial is coded, made to the one the act was done to; not the act.
  auto ev = Code("Eritrea denied that its soldiers had entered Ethiopian territory.");
  EXPECT_EQ(CodeOf(ev, "ERI", "ETH"), "016") << Dump(ev);
  for (const EventRecord& e : ev) EXPECT_NE(e.root, "19") << Dump(ev);
  // The demand is coded; the withdrawal it asks for has not happened.
  ev = Code("The African Union demanded that Rwanda withdraw its troops from Congo.");
  EXPECT_EQ(CodeOf(ev, "IGOAFR", "RWA").substr(0, 2), "10") << Dump(ev);
  for (const EventRecord& e : ev) EXPECT_NE(e.root, "08") << Dump(ev);
  // A verb coordinated with a planning verb did happen.
  ev = Code("The Kenyan president planned a visit and met Ugandan officials in Kampala.");
  EXPECT_EQ(CodeOf(ev, "KEN", "UGA").substr(0, 2), "04") << Dump(ev);
}

TEST(GeneralRulesTest, TwoSidesBeginningATruceEachDeclareIt) {
  auto ev = Code("The Yemeni government and the Houthis began a two-month truce on Saturday.");
  EXPECT_EQ(CodeOf(ev, "YEMGOV", "YEMREB"), "0871") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "YEMREB", "YEMGOV"), "0871") << Dump(ev);
}

TEST(GeneralRulesTest, ASuicideBomberKillingIsASuicideBombing) {
  auto ev = Code("A suicide bomber killed 14 Nigerian soldiers near Maiduguri.");
  EXPECT_EQ(CodeOf(ev, "", "NGAMIL"), "1831") << Dump(ev);
  // Other killers keep the verb's code.
  ev = Code("Gunmen killed 14 Nigerian soldiers near Maiduguri.");
  EXPECT_EQ(CodeOf(ev, "", "NGAMIL").substr(0, 2), "19") << Dump(ev);
}

TEST(GeneralRulesTest, TwoSidesBeginningToShareDataShareItWithEachOther) {
  auto ev = Code("Australia and Japan began sharing satellite data last month.");
  EXPECT_EQ(CodeOf(ev, "AUS", "JPN"), "064") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "JPN", "AUS"), "064") << Dump(ev);
}

// Spanish: the Hunspell dictionary gives the lemmas the patterns are written in.
using testing::HaveSpanish;

TEST(GeneralRulesTest, SpanishRefusingIsNotDenying) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "negarse a" + infinitive refuses (12); bare "negar" denies (016).
  auto ev = Code("Honduras se negó a extraditar a Guatemala a un exdiputado.", "es");
  EXPECT_EQ(CodeOf(ev, "HND", "GTM"), "1213") << Dump(ev);
  ev = Code("El Gobierno de Perú se negó a recibir al embajador de México.", "es");
  EXPECT_EQ(CodeOf(ev, "PERGOV", "MEX").substr(0, 2), "12") << Dump(ev);
  ev = Code("Bolivia negó las acusaciones de Chile.", "es");
  EXPECT_EQ(CodeOf(ev, "BOL", "CHL"), "016") << Dump(ev);
}

TEST(GeneralRulesTest, SpanishADemandedActDidNotHappen) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "exigir a X que" + subjunctive: the demand, not the act demanded.
  auto ev = Code("Costa Rica exigió a Nicaragua que retire sus soldados de la frontera.", "es");
  EXPECT_EQ(CodeOf(ev, "CRI", "NIC").substr(0, 2), "10") << Dump(ev);
  for (const EventRecord& e : ev) EXPECT_NE(e.root, "08") << Dump(ev);
}

TEST(GeneralRulesTest, SpanishVerbsANewsReaderExpects) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = Code("El Ministerio de Defensa de Chile declinó comentar el informe de Argentina.", "es");
  EXPECT_EQ(CodeOf(ev, "CHL", "ARG"), "011") << Dump(ev);
  ev = Code("El canciller de Perú expresó sus condolencias a Bolivia por las inundaciones.", "es");
  EXPECT_EQ(CodeOf(ev, "PERGOV", "BOL"), "018") << Dump(ev);
  ev = Code("El presidente de Chile habló por teléfono con el presidente de Argentina.", "es");
  EXPECT_EQ(CodeOf(ev, "CHLGOV", "ARGGOV"), "041") << Dump(ev);
  ev = Code("El Banco Mundial aprobó un préstamo de 300 millones de dólares para Paraguay.", "es");
  EXPECT_EQ(CodeOf(ev, "IGO", "PRY"), "071") << Dump(ev);
  ev = Code("La fiscalía de Guatemala abrió una investigación contra el alcalde de la capital.", "es");
  EXPECT_EQ(CodeOf(ev, "GTMJUD", "GTM"), "090") << Dump(ev);
  // Opening formal talks; agreed to, it is a stated intention (036).
  ev = Code("Perú y Ecuador iniciaron un diálogo sobre la frontera.", "es");
  EXPECT_EQ(CodeOf(ev, "PER", "ECU"), "046") << Dump(ev);
  ev = Code("El Gobierno de Venezuela y la oposición acordaron instalar una mesa de negociación.", "es");
  EXPECT_EQ(CodeOf(ev, "VENGOV", "VENOPP"), "036") << Dump(ev);
  // A show of force at the border is aimed at the neighbour.
  ev = Code("Nicaragua desplegó tropas en la frontera con Costa Rica.", "es");
  EXPECT_EQ(CodeOf(ev, "NIC", "CRI").substr(0, 2), "15") << Dump(ev);
}

// Stop 13: phrasings the held-out sentences showed we lacked
// (data/verbs/news_verbs_9.txt), on sentences written for this test.
TEST(GeneralRulesTest, NewsPhrasingsOfActsWeCode) {
  auto ev = Code("Kazakhstan began pumping oil to Germany through the Druzhba pipeline.");
  EXPECT_EQ(CodeOf(ev, "KAZ", "DEU"), "061") << Dump(ev);
  ev = Code("The World Bank disbursed 500 million dollars to Ethiopia.");
  EXPECT_EQ(CodeOf(ev, "IGO", "ETH"), "071") << Dump(ev);
  ev = Code("Qatar deposited 1 billion dollars in Egypt's central bank.");
  EXPECT_EQ(CodeOf(ev, "QAT", "EGY"), "071") << Dump(ev);
  // Relief goods flown in are aid, not a visit (042, "fly to +").
  ev = Code("The Turkish air force flew tents and food to Syria after the floods.");
  EXPECT_EQ(CodeOf(ev, "TUR", "SYR"), "073") << Dump(ev);
  ev = Code("Ukrainian forces pulled out of the Syrian town of Manbij.");
  EXPECT_EQ(CodeOf(ev, "UKRMIL", "SYR"), "0874") << Dump(ev);
  ev = Code("Germany halted deliveries of Taurus missiles to Saudi Arabia.");
  EXPECT_EQ(CodeOf(ev, "DEU", "SAU"), "1622") << Dump(ev);
  ev = Code("London suspended intelligence sharing with Caracas.");
  EXPECT_EQ(CodeOf(ev, "GBR", "VEN"), "162") << Dump(ev);
  // Foreign forces ordered out are withdrawn as a body (166), not deported.
  ev = Code("Chad ordered American troops to leave the country.");
  EXPECT_EQ(CodeOf(ev, "TCD", "USAMIL"), "166") << Dump(ev);
  ev = Code("Iranian hackers broke into the computer networks of an Israeli water utility.");
  EXPECT_EQ(CodeOf(ev, "IRN", "ISR"), "176") << Dump(ev);
  // A delegation "of" X hosted or received is X's visit, as one "from" X.
  ev = Code("The Qatari emir hosted a delegation of Hamas leaders in Doha.");
  EXPECT_EQ(CodeOf(ev, "QAT", "PSE"), "043") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "PSE", "QAT"), "042") << Dump(ev);
  ev = Code("A delegation of Ukrainian lawmakers was received by the Italian president in Rome.");
  EXPECT_EQ(CodeOf(ev, "ITAGOV", "UKR"), "043") << Dump(ev);
}

TEST(GeneralRulesTest, SpanishNewsPhrasingsOfActsWeCode) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = Code("El Gobierno de Colombia evitó comentar la decisión de Ecuador.", "es");
  EXPECT_EQ(CodeOf(ev, "COLGOV", "ECU"), "011") << Dump(ev);
  ev = Code("El canciller peruano se mostró optimista sobre el acuerdo con Chile.", "es");
  EXPECT_EQ(CodeOf(ev, "PERGOV", "CHL"), "013") << Dump(ev);
  ev = Code("El Gobierno brasileño estudia imponer aranceles a China.", "es");
  EXPECT_EQ(CodeOf(ev, "BRAGOV", "CHN"), "014") << Dump(ev);
  ev = Code("El presidente de Chile expresó su solidaridad con México tras las inundaciones.", "es");
  EXPECT_EQ(CodeOf(ev, "CHLGOV", "MEX"), "018") << Dump(ev);
  // An apology, not the bare appeal of "pedir" (020).
  ev = Code("El Gobierno alemán pidió perdón a Namibia por el genocidio.", "es");
  EXPECT_EQ(CodeOf(ev, "DEUGOV", "NAM"), "055") << Dump(ev);
  ev = Code("Venezuela defendió a Rusia en el Consejo de Seguridad.", "es");
  EXPECT_EQ(CodeOf(ev, "VEN", "RUS"), "052") << Dump(ev);
  ev = Code("Los ejércitos de Chile y Perú realizaron maniobras conjuntas en el desierto.", "es");
  EXPECT_EQ(CodeOf(ev, "CHL", "PER"), "062") << Dump(ev);
  ev = Code("Perú entregó información a Bolivia sobre los contrabandistas.", "es");
  EXPECT_EQ(CodeOf(ev, "PER", "BOL"), "064") << Dump(ev);
  ev = Code("Rusia entregó helicópteros a Venezuela.", "es");
  EXPECT_EQ(CodeOf(ev, "RUS", "VEN"), "072") << Dump(ev);
  ev = Code("Argentina envió brigadistas a Chile para combatir los incendios.", "es");
  EXPECT_EQ(CodeOf(ev, "ARG", "CHL"), "073") << Dump(ev);
  ev = Code("El Gobierno de Perú levantó el toque de queda en Lima.", "es");
  EXPECT_EQ(CodeOf(ev, "PERGOV", "PER"), "0813") << Dump(ev);
  ev = Code("Estados Unidos retiró a Cuba de la lista de países terroristas.", "es");
  EXPECT_EQ(CodeOf(ev, "USA", "CUB"), "081") << Dump(ev);
  ev = Code("Bolivia presentó una nota de protesta ante Chile.", "es");
  EXPECT_EQ(CodeOf(ev, "BOL", "CHL"), "114") << Dump(ev);
  ev = Code("Rusia advirtió a Japón sobre el despliegue de misiles.", "es");
  EXPECT_EQ(CodeOf(ev, "RUS", "JPN"), "130") << Dump(ev);
  ev = Code("Venezuela ordenó la salida de la misión de la OEA.", "es");
  EXPECT_EQ(CodeOf(ev, "VEN", "IGO"), "166") << Dump(ev);
  ev = Code("Nicaragua desterró a 30 opositores.", "es");
  EXPECT_EQ(CodeOf(ev, "NIC", "NIC"), "174") << Dump(ev);
  ev = Code("Ucrania lanzó drones contra Moscú.", "es");
  EXPECT_EQ(CodeOf(ev, "UKR", "RUS"), "195") << Dump(ev);
  ev = Code("Las tropas de India intercambiaron disparos con soldados chinos.", "es");
  EXPECT_EQ(CodeOf(ev, "IND", "CHN"), "190") << Dump(ev);
  ev = Code("El Estado Islámico usó armas químicas contra los kurdos en Irak.", "es");
  EXPECT_EQ(CodeOf(ev, "IMG", "IRQ"), "2041") << Dump(ev);
  // Killings by the hundred are mass killings, not one assassination.
  ev = Code("Los yihadistas mataron a cientos de aldeanos en Burkina Faso.", "es");
  EXPECT_EQ(CodeOf(ev, "BFA", "BFA"), "202") << Dump(ev);
}

// Common Spanish news verbs that no Spanish pattern coded before stop 23
// (data/verbs/es/news_verbs_23_es.txt), a sample of them on sentences
// written for this test, and the readings of the same verbs that are no
// event.
TEST(GeneralRulesTest, SpanishNewsVerbsOfStop23) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = Code("El canciller de Perú se entrevistó con el presidente de Bolivia en La Paz.", "es");
  EXPECT_EQ(CodeOf(ev, "PERGOV", "BOLGOV"), "040") << Dump(ev);
  ev = Code("Los sindicatos bolivianos acordaron una huelga contra el Gobierno.", "es");
  EXPECT_EQ(CodeOf(ev, "BOLLAB", "BOLGOV"), "143") << Dump(ev);
  ev = Code("Chile restableció relaciones diplomáticas con Bolivia.", "es");
  EXPECT_EQ(CodeOf(ev, "CHL", "BOL"), "054") << Dump(ev);
  ev = Code("El presidente de Colombia indultó a diez guerrilleros de las FARC.", "es");
  EXPECT_EQ(CodeOf(ev, "COLGOV", "COLREB"), "056") << Dump(ev);
  ev = Code("El Congreso de Honduras ratificó el tratado con Colombia.", "es");
  EXPECT_EQ(CodeOf(ev, "HNDLEG", "COL"), "057") << Dump(ev);
  ev = Code("El Gobierno de Venezuela puso en libertad a dos periodistas colombianos.", "es");
  EXPECT_EQ(CodeOf(ev, "VENGOV", "COL"), "0841") << Dump(ev);
  ev = Code("El presidente de Colombia realizó una visita oficial a Panamá.", "es");
  EXPECT_EQ(CodeOf(ev, "COLGOV", "PAN"), "042") << Dump(ev);
  ev = Code("Los fiscales de Colombia interrogaron a tres militares venezolanos.", "es");
  EXPECT_EQ(CodeOf(ev, "COLJUD", "VENMIL"), "090") << Dump(ev);
  ev = Code("Unos 500 maestros se concentraron frente al Ministerio de Educación de Chile.", "es");
  EXPECT_EQ(CodeOf(ev, "CHLEDU", "CHLGOV"), "141") << Dump(ev);
  ev = Code("Los sindicatos peruanos interrumpieron las negociaciones con el Gobierno de Perú.", "es");
  EXPECT_EQ(CodeOf(ev, "PERLAB", "PERGOV"), "164") << Dump(ev);
  ev = Code("La policía allanó la sede de un partido opositor en Caracas.", "es");
  EXPECT_EQ(CodeOf(ev, "VENCOP", "VENOPP"), "170") << Dump(ev);
  ev = Code("El ejército de Ecuador abatió a tres guerrilleros colombianos.", "es");
  EXPECT_EQ(CodeOf(ev, "ECUMIL", "COLREB"), "190") << Dump(ev);
  ev = Code("Los rebeldes derribaron un helicóptero del ejército colombiano.", "es");
  EXPECT_EQ(CodeOf(ev, "---REB", "COLMIL"), "190") << Dump(ev);
  // "comprometerse a" is a pledge (030) when what is pledged codes nothing,
  // and gives way to that act's intent code when it does, as "pledge to".
  ev = Code("Grecia se comprometió a normalizar sus relaciones con Macedonia.", "es");
  EXPECT_EQ(CodeOf(ev, "GRC", "MKD"), "030") << Dump(ev);
  ev = Code("España se comprometió a enviar ayuda humanitaria a Haití.", "es");
  EXPECT_EQ(CodeOf(ev, "ESP", "HTI"), "0333") << Dump(ev);
  EXPECT_EQ(ev.size(), 1u) << Dump(ev);

  // Not a raid: paving the way. Not a killing: finishing details. Not a
  // visit: a tour of places that name no actor.
  for (const char* text : {"El ministro de Perú allanó el camino para un acuerdo con Chile.",
                           "El Gobierno de Colombia ultimó los detalles del acuerdo con Ecuador.",
                           "El presidente de Colombia realizó una visita a las zonas afectadas por las inundaciones."}) {
    ev = Code(text, "es");
    EXPECT_TRUE(ev.empty()) << text << "\n" << Dump(ev);
  }
}

// Spanish phrases with no pattern before stop 26 (data/verbs/es/
// news_verbs_26_es.txt): support and displeasure stated, things thrown and
// tyres burnt in a protest; and the readings of the same words that are no
// such act.
TEST(GeneralRulesTest, SpanishNewsVerbsOfStop26) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = Code("El canciller de Chile expresó su apoyo al gobierno de Bolivia.", "es");
  EXPECT_EQ(CodeOf(ev, "CHLGOV", "BOLGOV"), "051") << Dump(ev);
  ev = Code("El presidente de Perú manifestó su respaldo a Ecuador en la disputa.", "es");
  EXPECT_EQ(CodeOf(ev, "PERGOV", "ECU"), "051") << Dump(ev);
  ev = Code("El gobierno de México expresó su malestar por la decisión de Estados Unidos.", "es");
  EXPECT_EQ(CodeOf(ev, "MEXGOV", "USA"), "111") << Dump(ev);
  ev = Code("Los estudiantes lanzaron botellas contra la policía boliviana.", "es");
  EXPECT_EQ(CodeOf(ev, "BOLEDU", "BOLCOP"), "145") << Dump(ev);
  ev = Code("Los manifestantes lanzaron huevos al ministro de Economía de Chile.", "es");
  EXPECT_EQ(CodeOf(ev, "CHLOPP", "CHLGOV"), "145") << Dump(ev);
  ev = Code("Los manifestantes prendieron fuego a montones de neumáticos frente al Congreso de Perú.", "es");
  EXPECT_EQ(CodeOf(ev, "PEROPP", "PERLEG"), "145") << Dump(ev);

  // Support for a proposal is no endorsement of an actor; concern is a
  // comment (012), not displeasure; a stance with no one it is aimed at
  // codes nothing; a thing thrown with no "contra" is no riot.
  for (const char* text : {"El ministro de Chile expresó su apoyo a la propuesta.",
                           "Los sindicatos argentinos manifestaron su malestar.",
                           "El presidente de Perú expresó su confianza en la economía.",
                           "Chile lanzó un objeto al espacio."}) {
    ev = Code(text, "es");
    EXPECT_TRUE(ev.empty()) << text << "\n" << Dump(ev);
  }
  ev = Code("El presidente de Perú expresó su preocupación por la crisis en Bolivia.", "es");
  EXPECT_EQ(CodeOf(ev, "PERGOV", "BOL").substr(0, 3), "012") << Dump(ev);
}

// A country inside the name of a sea or gulf ("in the Gulf of Oman") is
// where two navies acted, not a third party they acted on.
TEST(GeneralRulesTest, ACountryInTheNameOfASeaIsAPlace) {
  auto ev = Code("Iranian and Russian warships held joint drills in the Gulf of Oman.");
  EXPECT_EQ(CodeOf(ev, "IRN", "RUS"), "062") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "RUS", "IRN"), "062") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "IRN", "OMN"), "") << Dump(ev);
  // With no one else there, the place is still the target.
  ev = Code("Iran deployed warships in the Gulf of Oman.");
  EXPECT_EQ(CodeOf(ev, "IRN", "OMN").substr(0, 2), "15") << Dump(ev);
}

// Spanish passive of a verb whose object takes the personal "a" ("recibió
// al canciller"): the subject before "fue recibido" is that object.
TEST(GeneralRulesTest, SpanishPassiveOfAPersonalObject) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = Code("El canciller de Chile fue recibido por el presidente de Brasil en Brasilia.", "es");
  EXPECT_EQ(CodeOf(ev, "BRAGOV", "CHLGOV"), "043") << Dump(ev);
  // A "se" verb whose object the analyser took for a passive subject keeps
  // its "a" in the text: no act of the one named in "liderada por".
  ev = Code("Bolivia se opuso a la ocupación de Irak liderada por Estados Unidos.", "es");
  EXPECT_EQ(CodeOf(ev, "USA", "IRQ"), "") << Dump(ev);
  // With nothing after the agent: the pattern's "a" is not in the words,
  // and the word masks must not turn the pattern away for it (it coded
  // only when another word shared the "a"'s bit, as "en Brasilia" did).
  ev = Code("El presidente de Ecuador fue recibido por el presidente de Colombia.", "es");
  EXPECT_EQ(CodeOf(ev, "COLGOV", "ECUGOV"), "043") << Dump(ev);
  // Only a person or an agent stands for the personal "a": a thing or a
  // bare place as the subject is no one received or confronted.
  ev = Code("El poder ruso es enfrentado por la guerrilla de Chechenia.", "es");
  EXPECT_EQ(ev.size(), 0u) << Dump(ev);
  ev = Code("La votación en Brasil fue acogida con calma por la comunidad internacional.", "es");
  EXPECT_EQ(CodeOf(ev, "INT", "BRA"), "") << Dump(ev);
}

// "suicida" (a verb-only form to Hunspell) qualifies the attack after its
// verb has come: the deaths are in a suicide bombing (1831) by someone
// unknown. Before the verb it would be read as the verb (morphology_test).
TEST(GeneralRulesTest, SpanishDeathsInASuicideBombing) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = Code("Tres soldados iraquíes murieron en un atentado suicida en Mosul.", "es");
  EXPECT_EQ(CodeOf(ev, "---", "IRQ"), "1831") << Dump(ev);
  // "suicida" does not make a road accident an attack.
  ev = Code("Tres soldados iraquíes murieron en un accidente de un conductor suicida en Mosul.", "es");
  EXPECT_EQ(CodeOf(ev, "---", "IRQ"), "") << Dump(ev);
}

// A time phrase with its own prepositions ("en la noche del jueves")
// between a light verb and its object stands where "el martes" would: the
// pattern sees the object first. Without an object after it, or when it
// is no time ("en la sede del sindicato"), nothing moves.
TEST(GeneralRulesTest, SpanishTimePhraseBetweenTheVerbAndItsObject) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = Code("Los campesinos bolivianos iniciaron en la noche del jueves un bloqueo de caminos.", "es");
  EXPECT_EQ(CodeOf(ev, "BOLAGR", ""), "144") << Dump(ev);
  ev = Code("Los campesinos bolivianos iniciaron en la tarde del 3 de mayo un bloqueo de caminos.", "es");
  EXPECT_EQ(CodeOf(ev, "BOLAGR", ""), "144") << Dump(ev);
  ev = Code("Los campesinos bolivianos iniciaron en la noche del jueves.", "es");
  EXPECT_EQ(ev.size(), 0u) << Dump(ev);
}

// "X y Y se enfrentaron": a coordinated subject of a "se" verb with no one
// after it fights each other, as "X se enfrentó con Y" (`enfrentar con`).
// A place after the verb is no target; sports (no side bearing arms), a
// negated clash and a clause with someone faced after the verb are not it.
TEST(GeneralRulesTest, SpanishReciprocalClashOfACoordinatedSubject) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = Code("Soldados colombianos y guerrilleros de las FARC se enfrentaron el martes en Antioquia.", "es");
  EXPECT_EQ(CodeOf(ev, "COLMIL", "COLREB"), "190") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "COLREB", "COLMIL"), "190") << Dump(ev);
  ev = Code("Policías y estudiantes se enfrentaron en el centro de Bogotá.", "es");
  EXPECT_EQ(CodeOf(ev, "COLCOP", "COLEDU"), "190") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "COLCOP", "COLGOV"), "") << Dump(ev);
  ev = Code("Colombia y Brasil se enfrentaron en la final de la Copa América.", "es");
  EXPECT_EQ(ev.size(), 0u) << Dump(ev);
  ev = Code("Policías y estudiantes no se enfrentaron en Bogotá.", "es");
  EXPECT_EQ(ev.size(), 0u) << Dump(ev);
  // The one faced is named: the pattern's own target, not each other.
  ev = Code("Soldados colombianos y policías se enfrentaron con guerrilleros de las FARC.", "es");
  EXPECT_EQ(CodeOf(ev, "COLMIL", "COLREB"), "190") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "COLMIL", "COLCOP"), "") << Dump(ev);
}

// A forced disappearance told in the passive ("fueron desaparecidos por")
// is the abduction `desaparecer * a +` codes in the active (181): the
// subject is the person the "a" would mark. Vanishing ("desaparecieron en
// el mar") and being missing ("está desaparecido") are none.
TEST(GeneralRulesTest, SpanishPassiveForcedDisappearance) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = Code("Dos campesinos fueron desaparecidos por el Ejército colombiano en Antioquia.", "es");
  EXPECT_EQ(CodeOf(ev, "COLMIL", "COLAGR"), "181") << Dump(ev);
  // No doer named: the unknown actor, as for a passive abduction.
  ev = Code("Tres campesinos fueron desaparecidos en una vereda de Antioquia.", "es");
  EXPECT_EQ(CodeOf(ev, "---", "COLAGR"), "181") << Dump(ev);
  ev = Code("Dos pescadores colombianos desaparecieron en el mar.", "es");
  EXPECT_EQ(ev.size(), 0u) << Dump(ev);
  ev = Code("Tres campesinos de Antioquia están desaparecidos desde enero.", "es");
  EXPECT_EQ(ev.size(), 0u) << Dump(ev);
}

// A passive's doer that no one identifies ("por desconocidos", "por
// hombres sin identificar", "por sujetos no identificados") is the unknown
// actor, as with no by-phrase; "hombres" is then no private person acting.
// A dictionary's own name stays the doer ("por hombres armados" REB,
// "por pistoleros" REB), and the unknown word qualifying a cause ("por
// motivos desconocidos") names no doer.
TEST(GeneralRulesTest, SpanishPassiveByUnidentifiedDoers) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = Code("Dos campesinos fueron desaparecidos por desconocidos en una vereda de Antioquia.", "es");
  EXPECT_EQ(CodeOf(ev, "---", "COLAGR"), "181") << Dump(ev);
  ev = Code("Un periodista colombiano fue secuestrado por hombres sin identificar.", "es");
  EXPECT_EQ(CodeOf(ev, "---", "COLMED"), "181") << Dump(ev);
  // The unknown doer itself, not the men as private persons (CVL).
  for (const EventRecord& e : ev) EXPECT_EQ(e.source, "---") << Dump(ev);
  // "matar" is no verb of a person's violence by itself ("fue muerto en un
  // accidente"); killed by someone, it is.
  ev = Code("Un comerciante colombiano fue muerto por sujetos no identificados en Cali.", "es");
  EXPECT_EQ(CodeOf(ev, "---", "COLBUS").substr(0, 2), "19") << Dump(ev);
  ev = Code("Un dirigente sindical colombiano fue asesinado por pistoleros en Antioquia.", "es");
  EXPECT_EQ(CodeOf(ev, "COLREB", "COL").substr(0, 2), "18") << Dump(ev);
  ev = Code("Un periodista colombiano fue detenido por hombres armados.", "es");
  EXPECT_EQ(CodeOf(ev, "---REB", "COLMED"), "173") << Dump(ev);
  // Negatives: a cause, not a doer; an accident; armed men named.
  ev = Code("El alcalde de Cali fue asesinado por motivos desconocidos.", "es");
  EXPECT_EQ(ev.size(), 0u) << Dump(ev);
  ev = Code("Un comerciante colombiano fue muerto en un accidente en Cali.", "es");
  EXPECT_EQ(ev.size(), 0u) << Dump(ev);
}

// "policías y grupos de jóvenes": a group or a count and "de" before a
// later member of a coordinated list (&COLLECTIVE_HEAD) are passed over,
// as they are before the first member. Not a noun of another kind ("y
// turistas de Brasil" keeps its own reading: no armed side, no clash).
TEST(GeneralRulesTest, SpanishCoordinatedMemberAfterAGroupOrACount) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = Code("Policías y grupos de estudiantes se enfrentaron en el centro de Bogotá.", "es");
  EXPECT_EQ(CodeOf(ev, "COLCOP", "COLEDU"), "190") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "COLEDU", "COLCOP"), "190") << Dump(ev);
  ev = Code("El ejército y cientos de campesinos se enfrentaron en el Cauca.", "es");
  EXPECT_EQ(CodeOf(ev, "COLMIL", "COLAGR"), "190") << Dump(ev);
  ev = Code("Policías y miembros de la comunidad se enfrentaron en Bogotá.", "es");
  EXPECT_EQ(CodeOf(ev, "COLCOP", "COLCVL"), "") << Dump(ev);
}

// A time phrase with no date ("durante el fin de semana", "en la mañana",
// "en las últimas horas") between a verb and its object: the object is
// matched first, as after "en la noche del jueves". A place ("en la
// plaza") or no object after it moves nothing.
TEST(GeneralRulesTest, SpanishUndatedTimePhraseBetweenTheVerbAndItsObject) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = Code("Los campesinos bolivianos iniciaron durante el fin de semana un bloqueo de caminos.", "es");
  EXPECT_EQ(CodeOf(ev, "BOLAGR", ""), "144") << Dump(ev);
  ev = Code("Los campesinos bolivianos bloquearon en la mañana la carretera.", "es");
  EXPECT_EQ(CodeOf(ev, "BOLAGR", ""), "144") << Dump(ev);
  ev = Code("Los mineros bolivianos iniciaron en las últimas horas una huelga.", "es");
  EXPECT_EQ(CodeOf(ev, "BOLLAB", "").substr(0, 2), "14") << Dump(ev);
  ev = Code("Los campesinos bolivianos iniciaron en la plaza un bloqueo de caminos.", "es");
  EXPECT_EQ(CodeOf(ev, "BOLAGR", ""), "") << Dump(ev);
  ev = Code("Los campesinos bolivianos descansaron durante el fin de semana.", "es");
  EXPECT_EQ(ev.size(), 0u) << Dump(ev);
}

// Stop 13, second pass: phrasings the held-out misses named
// (data/verbs/news_verbs_9.txt), on sentences written for this test.
TEST(GeneralRulesTest, SeatsOfPowerBurnedWithdrawalsAndMinoritiesDrivenOut) {
  auto ev = Code("Angry farmers in Nairobi set fire to the headquarters of the ruling party.");
  EXPECT_EQ(CodeOf(ev, "KEN", "KEN"), "145") << Dump(ev);
  ev = Code("Guinea and Chad announced their withdrawal from the African Union.");
  EXPECT_EQ(CodeOf(ev, "GIN", "IGOAFRAFU"), "160") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "TCD", "IGOAFRAFU"), "160") << Dump(ev);
  // The particle after the object ("drove X out of"), as "drove out X".
  ev = Code("Sudanese militias drove more than 300,000 Masalit out of West Darfur.");
  EXPECT_EQ(CodeOf(ev, "SDN", "SDN"), "203") << Dump(ev);
}

// A few dozen people of a minority deported are expelled as individuals
// (174); a population driven out is ethnic cleansing (203).
TEST(GeneralRulesTest, ScaleOfAnExpulsion) {
  auto ev = Code("Georgian police deported 30 Kurds to Turkey.");
  EXPECT_EQ(CodeOf(ev, "GEOCOP", "TUR"), "174") << Dump(ev);
  ev = Code("Georgian police deported dozens of Kurds to Turkey.");
  EXPECT_EQ(CodeOf(ev, "GEOCOP", "TUR"), "174") << Dump(ev);
  // Mass expulsion (201) or ethnic cleansing (203), by the pattern.
  ev = Code("Georgian police deported thousands of Kurds to Turkey.");
  EXPECT_EQ(CodeOf(ev, "GEOCOP", "TUR").substr(0, 2), "20") << Dump(ev);
  ev = Code("Georgian police deported 30,000 Kurds to Turkey.");
  EXPECT_EQ(CodeOf(ev, "GEOCOP", "TUR").substr(0, 2), "20") << Dump(ev);
}

// The content of "reports that", "claims that", "rumours that" is what
// others say: not coded as done, and no one named alleges it.
TEST(GeneralRulesTest, ContentOfAReportNounIsNoAct) {
  auto ev = Code("The European Union said it was looking into reports that Eritrean troops looted hospitals in Tigray.");
  EXPECT_EQ(CodeOf(ev, "ERI", ""), "") << Dump(ev);
  ev = Code("Traders pointed to rumours that the Japanese central bank bought dollars from Korean banks.");
  EXPECT_EQ(CodeOf(ev, "JPN", ""), "") << Dump(ev);
  // "claims"/"reports" right after a name is the verb the tagger took for
  // a noun: the act is a named party's report and codes.
  ev = Code("Moscow reports that Ukrainian troops shelled Russian villages.");
  EXPECT_EQ(CodeOf(ev, "UKR", "RUS").substr(0, 2), "19") << Dump(ev);
  // Said by a named party, the same act is reported speech and codes.
  ev = Code("The European Union said Eritrean troops looted hospitals in Tigray.");
  EXPECT_EQ(CodeOf(ev, "ERIMIL", "").substr(0, 2), "14") << Dump(ev);
}

// "insisted that X pull back": a subjunctive that-clause under a verb of
// saying is a demand on X (10), not X's act; "insisted that X pulled back"
// reports the act.
TEST(GeneralRulesTest, InsistingOnASubjunctiveIsADemand) {
  auto ev = Code("Peru's government insisted that Ecuador pull its troops back from the frontier.");
  // Stop 35 (h-en14): the demanded withdrawal gives the demand its sub-code
  // (cameo/asked.tsv): 1056, was 100.
  EXPECT_EQ(CodeOf(ev, "PERGOV", "ECU"), "1056") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "ECU", ""), "") << Dump(ev);
  ev = Code("Colombia insisted that the rebels withdraw from the town.");
  EXPECT_EQ(CodeOf(ev, "COL", "COLREB"), "1056") << Dump(ev);
  ev = Code("Peru's government insisted that Ecuador pulled its troops back from the frontier.");
  EXPECT_EQ(CodeOf(ev, "PERGOV", "ECU"), "") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "ECU", "ECU"), "0874") << Dump(ev);
}

// "said his office was investigating": the speaker's own office acts for
// the speaker, as a bare "it" in reported speech does.
TEST(GeneralRulesTest, TheSpeakersOwnOffice) {
  auto ev = Code("The UN envoy said his office was investigating the killing of aid workers in Yemen.");
  EXPECT_EQ(CodeOf(ev, "IGOUNO", "").substr(0, 2), "09") << Dump(ev);
  // Someone else's office is no one the sentence names: nothing.
  ev = Code("The UN envoy said the office was investigating the killing of aid workers in Yemen.");
  EXPECT_EQ(CodeOf(ev, "IGOUNO", ""), "") << Dump(ev);
}

// "recibió en el Palacio de La Moneda al canciller": a place phrase between
// the verb and its personal object; a place after "a" stays a place.
TEST(GeneralRulesTest, SpanishPlacePhraseBeforeThePersonalObject) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = Code("El presidente de Chile recibió en el Palacio de La Moneda al canciller de Perú.", "es");
  EXPECT_EQ(CodeOf(ev, "CHLGOV", "PERGOV"), "043") << Dump(ev);
  ev = Code("El rey de España recibió en Madrid a la presidenta de Honduras.", "es");
  EXPECT_EQ(CodeOf(ev, "ESPGOV", "HNDGOV"), "043") << Dump(ev);
  ev = Code("Los médicos de Guatemala se declararon en huelga indefinida a partir del jueves.", "es");
  EXPECT_EQ(CodeOf(ev, "GTM", "").substr(0, 2), "14") << Dump(ev);
}

// Regions of recent conflict news are of their country
// (data/actors/regions_2019_2026.txt), as "Darfur" and "Tigray" are.
TEST(GeneralRulesTest, RegionsOfRecentConflictNews) {
  auto ev = Code("Rwandan troops shelled villages in North Kivu.");
  EXPECT_EQ(CodeOf(ev, "RWAMIL", "COD").substr(0, 2), "19") << Dump(ev);
  ev = Code("Turkish drones struck a convoy in Idlib.");
  EXPECT_EQ(CodeOf(ev, "TUR", "SYR").substr(0, 2), "19") << Dump(ev);
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

TEST(GeneralRulesTest, PeacekeepersArrivingAreDeployedNotVisiting) {
  // A subject condition on the pattern ([PKO]): peacekeepers arriving in a
  // country are deployed there (074) and the host receives them (0861).
  auto ev = Code("A battalion of Ghanaian peacekeepers arrived in Lebanon on Monday.");
  EXPECT_EQ(CodeOf(ev, "", "LBN"), "074") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "LBN", ""), "0861") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "", "LBN").substr(0, 2), "07") << Dump(ev);
  // Anyone else arriving still makes a visit.
  ev = Code("The Ghanaian foreign minister arrived in Lebanon on Monday.");
  EXPECT_EQ(CodeOf(ev, "GHA", "LBN"), "042") << Dump(ev);
}

TEST(GeneralRulesTest, DictionaryFramesOfTheCameoManualWork) {
  // A town (data/actors/towns.txt) is its country's place: the target when
  // no one else is.
  auto ev = Code("Israeli tanks fired shells at targets in Jenin.");
  EXPECT_EQ(CodeOf(ev, "ISR", "PSE").substr(0, 2), "19") << Dump(ev);
  // Letting someone hold a rally eases a restriction (0811).
  ev = Code("The Kenyan interior minister allowed the opposition leader to stage a rally in Nairobi.");
  EXPECT_EQ(CodeOf(ev, "KENGOV", "KENOPP"), "0811") << Dump(ev);
  // Troops pledged to a force serving in a country: that country is protected.
  ev = Code("Ghana is ready to send 800 soldiers to a UN peacekeeping mission in Mali.");
  EXPECT_EQ(CodeOf(ev, "GHA", "MLI"), "0334") << Dump(ev);
  // Opposing the deployment of peacekeepers rejects them (1224).
  ev = Code("Rebel commanders in Darfur opposed the deployment of a foreign peacekeeping force.");
  EXPECT_EQ(CodeOf(ev, "", "IGOPKO"), "1224") << Dump(ev);
  // "youths" are civilians.
  ev = Code("Police in Nairobi arrested dozens of Kenyan youths.");
  EXPECT_EQ(CodeOf(ev, "KENCOP", "KENCVL"), "173") << Dump(ev);
}

TEST(GeneralRulesTest, WouldBeReadyInReportedSpeechIsAnIntention) {
  // "would" in reported speech is the speaker's future: "ready to host a
  // meeting between X and Y" states an intention to mediate (045 -> 039).
  auto ev = Code("The Norwegian foreign minister said Norway would be ready to host a new meeting between Sri Lanka and the Tamil Tigers.");
  EXPECT_EQ(CodeOf(ev, "NOR", "LKA"), "039") << Dump(ev);
  // Outside reported speech "would" is a hypothesis.
  ev = Code("Norway would be ready to host a round of talks between Sri Lanka and the Tamil Tigers if both sides asked.");
  EXPECT_EQ(CodeOf(ev, "NOR", "LKA"), "") << Dump(ev);
  // Hosting one plainly is mediation between them both.
  ev = Code("Norway hosted a meeting between Sri Lanka and the Tamil Tigers in Oslo.");
  EXPECT_EQ(CodeOf(ev, "NOR", "LKA"), "045") << Dump(ev);
}

TEST(GeneralRulesTest, BombingsNamingNoBomberComeFromWhereTheyWentOff) {
  // A passive killing by a bomb, no one named as setting it off: a bombing
  // (183x) by the country where it went off, coded by its country alone.
  auto ev = Code("Two Canadian soldiers were killed by a roadside bomb outside the western Afghan city of Herat.");
  EXPECT_EQ(CodeOf(ev, "AFG", "CAN"), "1833") << Dump(ev);
  ev = Code("A Lebanese judge was killed in a car bomb explosion on a crowded road of Sidon.");
  EXPECT_EQ(CodeOf(ev, "LBN", "LBN"), "1832") << Dump(ev);
  for (const EventRecord& e : ev) EXPECT_NE(e.source, "LBNGOV") << Dump(ev);  // a place, not its government
  // A bombing heading the subject, its place after it.
  ev = Code("A roadside bombing near Mosul killed three Turkish engineers.");
  EXPECT_EQ(CodeOf(ev, "IRQ", "TUR"), "1833") << Dump(ev);
  // The place is one of place ("in", "near", "outside ... of"), not any
  // country after the bomb; a place the by-phrase ran on to is no bomber.
  ev = Code("The editor was killed in a car bomb blast two days after his trip back from Spain.");
  for (const EventRecord& e : ev) EXPECT_FALSE(e.source.starts_with("ESP")) << Dump(ev);
  ev = Code("Two Canadian soldiers were killed by a roadside bomb in a district south of Kabul.");
  EXPECT_EQ(CodeOf(ev, "AFG", "CAN"), "1833") << Dump(ev);
  for (const EventRecord& e : ev) EXPECT_NE(e.source, "AFGGOV") << Dump(ev);
  // A bomber named in the by-phrase stays the source.
  ev = Code("Two Canadian soldiers were killed by a roadside bomb planted by Taliban fighters near Kabul.");
  for (const EventRecord& e : ev) EXPECT_NE(e.source, "AFG") << Dump(ev);
  // A named attacker is the source; no bomb, no bombing.
  ev = Code("Three Iraqi policemen were killed by Sunni insurgents in Kirkuk.");
  EXPECT_EQ(CodeOf(ev, "IRQREB", "IRQCOP"), "190") << Dump(ev);
  for (const EventRecord& e : ev) EXPECT_FALSE(e.code.starts_with("183")) << Dump(ev);
}

TEST(GeneralRulesTest, AnArmedGroupIsNotFromTheCountryItAttacks) {
  // An armed group with no country of its own does not take the country of
  // what it attacks: militants firing at an American base are not American.
  auto no_source = [](const std::vector<EventRecord>& ev, std::string_view code) {
    for (const EventRecord& e : ev)
      if (e.source == code) return false;
    return true;
  };
  auto ev = Code("Militants fired rockets at the American base before dawn.");
  EXPECT_TRUE(no_source(ev, "USAREB")) << Dump(ev);
  EXPECT_NE(CodeOf(ev, "---REB", "USA"), "") << Dump(ev);
  ev = Code("Gunmen attacked a Turkish police station overnight.");
  EXPECT_TRUE(no_source(ev, "TURREB")) << Dump(ev);
  EXPECT_NE(CodeOf(ev, "---REB", "TUR"), "") << Dump(ev);
  ev = Code("Insurgents ambushed a convoy of Nigerian soldiers on the highway.");
  EXPECT_TRUE(no_source(ev, "NGAREB")) << Dump(ev);
  EXPECT_NE(CodeOf(ev, "---REB", "NGA"), "") << Dump(ev);
  ev = Code("Armed men kidnapped four Chinese engineers on Monday.");
  EXPECT_TRUE(no_source(ev, "CHNREB")) << Dump(ev);
  EXPECT_NE(CodeOf(ev, "---REB", "CHN"), "") << Dump(ev);
  ev = Code("Gunmen kidnapped two of Italy's citizens near the port.");
  EXPECT_TRUE(no_source(ev, "ITAREB")) << Dump(ev);
  // The target named first, in a passive: the same.
  ev = Code("A Kenyan army patrol was ambushed by militants near the border.");
  EXPECT_TRUE(no_source(ev, "KENREB")) << Dump(ev);
  // Another country in the sentence that is not the target still gives one.
  ev = Code("Militants attacked a French base in Mali on Sunday.");
  EXPECT_NE(CodeOf(ev, "MLIREB", "FRA"), "") << Dump(ev);
  // A country of its own, before it or after "of"/"from", stays its own.
  ev = Code("Philippine mutineers attacked an army camp outside Manila.");
  EXPECT_NE(CodeOf(ev, "PHLREB", "PHLMIL"), "") << Dump(ev);
  ev = Code("Iraqi insurgents attacked an American patrol near Mosul.");
  EXPECT_NE(CodeOf(ev, "IRQREB", "USA"), "") << Dump(ev);
  ev = Code("Rebels from Chad attacked a Sudanese border post.");
  EXPECT_NE(CodeOf(ev, "TCDREB", "SDN"), "") << Dump(ev);
  // Only force: rebels who make demands of a government are its own rebels.
  ev = Code("The rebels demanded that the Ugandan government release their leader.");
  EXPECT_NE(CodeOf(ev, "UGAREB", "UGAGOV"), "") << Dump(ev);
  // Not the target: the country where they are still gives theirs.
  ev = Code("In Somalia, militants attacked a police station.");
  EXPECT_NE(CodeOf(ev, "SOMREB", "SOMCOP"), "") << Dump(ev);
}

TEST(GeneralRulesTest, ASurnameAloneIsThePersonNamedInFullBefore) {
  // Felipe Calderon's entry does not list "Calderon" alone; after his full
  // name, the surname is he.
  auto ev = testing::CodeText("Mexican President Felipe Calderon arrived in Washington on Monday. Calderon criticized the U.S. "
                 "Congress for its gun laws.", "2010-03-01");
  bool found = false;
  for (const EventRecord& e : ev)
    if (e.sentence_index == 1 && e.source == "MEXGOV" && e.target == "USALEG" && e.code.starts_with("11")) {
      found = true;
      EXPECT_NE(e.evidence.find("\"how\":\"surname\""), std::string::npos) << e.evidence;
    }
  EXPECT_TRUE(found) << Dump(ev);
  // Not before the full name, and not when another Calderon is named.
  ev = testing::CodeText("Calderon criticized the U.S. Congress for its gun laws. Mexican President Felipe Calderon arrived in "
            "Washington on Monday.", "2010-03-01");
  EXPECT_EQ(CodeOf(ev, "MEXGOV", "USALEG"), "") << Dump(ev);
  ev = testing::CodeText("Mexican President Felipe Calderon arrived in Washington with his cousin, Luis Calderon. Calderon "
            "criticized the U.S. Congress for its gun laws.", "2010-03-01");
  EXPECT_EQ(CodeOf(ev, "MEXGOV", "USALEG"), "") << Dump(ev);
  // The other Calderon may be named anywhere in the article, after the
  // bare surname too (the matcher asks when it meets the surname, and
  // reads the whole article).
  ev = testing::CodeText("Mexican President Felipe Calderon arrived in Washington on Monday. Calderon criticized the U.S. "
                         "Congress for its gun laws. His cousin, Luis Calderon, stayed in Mexico.", "2010-03-01");
  EXPECT_EQ(CodeOf(ev, "MEXGOV", "USALEG"), "") << Dump(ev);
  // In the full name's own sentence, after it: the same person (a person
  // no dictionary knows, named after a title).
  ev = Code("Kenyan Foreign Minister Jonah Kipchumba met Ugandan officials in Kampala on Monday and Kipchumba "
            "criticized the United States.");
  EXPECT_EQ(CodeOf(ev, "KENGOV", "USA").substr(0, 2), "11") << Dump(ev);
  // Not before the full name in that sentence, and not when another
  // person of the sentence has the surname.
  ev = Code("Kipchumba criticized the United States after Kenyan Foreign Minister Jonah Kipchumba met Ugandan "
            "officials.");
  EXPECT_EQ(CodeOf(ev, "KENGOV", "USA"), "") << Dump(ev);
  ev = Code("Kenyan Foreign Minister Jonah Kipchumba and his wife Ruth Kipchumba met Ugandan officials, and "
            "Kipchumba criticized the United States.");
  EXPECT_EQ(CodeOf(ev, "KENGOV", "USA"), "") << Dump(ev);
  // Capitalised words after "for the" inside a mention name a body, not a
  // person: "Federation" alone is no one.
  ev = Code("A spokesman for the Venezuelan Oil Federation arrived in Bogota on Monday. Federation criticized the "
            "Colombian government on Tuesday.");
  for (const EventRecord& e : ev) EXPECT_FALSE(e.sentence_index == 1 && e.source.starts_with("VEN")) << Dump(ev);
}

TEST(GeneralRulesTest, SupportersAreNotWhomTheySupport) {
  // Petro's supporters marched, not Petro: his country's civilians.
  auto ev = Code("Supporters of President Gustavo Petro marched against the Colombian Senate on Monday.");
  EXPECT_EQ(CodeOf(ev, "COLCVL", "COLLEG").substr(0, 2), "14") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "COLGOV", ""), "") << Dump(ev);
  ev = Code("Petro's supporters attacked a police station in Cali.");
  EXPECT_EQ(CodeOf(ev, "COLGOV", ""), "") << Dump(ev);
  EXPECT_NE(CodeOf(ev, "COLCVL", ""), "") << Dump(ev);
  // An opposition's supporters are the opposition.
  ev = Code("Supporters of opposition leader Maria Corina Machado marched in Caracas against the government.");
  EXPECT_EQ(CodeOf(ev, "VENOPP", "").substr(0, 2), "14") << Dump(ev);
  // Supporters of no one named are no actor: Petro's criticism stays his.
  ev = Code("Petro criticized supporters of the tax reform.");
  for (const EventRecord& e : ev) EXPECT_NE(e.target, "COLCVL") << Dump(ev);
}

TEST(GeneralRulesTest, APronounSubjectIsTheSpeakerOrTheLastPersonSubject) {
  // "X, who met Y, said he ...": the speaker, not the last person named.
  auto ev = Code("Colombian President Gustavo Petro, who met Venezuelan President Nicolas Maduro on Monday, said he had "
                 "criticized the United States.");
  EXPECT_EQ(CodeOf(ev, "COLGOV", "USA").substr(0, 2), "11") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "VENGOV", "USA"), "") << Dump(ev);
  // "X met Y. He ...": the subject before, not the object.
  ev = Code("Colombian President Gustavo Petro met Venezuelan President Nicolas Maduro in Caracas on Monday. He "
            "criticized the United States for its sanctions.");
  EXPECT_EQ(CodeOf(ev, "COLGOV", "USA").substr(0, 2), "11") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "VENGOV", "USA"), "") << Dump(ev);
  // A country or a body as the subject between is no person: passed over.
  ev = Code("Colombian President Gustavo Petro arrived in Caracas on Monday. The Caracas Daily reported the visit. He "
            "criticized the United States for its sanctions.");
  EXPECT_EQ(CodeOf(ev, "COLGOV", "USA").substr(0, 2), "11") << Dump(ev);
  // A person no dictionary knows, as the speaker or the subject before:
  // the pronoun is that person, not Petro.
  ev = Code("Colombian President Gustavo Petro arrived in Caracas on Monday. Tannous said he had criticized the "
            "United States for its sanctions.");
  for (const EventRecord& e : ev) EXPECT_FALSE(e.sentence_index == 1 && e.source == "COLGOV") << Dump(ev);
  ev = Code("Colombian President Gustavo Petro arrived in Caracas on Monday. Farid Tannous met him at the airport. "
            "He criticized the United States for its sanctions.");
  for (const EventRecord& e : ev) EXPECT_FALSE(e.sentence_index == 2 && e.source == "COLGOV") << Dump(ev);
  // Not inside a quotation: the quoted "he" is someone else again.
  ev = Code("Colombian President Gustavo Petro met Venezuelan President Nicolas Maduro in Caracas on Monday. "
            "\"He criticized the United States,\" an aide said.");
  for (const EventRecord& e : ev) EXPECT_FALSE(e.sentence_index == 1 && e.source == "COLGOV") << Dump(ev);
}

TEST(GeneralRulesTest, TheyInReportedSpeechLendsTheSpeakerToANominalAct) {
  // "Police said they had made the arrest of ...": the light verb's "they"
  // is the speaker, as for a verb's own act ("said they had arrested").
  auto ev = Code("Colombian police said they had made the arrest of three Venezuelan soldiers.");
  EXPECT_EQ(CodeOf(ev, "COLCOP", "VENMIL"), "173") << Dump(ev);
  ev = Code("Colombian police said on Monday that they had made a wave of arrests of Venezuelan soldiers.");
  EXPECT_EQ(CodeOf(ev, "COLCOP", "VENMIL"), "173") << Dump(ev);
  // A speaker no actor covers is no one of ours; a quoted "they" is not
  // the speaker's.
  ev = Code("Dealers said they had made the arrest of three Venezuelan soldiers.");
  EXPECT_TRUE(ev.empty()) << Dump(ev);
  ev = Code("\"They made the arrest of three Venezuelan soldiers,\" Colombian police said.");
  EXPECT_EQ(CodeOf(ev, "COLCOP", "VENMIL"), "") << Dump(ev);
}

TEST(GeneralRulesTest, AnObjectPronounIsNotItsOwnClausesSubject) {
  // "Petro thanked him": not Petro (that would be "himself"), the other
  // person named before. The matcher's last person named was Petro.
  auto ev = Code("Colombian President Gustavo Petro met Venezuelan President Nicolas Maduro on Monday. Petro thanked "
                 "him for the talks.");
  bool found = false;
  for (const EventRecord& e : ev) found |= e.sentence_index == 1 && e.source == "COLGOV" && e.target == "VENGOV";
  EXPECT_TRUE(found) << Dump(ev);
  // The object of a preposition too.
  ev = Code("Colombian President Gustavo Petro met Venezuelan President Nicolas Maduro on Monday. Petro met with him "
            "again on Tuesday.");
  found = false;
  for (const EventRecord& e : ev) found |= e.sentence_index == 1 && e.source == "COLGOV" && e.target == "VENGOV";
  EXPECT_TRUE(found) << Dump(ev);
  // Not the subject: the matcher's choice stands ("him" is Maduro).
  ev = Code("Colombian President Gustavo Petro met Venezuelan President Nicolas Maduro on Monday. The United States "
            "criticized him for the talks.");
  found = false;
  for (const EventRecord& e : ev) found |= e.sentence_index == 1 && e.source == "USA" && e.target == "VENGOV";
  EXPECT_TRUE(found) << Dump(ev);
  // No other person named: no one, not the subject (and no event).
  ev = Code("Colombian President Gustavo Petro arrived in Caracas on Monday. Petro thanked him for the talks.");
  for (const EventRecord& e : ev) EXPECT_FALSE(e.sentence_index == 1 && e.code.starts_with("05")) << Dump(ev);
}

TEST(GeneralRulesTest, EveryVerbOfAListActsWithItsSubjectOnItsOwnObject) {
  // A fourth verb after two commas, and a list after an opening phrase:
  // the list's subject acts, not the object before the comma or the
  // opening phrase's noun.
  auto ev = Code("Nepalese police raided radio stations, seized equipment, closed offices and detained Indian "
                 "journalists.");
  EXPECT_EQ(CodeOf(ev, "NPLCOP", "INDMED"), "173") << Dump(ev);
  for (const EventRecord& e : ev) EXPECT_NE(e.source, "NPLMED") << Dump(ev);
  ev = Code("Under the new ordinance, Sudanese rebels attacked a Ugandan village, burned houses and kidnapped two "
            "Ugandan aid workers.");
  bool kidnap = false;
  for (const EventRecord& e : ev) kidnap |= e.source == "SDNREB" && e.target == "UGA" && e.code == "181";
  EXPECT_TRUE(kidnap) << Dump(ev);
  // A participle set off by commas is still skipped.
  ev = Code("The Ugandan army said Sudanese rebels, armed with guns, attacked Ugandan soldiers.");
  EXPECT_EQ(CodeOf(ev, "SDNREB", "UGAMIL").substr(0, 2), "19") << Dump(ev);
}

TEST(GeneralRulesTest, AVerbWithNothingAfterItButAndSharesTheNextVerbsObject) {
  // "detained and harassed X": both acts fall on X.
  auto ev = Code("Nepalese police detained and harassed Indian journalists.");
  EXPECT_EQ(CodeOf(ev, "NPLCOP", "INDMED"), "173") << Dump(ev);
  ev = Code("Nepalese police detained and later released two Indian journalists.");
  EXPECT_EQ(CodeOf(ev, "NPLCOP", "INDMED"), "173") << Dump(ev);
  // Not a first verb that is only possible, not a passive one, not one
  // joined to a clause with a subject of its own.
  ev = Code("Nepalese police could detain and harass Indian journalists.");
  for (const EventRecord& e : ev) EXPECT_NE(e.code, "173") << Dump(ev);
  ev = Code("Nepalese police were detained and Indian troops attacked Nepalese soldiers.");
  for (const EventRecord& e : ev) EXPECT_FALSE(e.code == "173" && e.target == "NPLMIL") << Dump(ev);
}

TEST(GeneralRulesTest, TheyOpeningAMainClauseIsThePluralSubjectBefore) {
  // "They" as the subject of a sentence's first main clause continues the
  // plural subject of the sentence before, when that subject is an actor.
  auto in = [](const std::vector<EventRecord>& ev, uint32_t s, std::string_view source, std::string_view target,
               std::string_view root) {
    for (const EventRecord& e : ev)
      if (e.sentence_index == s && e.source == source && e.target == target && e.code.starts_with(root)) return true;
    return false;
  };
  auto ev = Code("Colombian police raided a house in Bogota on Monday. They arrested three Venezuelan soldiers.");
  EXPECT_TRUE(in(ev, 1, "COLCOP", "VENMIL", "173")) << Dump(ev);
  // After a phrase of time, and followed back through a second "They".
  ev = Code("Sudanese rebels crossed into Uganda on Monday. On Tuesday they attacked Ugandan soldiers near Gulu. "
            "They also kidnapped two Ugandan aid workers.");
  EXPECT_TRUE(in(ev, 1, "SDNREB", "UGAMIL", "1")) << Dump(ev);
  EXPECT_TRUE(in(ev, 2, "SDNREB", "UGA", "18")) << Dump(ev);
  // Two actors joined by "and" are plural too.
  ev = Code("Peru and Chile met in Lima on Monday. They criticized Bolivia for the blockade.");
  EXPECT_TRUE(in(ev, 1, "PER", "BOL", "11")) << Dump(ev);
  EXPECT_TRUE(in(ev, 1, "CHL", "BOL", "11")) << Dump(ev);

  // Not after a singular subject: a person, a country, a body.
  for (const char* before : {"The Colombian minister visited Caracas on Monday.",
                             "The United States criticized Venezuela on Monday.",
                             "The Colombian army raided a house in Bogota on Monday."}) {
    ev = Code(std::string(before) + " They arrested three Venezuelan soldiers.");
    for (const EventRecord& e : ev) EXPECT_FALSE(e.sentence_index == 1) << before << Dump(ev);
  }
  // Not a plural subject no actor covers (an actor in its modifiers is not
  // its head), not a quoted "They", not a "They" after the main clause.
  ev = Code("Prices in Bogota rose sharply on Monday. They accused Venezuelan soldiers of smuggling.");
  for (const EventRecord& e : ev) EXPECT_FALSE(e.sentence_index == 1) << Dump(ev);
  ev = Code("Colombian police raided a house in Bogota on Monday. \"They arrested three Venezuelan soldiers,\" a "
            "witness said.");
  for (const EventRecord& e : ev) EXPECT_FALSE(e.sentence_index == 1 && e.source == "COLCOP") << Dump(ev);
  ev = Code("Colombian police raided a house in Bogota on Monday. The mayor said they arrested three Venezuelan "
            "soldiers.");
  for (const EventRecord& e : ev) EXPECT_FALSE(e.sentence_index == 1 && e.source == "COLCOP") << Dump(ev);
}

TEST(GeneralRulesTest, APossessorBeforeAnotherActorIsNotTheObject) {
  // "met Britain's Prime Minister X": the prime minister is met, not
  // Britain (as a subject's possessor is read); the possessor of a noun
  // that is no actor still stands for the slot ("Petro's visa").
  auto ev = Code("Kenyan officials met with Britain's Prime Minister Rishi Sunak in London.");
  EXPECT_EQ(CodeOf(ev, "KENGOV", "GBRGOV"), "040") << Dump(ev);
  for (const EventRecord& e : ev) EXPECT_NE(e.target, "GBR") << Dump(ev);
  ev = Code("The Japanese foreign minister criticized Germany's Chancellor Olaf Scholz on Monday.");
  EXPECT_EQ(CodeOf(ev, "JPNGOV", "DEUGOV"), "111") << Dump(ev);
  ev = Code("Washington revoked Petro's visa on Friday.");
  EXPECT_EQ(CodeOf(ev, "USAGOV", "COLGOV"), "172") << Dump(ev);
}

// A bare apostrophe after a name is a possessive too ("Cyprus' President
// X", "the Philippines' President Y"): the person is the actor, as with
// "'s". Not after a common plural: "the miners' leaders" are no head of
// state (the agent noun "leaders" alone would read one).
TEST(GeneralRulesTest, ABareApostropheAfterANameIsAPossessive) {
  auto ev = testing::CodeText("Kenyan officials met with the Philippines' President Rodrigo Duterte in Manila.", "2018-05-02");
  EXPECT_EQ(CodeOf(ev, "KENGOV", "PHLGOV"), "040") << Dump(ev);
  for (const EventRecord& e : ev) EXPECT_NE(e.target, "PHL") << Dump(ev);
  ev = testing::CodeText("Cyprus' President Nicos Anastasiades criticized Turkey on Monday.", "2018-05-02");
  EXPECT_EQ(CodeOf(ev, "CYPGOV", "TUR"), "111") << Dump(ev);
  ev = Code("The South African miners' leaders criticized the mine owners on Monday.");
  for (const EventRecord& e : ev) EXPECT_NE(e.source, "ZAFGOV") << Dump(ev);
}

}  // namespace
}  // namespace dyad
