// Part-of-speech tags: the Penn Treebank set as used by the Lingua::EN::Tagger
// lexicon that ships in Debian (liblingua-en-tagger-perl), which names the
// punctuation classes itself (pp = sentence end, ppc = comma, ppl/ppr = left
// and right quote, pps = other, ppd = dollar, lrb/rrb = brackets, det = DT,
// prps = PRP$, wps = WP$).
#ifndef DYAD_MODEL_TAG_H_
#define DYAD_MODEL_TAG_H_

#include <cstdint>
#include <string_view>

namespace dyad {

enum class Tag : uint8_t {
  kNone = 0,
  CC, CD, DET, EX, FW, IN, JJ, JJR, JJS, LRB, LS, MD, NN, NNP, NNPS, NNS, PDT, POS,
  PP, PPC, PPD, PPL, PPR, PPS, PRP, PRPS, RB, RBR, RBS, RP, RRB, SYM, TO, UH,
  VB, VBD, VBG, VBN, VBP, VBZ, WDT, WP, WPS, WRB,
  kCount
};

constexpr int kNumTags = static_cast<int>(Tag::kCount);

// Lowercase name as in the lexicon files ("nnp", "vbd", "prps").
std::string_view TagName(Tag t);
// Inverse of TagName; Tag::kNone when unknown.
Tag TagFromName(std::string_view name);

inline bool IsNoun(Tag t) { return t == Tag::NN || t == Tag::NNS || t == Tag::NNP || t == Tag::NNPS; }
inline bool IsProperNoun(Tag t) { return t == Tag::NNP || t == Tag::NNPS; }
inline bool IsVerb(Tag t) { return t >= Tag::VB && t <= Tag::VBZ; }
inline bool IsAdjective(Tag t) { return t == Tag::JJ || t == Tag::JJR || t == Tag::JJS; }
inline bool IsAdverb(Tag t) { return t == Tag::RB || t == Tag::RBR || t == Tag::RBS; }
inline bool IsPunct(Tag t) {
  return t == Tag::PP || t == Tag::PPC || t == Tag::PPD || t == Tag::PPL || t == Tag::PPR || t == Tag::PPS ||
         t == Tag::LRB || t == Tag::RRB || t == Tag::SYM;
}

}  // namespace dyad

#endif  // DYAD_MODEL_TAG_H_
