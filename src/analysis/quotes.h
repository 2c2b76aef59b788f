// Direct quotations and who said them.
//
// A quotation runs from an opening mark (" “ « and straight quotes the
// segmenter flagged as opening) to its closing mark, over sentences if need
// be but never over a paragraph break (news reopens the quote on each
// paragraph of a long quotation). Its speaker is found, in order, from:
//   1. a speech clause of the sentence that opens it whose verb comes before
//      the mark ("the State Department wrote on X: “...");
//   2. a speech clause after the closing mark in the sentence that closes
//      it ("“...,” Petro said", "said Petro");
//   3. "according to X" in either sentence;
//   4. the speaker of the previous quotation in the same paragraph.
// Tokens inside get kInQuote, so later stages know "we" in a quotation is
// its speaker. Runs after "actors" and "clauses".
#ifndef DYAD_ANALYSIS_QUOTES_H_
#define DYAD_ANALYSIS_QUOTES_H_

#include "pipeline/component.h"

namespace dyad {

class QuoteFinder : public Component {
 public:
  std::string_view name() const override { return "quotes"; }
  void Run(Doc& doc) const override;
};

// The quotation holding token t, or kNone32.
uint32_t QuoteAt(const Doc& doc, uint32_t t);

}  // namespace dyad

#endif  // DYAD_ANALYSIS_QUOTES_H_
