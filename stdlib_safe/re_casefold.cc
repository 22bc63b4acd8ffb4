// Case-insensitive matching with sre's rules (see re_casefold.h).
#include "stdlib_safe/re_casefold.h"

#include <algorithm>
#include <array>
#include <map>
#include <mutex>

#include "vm/objects/str_unicode.h"

namespace moat::stdlib::re {

namespace {

// Code points past planes 0-3 have no case mappings in Unicode 14.0
// (python3.11's): the tables stop there.
constexpr uint32_t kScanEnd = 0x40000;

// sre_lower_unicode / sre_upper_unicode: the first code point of the full
// mapping (CPython's _PyUnicode_ToLowercase reads the extended mapping).
uint32_t Lower(uint32_t c) {
  uint32_t out[3];
  vm::UnicodeToLowerFull(c, out);
  return out[0];
}
uint32_t Upper(uint32_t c) {
  uint32_t out[3];
  vm::UnicodeToUpperFull(c, out);
  return out[0];
}
bool IsCased(uint32_t c) { return Lower(c) != c || Upper(c) != c; }

struct FoldTables {
  // Every code point whose lower() differs from it, with its lower(): by
  // code point, and by lower() then code point.
  std::vector<std::pair<uint32_t, uint32_t>> lowerable, by_lower;
  // Lib/re/_casefix.py's extra cases: lowercase code points sharing an
  // uppercase (the full mapping) with other lowercase code points.
  std::map<uint32_t, std::vector<uint32_t>> extra;
};

const FoldTables& Tables() {
  static std::once_flag once;
  static FoldTables* tables = nullptr;
  std::call_once(once, [] {
    auto* t = new FoldTables;
    // Characters grouped by their full uppercase (up to 3 code points,
    // then the length); each group's single-code-point lowercase forms.
    std::map<std::array<uint32_t, 4>, std::vector<uint32_t>> by_upper;
    auto add_lower = [&](const std::array<uint32_t, 4>& key, uint32_t c) {
      uint32_t lower[3];
      if (vm::UnicodeToLowerFull(c, lower) == 1) by_upper[key].push_back(lower[0]);
    };
    for (uint32_t c = 0; c < kScanEnd; ++c) {
      uint32_t lower = Lower(c);
      if (lower != c) t->lowerable.emplace_back(c, lower);
      uint32_t upper[3] = {0, 0, 0};
      int n = vm::UnicodeToUpperFull(c, upper);
      if (n == 1 && upper[0] == c) continue;  // its own group: added below if shared
      add_lower({upper[0], upper[1], upper[2], static_cast<uint32_t>(n)}, c);
    }
    // A character that is its own uppercase belongs to the group keyed by it.
    std::vector<uint32_t> own;
    for (const auto& [key, lowers] : by_upper) {
      if (key[3] == 1 && Upper(key[0]) == key[0]) {
        uint32_t upper[3];
        if (vm::UnicodeToUpperFull(key[0], upper) == 1) own.push_back(key[0]);
      }
    }
    for (uint32_t u : own) add_lower({u, 0, 0, 1}, u);
    for (auto& [key, lowers] : by_upper) {
      std::sort(lowers.begin(), lowers.end());
      lowers.erase(std::unique(lowers.begin(), lowers.end()), lowers.end());
      if (lowers.size() < 2) continue;
      for (uint32_t l : lowers) {
        std::vector<uint32_t>& others = t->extra[l];
        for (uint32_t o : lowers) {
          if (o != l) others.push_back(o);
        }
      }
    }
    t->by_lower = t->lowerable;
    std::sort(t->by_lower.begin(), t->by_lower.end(),
              [](const auto& a, const auto& b) {
                return a.second != b.second ? a.second < b.second : a.first < b.first;
              });
    tables = t;
  });
  return *tables;
}

bool Contains(const RangeSet& set, uint32_t c) {
  auto it = std::upper_bound(set.begin(), set.end(), c,
                             [](uint32_t v, const auto& r) { return v < r.first; });
  return it != set.begin() && std::prev(it)->second >= c;
}

bool IsAsciiLetter(uint32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// Adds the code points whose lower() is in `lowers` (sorted), and those of
// `lowers` that are their own lower(), to `out`.
void AddWithLowerIn(const std::vector<uint32_t>& lowers, RangeSet* out) {
  const FoldTables& t = Tables();
  for (uint32_t l : lowers) {
    if (Lower(l) == l) out->emplace_back(l, l);
    auto it = std::lower_bound(t.by_lower.begin(), t.by_lower.end(), l,
                               [](const auto& e, uint32_t v) { return e.second < v; });
    for (; it != t.by_lower.end() && it->second == l; ++it) out->emplace_back(it->first, it->first);
  }
}

}  // namespace

void NormalizeRanges(RangeSet* set) {
  std::sort(set->begin(), set->end());
  RangeSet merged;
  for (const auto& r : *set) {
    if (!merged.empty() && r.first <= merged.back().second + 1) {
      merged.back().second = std::max(merged.back().second, r.second);
    } else {
      merged.push_back(r);
    }
  }
  *set = std::move(merged);
}

RangeSet FoldLiteral(uint32_t c, bool ascii) {
  RangeSet out = {{c, c}};
  if (ascii) {
    if (IsAsciiLetter(c)) out.emplace_back(c ^ 0x20, c ^ 0x20);
  } else if (IsCased(c)) {
    uint32_t lower = Lower(c);
    std::vector<uint32_t> lowers = {lower};
    const FoldTables& t = Tables();
    if (auto it = t.extra.find(lower); it != t.extra.end()) {
      lowers.insert(lowers.end(), it->second.begin(), it->second.end());
    }
    AddWithLowerIn(lowers, &out);
  }
  NormalizeRanges(&out);
  return out;
}

RangeSet FoldSet(const RangeSet& set, bool ascii, uint64_t* work) {
  RangeSet out = set;
  if (ascii) {
    for (uint32_t c = 'A'; c <= 'z'; ++c) {
      if (IsAsciiLetter(c) && Contains(set, c)) out.emplace_back(c ^ 0x20, c ^ 0x20);
    }
    NormalizeRanges(&out);
    return out;
  }
  // Every step looks up the tables range by range, so the work follows the
  // size of the set and of its case variants, not of the tables (a pattern
  // may hold many small sets; translating is charged by its length).
  const FoldTables& t = Tables();
  auto by_code = [](const auto& e, uint32_t v) { return e.first < v; };
  auto by_lower = [](const auto& e, uint32_t v) { return e.second < v; };
  // The lower forms of the members that are not their own lower(); the
  // others stay in `set`.
  std::vector<uint32_t> lowers;
  for (const auto& [lo, hi] : set) {
    auto it = std::lower_bound(t.lowerable.begin(), t.lowerable.end(), lo, by_code);
    for (; it != t.lowerable.end() && it->first <= hi; ++it) lowers.push_back(it->second);
  }
  std::sort(lowers.begin(), lowers.end());
  lowers.erase(std::unique(lowers.begin(), lowers.end()), lowers.end());
  // The extra cases of all the lower forms.
  std::vector<uint32_t> extra;
  auto add_extra = [&](uint32_t l) {
    auto it = t.extra.find(l);
    if (it != t.extra.end()) extra.insert(extra.end(), it->second.begin(), it->second.end());
  };
  for (uint32_t l : lowers) add_extra(l);
  for (const auto& [lo, hi] : set) {
    for (auto it = t.extra.lower_bound(lo); it != t.extra.end() && it->first <= hi; ++it) {
      if (Lower(it->first) == it->first) add_extra(it->first);
    }
  }
  lowers.insert(lowers.end(), extra.begin(), extra.end());
  std::sort(lowers.begin(), lowers.end());
  lowers.erase(std::unique(lowers.begin(), lowers.end()), lowers.end());
  AddWithLowerIn(lowers, &out);
  *work += set.size() + lowers.size();
  // And the code points whose lower() is a member that is its own lower().
  for (const auto& [lo, hi] : set) {
    auto it = std::lower_bound(t.by_lower.begin(), t.by_lower.end(), lo, by_lower);
    for (; it != t.by_lower.end() && it->second <= hi; ++it) {
      if (Lower(it->second) == it->second) out.emplace_back(it->first, it->first);
    }
  }
  *work += out.size();
  NormalizeRanges(&out);
  return out;
}

std::vector<std::pair<uint32_t, std::vector<uint32_t>>> ExtraCasesForTest() {
  const FoldTables& t = Tables();
  return {t.extra.begin(), t.extra.end()};
}

}  // namespace moat::stdlib::re
