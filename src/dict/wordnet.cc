#include "dict/wordnet.h"

#include <fstream>
#include <sstream>

namespace dyad {

namespace {

std::string Spaced(std::string w) {
  for (char& c : w)
    if (c == '_') c = ' ';
  return w;
}

}  // namespace

bool WordNetVerbs::Load(const std::string& dir, std::string* error) {
  // index.verb: "lemma v synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offset..."
  std::ifstream index(dir + "/index.verb");
  std::ifstream data(dir + "/data.verb");
  if (!index || !data) {
    *error = "cannot read " + dir + "/index.verb and data.verb (install Debian's wordnet-base)";
    return false;
  }
  std::string line;
  while (std::getline(index, line)) {
    if (line.empty() || line[0] == ' ') continue;  // the licence header lines start with spaces
    std::istringstream in(line);
    std::string lemma, pos;
    int synset_cnt = 0, p_cnt = 0;
    in >> lemma >> pos >> synset_cnt >> p_cnt;
    std::string skip;
    for (int i = 0; i < p_cnt; ++i) in >> skip;
    int sense_cnt = 0, tagsense_cnt = 0;
    in >> sense_cnt >> tagsense_cnt;
    std::vector<uint32_t>& offs = senses_[Spaced(lemma)];
    for (int i = 0; i < synset_cnt; ++i) {
      uint32_t off = 0;
      if (in >> off) offs.push_back(off);
    }
  }
  // data.verb: "offset lex_filenum ss_type w_cnt(hex) word lex_id ..."
  while (std::getline(data, line)) {
    if (line.empty() || line[0] == ' ') continue;
    std::istringstream in(line);
    uint32_t off = 0;
    std::string lexfile, type, wcnt_hex;
    in >> off >> lexfile >> type >> wcnt_hex;
    int wcnt = static_cast<int>(std::stoul(wcnt_hex, nullptr, 16));
    std::vector<std::string>& words = synsets_[off];
    for (int i = 0; i < wcnt; ++i) {
      std::string word, lex_id;
      in >> word >> lex_id;
      words.push_back(Spaced(word));
    }
  }
  if (synsets_.empty()) {
    *error = dir + "/data.verb has no synsets";
    return false;
  }
  return true;
}

std::vector<WordNetVerbs::Synonym> WordNetVerbs::Synonyms(std::string_view lemma, int senses) const {
  std::vector<Synonym> out;
  auto it = senses_.find(std::string(lemma));
  if (it == senses_.end()) return out;
  for (int s = 0; s < senses && s < static_cast<int>(it->second.size()); ++s) {
    uint32_t off = it->second[s];
    auto ws = synsets_.find(off);
    if (ws == synsets_.end()) continue;
    for (const std::string& w : ws->second) {
      if (w == lemma) continue;
      bool seen = false;
      for (const Synonym& o : out) seen |= o.word == w;
      if (!seen) out.push_back({w, s + 1, off});
    }
  }
  return out;
}

}  // namespace dyad
