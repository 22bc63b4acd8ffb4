// Python regular-expression syntax -> RE2 or PCRE2 syntax (see
// re_translate.h). The parser mirrors CPython 3.11's Lib/re/_parser.py: one
// function per function there, the same token rules (a backslash and the
// next character are one token) and the same error offsets, so positions
// match. A pattern is parsed once for RE2; if it turns out to need
// backtracking, it is parsed again emitting PCRE2 syntax (the two parses
// raise the same errors).
#include "stdlib_safe/re_translate.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <set>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "stdlib_safe/re_casefold.h"
#include "stdlib_safe/unicodedata_module.h"
#include "vm/objects/int.h"
#include "vm/objects/str.h"
#include "vm/objects/str_unicode.h"

namespace moat::stdlib::re {

namespace {

constexpr int64_t kMaxGroups = 1073741823;  // _sre.MAXGROUPS
constexpr uint64_t kPythonMaxRepeat = 4294967295u;  // _sre.MAXREPEAT
constexpr int kGlobalFlags = kFlagDebug;  // re._parser.GLOBAL_FLAGS (3.11)
constexpr int kTypeFlags = kFlagAscii | kFlagLocale | kFlagUnicode;

// A subpattern's width in code points (SubPattern.getwidth): the least
// and the most it can match, kPythonMaxRepeat for no bound. Sums and
// products saturate far above the caps CPython applies per subpattern.
struct Width {
  uint64_t lo = 0, hi = 0;
};
constexpr uint64_t kWidthSaturation = uint64_t{1} << 62;
uint64_t SatAdd(uint64_t a, uint64_t b) { return std::min(a + b, kWidthSaturation); }
uint64_t SatMul(uint64_t a, uint64_t b) {
  if (a == 0 || b == 0) return 0;
  return a > kWidthSaturation / b ? kWidthSaturation : a * b;
}
Width Add(Width a, Width b) { return {SatAdd(a.lo, b.lo), SatAdd(a.hi, b.hi)}; }
// getwidth's final min(lo, MAXREPEAT - 1), min(hi, MAXREPEAT).
Width Capped(Width w) {
  return {std::min(w.lo, kPythonMaxRepeat - 1), std::min(w.hi, kPythonMaxRepeat)};
}
constexpr Width kUnitWidth = {1, 1};

constexpr uint32_t kAsciiSpace[][2] = {{0x09, 0x0D}, {0x20, 0x20}};
constexpr uint32_t kAsciiDigit[][2] = {{'0', '9'}};
constexpr uint32_t kAsciiWord[][2] = {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}};

bool IsDigit(uint32_t c) { return c >= '0' && c <= '9'; }
bool IsOctDigit(uint32_t c) { return c >= '0' && c <= '7'; }
bool IsHexDigit(uint32_t c) {
  return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool IsAsciiLetter(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

int HexValue(uint32_t c) {
  if (IsDigit(c)) return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  return static_cast<int>(c - 'A' + 10);
}

// str.isidentifier.
bool IsIdentifier(std::u32string_view name) {
  if (name.empty() || !vm::UnicodeIsIdStart(name[0])) return false;
  for (size_t i = 1; i < name.size(); ++i) {
    if (!vm::UnicodeIsIdContinue(name[i])) return false;
  }
  return true;
}

// int(text) for a conditional's group: surrounding whitespace, a sign,
// Unicode decimal digits with single underscores between them. Sets the
// ASCII digits of the value (leading zeros kept) and whether it was
// negative; false when int() would raise ValueError.
bool ParseIntLikeInt(std::u32string_view text, std::string* digits, bool* negative) {
  size_t b = 0, e = text.size();
  while (b < e && vm::UnicodeIsSpace(text[b])) ++b;
  while (e > b && vm::UnicodeIsSpace(text[e - 1])) --e;
  *negative = false;
  if (b < e && (text[b] == '+' || text[b] == '-')) *negative = text[b++] == '-';
  digits->clear();
  bool after_digit = false;
  for (size_t i = b; i < e; ++i) {
    uint32_t c = text[i];
    if (c == '_' && after_digit && i + 1 < e) {
      after_digit = false;
      continue;
    }
    int value = vm::UnicodeDecimalValue(c);
    if (value < 0) return false;
    digits->push_back(static_cast<char>('0' + value));
    after_digit = true;
  }
  return after_digit;
}

std::string Utf8(std::u32string_view s) {
  std::string out;
  for (uint32_t c : s) vm::AppendUtf8(&out, c);
  return out;
}

// repr() of a short str, as the messages quote names: single quotes unless
// the text holds one and no double quote.
std::string QuoteName(std::u32string_view s) {
  bool has_single = s.find(U'\'') != std::u32string_view::npos;
  bool has_double = s.find(U'"') != std::u32string_view::npos;
  char q = (has_single && !has_double) ? '"' : '\'';
  std::string out(1, q);
  for (uint32_t c : s) {
    if (c == static_cast<uint32_t>(q) || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7F) {
      out += absl::StrFormat("\\x%02x", c);
    } else {
      vm::AppendUtf8(&out, c);
    }
  }
  out.push_back(q);
  return out;
}

// One RE2 code point inside or outside a class: letters and digits as
// themselves, other ASCII as \x{..}, the rest as UTF-8.
void AppendLiteral(std::string* out, uint32_t c) {
  if (IsAsciiLetter(c) || IsDigit(c)) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x80) {
    absl::StrAppend(out, absl::StrFormat("\\x{%x}", c));
  } else {
    vm::AppendUtf8(out, c);
  }
}

template <size_t N>
void AppendRanges(std::string* out, const uint32_t (&ranges)[N][2]) {
  for (const auto& r : ranges) {
    AppendLiteral(out, r[0]);
    if (r[1] != r[0]) {
      out->push_back('-');
      AppendLiteral(out, r[1]);
    }
  }
}

// The complement of sorted, disjoint `ranges` over all code points.
template <size_t N>
void AppendComplement(std::string* out, const uint32_t (&ranges)[N][2]) {
  uint32_t next = 0;
  for (const auto& r : ranges) {
    if (r[0] > next) {
      AppendLiteral(out, next);
      if (r[0] - 1 != next) {
        out->push_back('-');
        AppendLiteral(out, r[0] - 1);
      }
    }
    next = r[1] + 1;
  }
  AppendLiteral(out, next);
  out->push_back('-');
  out->append("\\x{10ffff}");
}

// RangeSet (re_casefold.h): the category sets below leave out the
// surrogates, which RE2 cannot take in a UTF-8 pattern.

// Code points past planes 0-3 are unassigned, private use or tags in the
// Unicode version of python3.11 (14.0): none is decimal, alphanumeric or
// space, so the scan stops there.
constexpr uint32_t kScanEnd = 0x40000;

template <typename Pred>
RangeSet BuildSet(Pred pred) {
  RangeSet out;
  for (uint32_t c = 0; c < kScanEnd; ++c) {
    if (c == 0xD800) c = 0xE000;
    if (!pred(c)) continue;
    if (!out.empty() && out.back().second + 1 == c) {
      out.back().second = c;
    } else {
      out.emplace_back(c, c);
    }
  }
  return out;
}

RangeSet Complement(const RangeSet& set) {
  RangeSet out;
  uint32_t next = 0;
  auto add = [&](uint32_t lo, uint32_t hi) {
    // Skip the surrogates.
    if (lo < 0xD800 && hi >= 0xD800) {
      out.emplace_back(lo, 0xD7FF);
      if (hi >= 0xE000) out.emplace_back(0xE000, hi);
    } else if (lo >= 0xD800 && lo <= 0xDFFF) {
      if (hi >= 0xE000) out.emplace_back(0xE000, hi);
    } else {
      out.emplace_back(lo, hi);
    }
  };
  for (const auto& [lo, hi] : set) {
    if (lo > next) add(next, lo - 1);
    next = hi + 1;
  }
  if (next <= 0x10FFFF) add(next, 0x10FFFF);
  return out;
}

// Python's \d, \w and \s for str patterns: str.isdecimal(), str.isalnum()
// or '_', str.isspace() (moat's own Unicode tables, generated from
// python3.11, so the sets are exactly Python's), each built on first use.
struct CategorySet {
  RangeSet set, complement;
};

template <typename Pred>
const CategorySet& LazySet(std::once_flag* once, CategorySet** slot, Pred pred) {
  std::call_once(*once, [&] {
    auto* c = new CategorySet;
    c->set = BuildSet(pred);
    c->complement = Complement(c->set);
    *slot = c;
  });
  return **slot;
}

const CategorySet& DigitSet() {
  static std::once_flag once;
  static CategorySet* set = nullptr;
  return LazySet(&once, &set, [](uint32_t c) { return vm::UnicodeIsDecimal(c); });
}
const CategorySet& WordSet() {
  static std::once_flag once;
  static CategorySet* set = nullptr;
  return LazySet(&once, &set, [](uint32_t c) { return c == '_' || vm::UnicodeIsAlnum(c); });
}
const CategorySet& SpaceSet() {
  static std::once_flag once;
  static CategorySet* set = nullptr;
  return LazySet(&once, &set, [](uint32_t c) { return vm::UnicodeIsSpace(c); });
}

void AppendSet(std::string* out, const RangeSet& set) {
  for (const auto& [lo, hi] : set) {
    AppendLiteral(out, lo);
    if (hi != lo) {
      out->push_back('-');
      AppendLiteral(out, hi);
    }
  }
}

struct ParseError {
  std::string msg;
  int64_t pos = -1;
  bool refused = false;
  bool recursion = false;
};

class Parser {
 public:
  // `pcre2`: emit PCRE2 syntax (re_translate.h) instead of RE2's.
  Parser(std::u32string_view p, int flags, bool pcre2, const WorkCharger& charge)
      : p_(p), flags_(flags), pcre2_(pcre2), charge_(charge) {}

  bool Run(Translation* t) {
    std::string body;
    Width width;
    if (!ParseSub(&body, (flags_ & kFlagVerbose) != 0, 0, &width)) return Fail(t);
    if (!FixFlags(t)) return false;
    if (i_ < p_.size()) {
      // Only a ')' stops the top level early.
      Error("unbalanced parenthesis", 0);
      return Fail(t);
    }
    // A conditional may name a group defined after it (the end of parse()).
    for (const auto& [group, pos] : condition_refs_) {
      if (group >= groups_) {
        ErrorAt(absl::StrCat("invalid group reference ", group), pos);
        return Fail(t);
      }
    }
    // _compiler.py's check, made after parsing succeeded: re.error without
    // a pattern or position.
    if (variable_lookbehind_) {
      error_ = {"look-behind requires fixed-width pattern", -1, false};
      return Fail(t);
    }
    std::string prefix;
    // IGNORECASE is applied here (re_casefold.h), not by the engines.
    if (flags_ & kFlagMultiline) prefix += "m";
    if (flags_ & kFlagDotAll) prefix += "s";
    t->pattern = prefix.empty() ? body : absl::StrCat("(?", prefix, ")", body);
    // A lazy repeat from zero, or an alternative that can match empty before
    // one that cannot (`|a`, `x*|b`), prefers an empty match to a non-empty
    // one at the same place; after an empty match (findall, sub, split)
    // CPython then takes the non-empty one, which only PCRE2 can be asked for.
    t->backtracking =
        backtracking_ || ((lazy_from_zero_ || empty_before_nonempty_) && width.lo == 0);
    t->past_end_as_empty = !backtracking_ && !past_end_unknown_;
    t->flags = flags_;
    t->groups = groups_ - 1;
    t->group_names = std::move(names_);
    t->close_rank.assign(static_cast<size_t>(groups_), 0);
    for (size_t k = 0; k < close_order_.size(); ++k) {
      t->close_rank[static_cast<size_t>(close_order_[k])] = static_cast<int>(k) + 1;
    }
    t->warnings = std::move(warnings_);
    t->fold_work = fold_work_;
    t->ok = true;
    return true;
  }

 private:
  enum class Item { kNone, kAt, kRepeat, kAtom };

  bool Fail(Translation* t) {
    t->warnings = std::move(warnings_);
    t->ok = false;
    t->error = error_.msg;
    t->error_pos = error_.pos;
    t->refused = error_.refused;
    t->recursion_error = error_.recursion;
    t->budget_exhausted = budget_exhausted_;
    t->fold_work = fold_work_;
    return false;
  }

  // re._parser.fix_flags for a str pattern.
  bool FixFlags(Translation* t) {
    if (flags_ & kFlagLocale) {
      t->error = "cannot use LOCALE flag with a str pattern";
      t->value_error = true;
      return false;
    }
    if (!(flags_ & kFlagAscii)) {
      flags_ |= kFlagUnicode;
    } else if (flags_ & kFlagUnicode) {
      t->error = "ASCII and UNICODE flags are incompatible";
      t->value_error = true;
      return false;
    }
    return true;
  }

  // source.error(msg, offset): the position is the tokenizer's tell()
  // minus offset.
  bool Error(std::string msg, int64_t offset) {
    error_ = {std::move(msg), static_cast<int64_t>(i_) - offset, false};
    return false;
  }
  bool ErrorAt(std::string msg, int64_t pos) {
    error_ = {std::move(msg), pos, false};
    return false;
  }
  // Groups nested past kMaxGroupNesting: CPython's parser runs out of
  // recursion there.
  bool EnterNesting() {
    if (++depth_ <= kMaxGroupNesting) return true;
    error_ = {"maximum recursion depth exceeded", -1, false, true};
    return false;
  }
  void LeaveNesting() { --depth_; }

  // ---- The tokenizer: `next` is one code point, or a backslash and the
  // code point after it.
  bool AtEnd() const { return i_ >= p_.size(); }
  uint32_t Peek() const { return p_[i_]; }
  bool PeekIs(uint32_t c) const { return i_ < p_.size() && p_[i_] == c; }
  bool Match(uint32_t c) {
    if (PeekIs(c) && c != '\\') {
      ++i_;
      return true;
    }
    return false;
  }

  // Reads up to `terminator`, for group names (Tokenizer.getuntil).
  bool GetUntil(uint32_t terminator, const char* name, std::u32string* out) {
    out->clear();
    while (true) {
      if (AtEnd()) {
        if (out->empty()) return Error(absl::StrCat("missing ", name), 0);
        return Error(absl::StrFormat("missing %c, unterminated name", terminator),
                     static_cast<int64_t>(out->size()));
      }
      uint32_t c = p_[i_];
      size_t width = 1;
      if (c == '\\') {
        if (i_ + 1 >= p_.size()) return BadEscapeAtEnd();
        width = 2;
      }
      i_ += width;
      if (c == terminator) {
        if (out->empty()) return Error(absl::StrCat("missing ", name), 1);
        return true;
      }
      out->append(p_.substr(i_ - width, width));
    }
  }

  bool BadEscapeAtEnd() {
    return ErrorAt("bad escape (end of pattern)", static_cast<int64_t>(p_.size()) - 1);
  }

  bool CheckGroupName(const std::u32string& name, int64_t offset) {
    if (!IsIdentifier(name)) {
      return Error(absl::StrCat("bad character in group name ", QuoteName(name)),
                   static_cast<int64_t>(name.size()) + offset);
    }
    return true;
  }

  // ---- _parse_sub: alternatives separated by '|'. *width is the
  // subpattern's (a BRANCH's: the least and most of its alternatives).
  bool ParseSub(std::string* out, bool verbose, int nested, Width* width) {
    bool first_item = true;
    bool earlier_can_be_empty = false;
    Width all = {kPythonMaxRepeat - 1, 0};
    while (true) {
      Width w;
      if (!ParseSeq(out, verbose, nested + 1, nested == 0 && first_item, &w)) return false;
      all = {std::min(all.lo, w.lo), std::max(all.hi, w.hi)};
      if (earlier_can_be_empty && w.hi > 0) empty_before_nonempty_ = true;
      if (w.lo == 0) earlier_can_be_empty = true;
      if (first_item && !PeekIs('|')) {
        *width = w;
        return true;
      }
      first_item = false;
      if (!Match('|')) {
        *width = Capped(all);
        return true;
      }
      out->push_back('|');
      if (nested == 0) verbose = (flags_ & kFlagVerbose) != 0;
    }
  }

  // ---- _parse: a sequence of items up to '|', ')' or the end; *width is
  // its width.
  bool ParseSeq(std::string* out, bool verbose, int nested, bool first, Width* width) {
    Item last = Item::kNone;
    bool any = false;  // the subpattern is not empty (global flags check)
    size_t last_start = out->size();
    // The width of the items before the last one, and of the last one,
    // which a repeat multiplies.
    Width before_last, last_width;
    bool last_capturing = false;  // the last item is a capturing group
    auto item = [&](Item kind, size_t start, Width w) {
      before_last = Add(before_last, last_width);
      last_width = w;
      last = kind;
      last_capturing = false;
      last_start = start;
      any = true;
      if (kind == Item::kAt) past_end_unknown_ = true;
    };
    while (!AtEnd()) {
      uint32_t c = Peek();
      if (c == '|' || c == ')') break;
      if (c == '\\') {
        if (i_ + 1 >= p_.size()) return BadEscapeAtEnd();
        uint32_t e = p_[i_ + 1];
        i_ += 2;
        size_t start = out->size();
        Item kind = Item::kAtom;
        Width w = kUnitWidth;
        if (!Escape(e, out, &kind, &w)) return false;
        item(kind, start, w);
        continue;
      }
      ++i_;
      if (verbose) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') continue;
        if (c == '#') {
          while (!AtEnd()) {
            uint32_t d = p_[i_];
            if (d == '\\') {
              if (i_ + 1 >= p_.size()) return BadEscapeAtEnd();
              i_ += 2;
              continue;
            }
            ++i_;
            if (d == '\n') break;
          }
          continue;
        }
      }
      switch (c) {
        case '[': {
          size_t start = out->size();
          if (!ParseClass(out)) return false;
          item(Item::kAtom, start, kUnitWidth);
          break;
        }
        case '*':
        case '+':
        case '?':
        case '{': {
          size_t here = i_;
          uint64_t lo = 0, hi = kPythonMaxRepeat;
          std::string quant;
          if (c == '?') {
            hi = 1;
            quant = "?";
          } else if (c == '*') {
            quant = "*";
          } else if (c == '+') {
            lo = 1;
            quant = "+";
          } else {
            if (PeekIs('}')) {
              size_t start = out->size();
              AppendLiteral(out, '{');
              item(Item::kAtom, start, kUnitWidth);
              break;
            }
            std::u32string lo_text, hi_text;
            while (!AtEnd() && IsDigit(Peek())) lo_text.push_back(p_[i_++]);
            if (Match(',')) {
              while (!AtEnd() && IsDigit(Peek())) hi_text.push_back(p_[i_++]);
            } else {
              hi_text = lo_text;
            }
            if (!Match('}')) {
              i_ = here;
              size_t start = out->size();
              AppendLiteral(out, '{');
              item(Item::kAtom, start, kUnitWidth);
              break;
            }
            auto parse_count = [&](const std::u32string& text, uint64_t* v) {
              *v = 0;
              for (uint32_t d : text) {
                *v = *v * 10 + (d - '0');
                if (*v >= kPythonMaxRepeat) return false;
              }
              return true;
            };
            if (!lo_text.empty() && !parse_count(lo_text, &lo)) {
              error_ = {"the repetition number is too large", -2, false};
              return false;
            }
            if (!hi_text.empty()) {
              if (!parse_count(hi_text, &hi)) {
                error_ = {"the repetition number is too large", -2, false};
                return false;
              }
              if (hi < lo) {
                return Error("min repeat greater than max repeat",
                             static_cast<int64_t>(i_ - here));
              }
            }
            quant = absl::StrCat("{", lo);
            if (hi_text.empty()) {
              quant += ",}";
            } else if (hi == lo && lo_text == hi_text) {
              quant += "}";
            } else {
              absl::StrAppend(&quant, ",", hi, "}");
            }
          }
          int64_t offset = static_cast<int64_t>(i_ - here) + 1;
          if (last == Item::kNone || last == Item::kAt) return Error("nothing to repeat", offset);
          if (last == Item::kRepeat) return Error("multiple repeat", offset);
          if (lo > static_cast<uint64_t>(kMaxRepeat) ||
              (hi != kPythonMaxRepeat && hi > static_cast<uint64_t>(kMaxRepeat))) {
            error_ = {absl::StrCat("a repeat count over ", kMaxRepeat, " at position ", here - 1,
                                   " is not available in the sandbox: moat's regular "
                                   "expressions allow at most ",
                                   kMaxRepeat, " repetitions; use * or + instead"),
                      static_cast<int64_t>(here) - 1, true};
            return false;
          }
          // RE2 gets the repeated item wrapped, so it repeats all of it;
          // every item is one atom in PCRE2's syntax, and a bare one keeps
          // PCRE2's fast single-character repeats.
          if (!pcre2_) {
            out->insert(last_start, "(?:");
            out->append(")");
          }
          out->append(quant);
          if (Match('?')) {
            out->push_back('?');
            if (lo == 0) lazy_from_zero_ = true;
          } else if (Match('+')) {
            out->push_back('+');  // possessive
            backtracking_ = true;
          }
          // sre repeats a one-character item but a capturing group with
          // REPEAT_ONE (a few other items too; counted here with them),
          // which fails past the end.
          if (last_width.lo == 1 && last_width.hi == 1 && !last_capturing) {
            past_end_unknown_ = true;
          }
          Width w = Capped(last_width);
          last_width = {SatMul(w.lo, lo), SatMul(w.hi, hi)};
          last = Item::kRepeat;
          break;
        }
        case '.':
          item(Item::kAtom, out->size(), kUnitWidth);
          out->push_back('.');
          break;
        case '(': {
          size_t start = i_ - 1;
          size_t out_start = out->size();
          bool done = false;
          bool global_flags = false;
          Width w;
          if (!ParseGroup(out, verbose, nested, start, first && !any, &done, &global_flags, &w)) {
            return false;
          }
          if (global_flags) verbose = (flags_ & kFlagVerbose) != 0;
          if (done) break;  // a comment or global flags: no item
          item(Item::kAtom, out_start, w);
          last_capturing =
              start + 1 < p_.size() &&
              (p_[start + 1] != '?' ||
               (start + 3 < p_.size() && p_[start + 2] == 'P' && p_[start + 3] == '<'));
          break;
        }
        case '^':
          item(Item::kAt, out->size(), Width{});
          out->push_back('^');
          break;
        case '$':
          // Python's `$` (end, or before a final newline) is PCRE2's; RE2's
          // matches only at the very end unless MULTILINE is on throughout.
          if (!(flags_ & kFlagMultiline)) backtracking_ = true;
          item(Item::kAt, out->size(), Width{});
          out->push_back('$');
          break;
        default:
          if (c >= 0xD800 && c <= 0xDFFF) {
            return ErrorAt("a surrogate character in a pattern is not supported in the sandbox",
                           static_cast<int64_t>(i_) - 1);
          }
          item(Item::kAtom, out->size(), kUnitWidth);
          AppendAtom(out, c);
          break;
      }
    }
    *width = Capped(Add(before_last, last_width));
    return true;
  }

  // A group reference inside a lookbehind (State.checklookbehindgroup).
  bool CheckLookbehindGroup(int64_t gid) {
    if (lookbehind_groups_ < 0) return true;
    if (!GroupClosed(gid)) return Error("cannot refer to an open group", 0);
    if (gid >= lookbehind_groups_) {
      return Error("cannot refer to group defined in the same lookbehind subpattern", 0);
    }
    return true;
  }
  // State.checkgroup: the group exists and is closed.
  bool GroupClosed(int64_t gid) const {
    return gid < groups_ && group_width_.count(static_cast<int>(gid)) > 0;
  }

  // A backreference to closed group `gid`: PCRE2's \g{N} (unambiguous
  // before a digit), with the group's width.
  // Under IGNORECASE PCRE2 compares it caselessly with its own folding
  // (sre compares lower() of each character: the same but for a few
  // characters, and under re.ASCII PCRE2 also folds non-ASCII letters).
  void AppendBackreference(std::string* out, int64_t gid, Width* width) {
    absl::StrAppend(out, IgnoreCase() ? "(?i:\\g{" : "\\g{", gid, IgnoreCase() ? "})" : "}");
    *width = group_width_[static_cast<int>(gid)];
    backtracking_ = true;
  }

  // The body of a group that is not a plain (capturing, non-capturing or
  // flags) group, up to and including its ')': lookaround, atomic.
  bool ParseGroupBody(std::string* out, bool verbose, int nested, size_t start, Width* width) {
    if (!EnterNesting()) return false;
    if (!ParseSub(out, verbose, nested + 1, width)) return false;
    LeaveNesting();
    if (!Match(')')) {
      return Error("missing ), unterminated subpattern", static_cast<int64_t>(i_ - start));
    }
    out->push_back(')');
    return true;
  }

  // (?(id)yes|no), with "(?(" read: the condition is a group number or
  // name, then one or two alternatives (_parse, not _parse_sub).
  bool ParseConditional(std::string* out, bool verbose, int nested, size_t start,
                        Width* width) {
    std::u32string name;
    if (!GetUntil(')', "group name", &name)) return false;
    int64_t offset = static_cast<int64_t>(name.size()) + 1;
    int64_t gid = 0;
    if (IsIdentifier(name)) {
      std::string key = Utf8(name);
      bool found = false;
      for (const auto& [n, g] : names_) {
        if (n == key) {
          gid = g;
          found = true;
        }
      }
      if (!found) return Error(absl::StrCat("unknown group name ", QuoteName(name)), offset);
    } else {
      // int(condname); what is not plain ASCII digits is deprecated.
      std::string text;
      bool negative = false;
      bool plain = !name.empty();
      for (uint32_t d : name) plain = plain && IsDigit(d);
      if (!ParseIntLikeInt(name, &text, &negative) ||
          (negative && text.find_first_not_of('0') != std::string::npos)) {
        return Error(absl::StrCat("bad character in group name ", QuoteName(name)), offset);
      }
      size_t nonzero = text.find_first_not_of('0');
      text = nonzero == std::string::npos ? "0" : text.substr(nonzero);
      bool huge = text.size() > 12;
      for (char d : text) gid = huge ? gid : gid * 10 + (d - '0');
      if (gid == 0 && !huge) return Error("bad group number", offset);
      if (huge || gid >= kMaxGroups) {
        return Error(absl::StrCat("invalid group reference ", text), offset);
      }
      bool seen = false;
      for (const auto& [g, pos] : condition_refs_) seen = seen || g == gid;
      if (!seen) condition_refs_.emplace_back(gid, static_cast<int64_t>(i_) - offset);
      if (!plain) {
        warnings_.push_back({false, absl::StrCat("bad character in group name ", QuoteName(name),
                                                 " at position ",
                                                 static_cast<int64_t>(i_) - offset)});
      }
    }
    if (!CheckLookbehindGroup(gid)) return false;
    absl::StrAppend(out, "(?(", gid, ")");
    backtracking_ = true;
    if (!EnterNesting()) return false;
    Width yes, no;
    if (!ParseSeq(out, verbose, nested + 1, false, &yes)) return false;
    bool has_no = Match('|');
    if (has_no) {
      out->push_back('|');
      if (!ParseSeq(out, verbose, nested + 1, false, &no)) return false;
      if (PeekIs('|')) return Error("conditional backref with more than two branches", 0);
    }
    LeaveNesting();
    if (!Match(')')) {
      return Error("missing ), unterminated subpattern", static_cast<int64_t>(i_ - start));
    }
    out->push_back(')');
    *width = has_no ? Width{std::min(yes.lo, no.lo), std::max(yes.hi, no.hi)} : Width{0, yes.hi};
    return true;
  }

  // ---- Groups: '(' has been read at `start`. Sets *no_item for comments
  // and global flags; *width is the item's width.
  bool ParseGroup(std::string* out, bool verbose, int nested, size_t start, bool first,
                  bool* no_item, bool* global_flags, Width* width) {
    bool capture = true;
    bool atomic = false;
    std::u32string name;
    bool named = false;
    int add_flags = 0, del_flags = 0;
    if (Match('?')) {
      if (AtEnd()) return Error("unexpected end of pattern", 0);
      uint32_t ch = p_[i_];
      if (ch == '\\') {
        if (i_ + 1 >= p_.size()) return BadEscapeAtEnd();
        i_ += 2;
        return Error(absl::StrCat("unknown extension ?", Utf8(p_.substr(i_ - 2, 2))), 3);
      }
      ++i_;
      if (ch == 'P') {
        if (Match('<')) {
          if (!GetUntil('>', "group name", &name)) return false;
          if (!CheckGroupName(name, 1)) return false;
          named = true;
        } else if (Match('=')) {
          if (!GetUntil(')', "group name", &name)) return false;
          if (!CheckGroupName(name, 1)) return false;
          std::string key = Utf8(name);
          int gid = -1;
          for (const auto& [n, g] : names_) {
            if (n == key) gid = g;
          }
          int64_t offset = static_cast<int64_t>(name.size()) + 1;
          if (gid < 0) return Error(absl::StrCat("unknown group name ", QuoteName(name)), offset);
          if (!GroupClosed(gid)) return Error("cannot refer to an open group", offset);
          if (!CheckLookbehindGroup(gid)) return false;
          AppendBackreference(out, gid, width);
          return true;
        } else {
          if (AtEnd()) return Error("unexpected end of pattern", 0);
          uint32_t c2 = p_[i_];
          size_t w = c2 == '\\' && i_ + 1 < p_.size() ? 2 : 1;
          i_ += w;
          return Error(absl::StrCat("unknown extension ?P", Utf8(p_.substr(i_ - w, w))),
                       static_cast<int64_t>(w) + 2);
        }
      } else if (ch == ':') {
        capture = false;
      } else if (ch == '#') {
        while (true) {
          if (AtEnd()) {
            return Error("missing ), unterminated comment", static_cast<int64_t>(i_ - start));
          }
          uint32_t c2 = p_[i_];
          if (c2 == '\\') {
            if (i_ + 1 >= p_.size()) return BadEscapeAtEnd();
            i_ += 2;
            continue;
          }
          ++i_;
          if (c2 == ')') break;
        }
        *no_item = true;
        return true;
      } else if (ch == '=' || ch == '!') {
        out->append(ch == '=' ? "(?=" : "(?!");
        backtracking_ = true;
        Width inner;
        if (!ParseGroupBody(out, verbose, nested, start, &inner)) return false;
        *width = Width{};
        return true;
      } else if (ch == '<') {
        if (AtEnd()) return Error("unexpected end of pattern", 0);
        uint32_t c2 = p_[i_];
        if (c2 != '=' && c2 != '!') {
          size_t w = c2 == '\\' && i_ + 1 < p_.size() ? 2 : 1;
          i_ += w;
          return Error(absl::StrCat("unknown extension ?<", Utf8(p_.substr(i_ - w, w))),
                       static_cast<int64_t>(w) + 2);
        }
        ++i_;
        out->append(c2 == '=' ? "(?<=" : "(?<!");
        backtracking_ = true;
        int64_t saved = lookbehind_groups_;
        if (saved < 0) lookbehind_groups_ = groups_;
        Width inner;
        if (!ParseGroupBody(out, verbose, nested, start, &inner)) return false;
        if (saved < 0) lookbehind_groups_ = -1;
        if (inner.lo != inner.hi) variable_lookbehind_ = true;
        *width = Width{};
        return true;
      } else if (ch == '(') {
        return ParseConditional(out, verbose, nested, start, width);
      } else if (ch == '>') {
        capture = false;
        atomic = true;
      } else if (IsFlagChar(ch) || ch == '-') {
        int result = ParseFlags(ch, &add_flags, &del_flags);
        if (result < 0) return false;
        if (result == 0) {  // global flags
          if (!first) {
            return Error("global flags not at the start of the expression",
                         static_cast<int64_t>(i_ - start));
          }
          *no_item = true;
          *global_flags = true;
          return true;
        }
        capture = false;
      } else {
        return Error(absl::StrCat("unknown extension ?", Utf8(std::u32string(1, ch))), 2);
      }
    }
    int gid = 0;
    if (capture) {
      gid = groups_;
      if (gid > kMaxGroups) return Error("too many groups", named ? name.size() + 1 : 0);
      ++groups_;
      if (named) {
        std::string key = Utf8(name);
        for (const auto& [n, g] : names_) {
          if (n == key) {
            return Error(absl::StrFormat("redefinition of group name %s as group %d; was group %d",
                                         QuoteName(name), gid, g),
                         static_cast<int64_t>(name.size()) + 1);
          }
        }
        names_.emplace_back(key, gid);
      }
      open_.insert(gid);
    }
    bool sub_verbose =
        (verbose || (add_flags & kFlagVerbose)) && !(del_flags & kFlagVerbose);
    // ASCII is applied while translating: scope it to the group.
    bool saved_ascii = local_ascii_;
    bool saved_unicode = local_unicode_;
    int saved_ignore_case = local_ignore_case_;
    if (add_flags & kFlagAscii) local_ascii_ = true;
    if (add_flags & kFlagUnicode) local_unicode_ = true;
    if (add_flags & kFlagIgnoreCase) local_ignore_case_ = 1;
    if (del_flags & kFlagIgnoreCase) local_ignore_case_ = -1;
    if (capture) {
      out->push_back('(');
    } else if (atomic) {
      out->append("(?>");
      backtracking_ = true;
    } else {
      std::string on, off;
      if (add_flags & kFlagMultiline) on += "m";
      if (add_flags & kFlagDotAll) on += "s";
      if (del_flags & kFlagMultiline) off += "m";
      if (del_flags & kFlagDotAll) off += "s";
      if (on.empty() && off.empty()) {
        out->append("(?:");
      } else {
        absl::StrAppend(out, "(?", on, off.empty() ? "" : "-", off, ":");
      }
    }
    if (!EnterNesting()) return false;
    if (!ParseSub(out, sub_verbose, nested + 1, width)) return false;
    LeaveNesting();
    local_ascii_ = saved_ascii;
    local_unicode_ = saved_unicode;
    local_ignore_case_ = saved_ignore_case;
    if (!Match(')')) {
      return Error("missing ), unterminated subpattern", static_cast<int64_t>(i_ - start));
    }
    out->push_back(')');
    if (capture) {
      open_.erase(gid);
      close_order_.push_back(gid);
      group_width_[gid] = *width;
    }
    return true;
  }

  static bool IsFlagChar(uint32_t c) {
    return c == 'a' || c == 'i' || c == 'L' || c == 'm' || c == 's' || c == 'x' || c == 'u';
  }
  static int FlagValue(uint32_t c) {
    switch (c) {
      case 'a': return kFlagAscii;
      case 'i': return kFlagIgnoreCase;
      case 'L': return kFlagLocale;
      case 'm': return kFlagMultiline;
      case 's': return kFlagDotAll;
      case 'x': return kFlagVerbose;
      case 'u': return kFlagUnicode;
    }
    return 0;
  }
  static bool IsAlpha(uint32_t c) { return IsAsciiLetter(c) || c >= 0x80; }

  // _parse_flags: 0 for global flags (added to flags_), 1 for a scoped
  // group's flags, -1 on error. `ch` is the first flag character.
  int ParseFlags(uint32_t ch, int* add, int* del) {
    auto get = [&]() -> int64_t {
      if (AtEnd()) return -1;
      uint32_t c = p_[i_];
      if (c == '\\') return -2;  // an escape token: never a flag
      ++i_;
      return c;
    };
    auto fail = [&](std::string msg, int64_t off) {
      Error(std::move(msg), off);
      return -1;
    };
    int64_t c = ch;
    if (ch != '-') {
      while (true) {
        int flag = FlagValue(static_cast<uint32_t>(c));
        if (c == 'L') return fail("bad inline flags: cannot use 'L' flag with a str pattern", 0);
        *add |= flag;
        if ((flag & kTypeFlags) && (*add & kTypeFlags) != flag) {
          return fail("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0);
        }
        c = get();
        if (c == -1) return fail("missing -, : or )", 0);
        if (c == -2) {
          i_ += 2;
          return fail("missing -, : or )", 2);
        }
        if (c == ')' || c == '-' || c == ':') break;
        if (!IsFlagChar(static_cast<uint32_t>(c))) {
          return fail(IsAlpha(static_cast<uint32_t>(c)) ? "unknown flag" : "missing -, : or )",
                      1);
        }
      }
    }
    if (c == ')') {
      flags_ |= *add;
      return 0;
    }
    if (*add & kGlobalFlags) return fail("bad inline flags: cannot turn on global flag", 1);
    if (c == '-') {
      c = get();
      if (c == -1) return fail("missing flag", 0);
      if (c == -2) {
        i_ += 2;
        return fail("missing flag", 2);
      }
      if (!IsFlagChar(static_cast<uint32_t>(c))) {
        return fail(IsAlpha(static_cast<uint32_t>(c)) ? "unknown flag" : "missing flag", 1);
      }
      while (true) {
        int flag = FlagValue(static_cast<uint32_t>(c));
        if (flag & kTypeFlags) {
          return fail("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0);
        }
        *del |= flag;
        c = get();
        if (c == -1) return fail("missing :", 0);
        if (c == -2) {
          i_ += 2;
          return fail("missing :", 2);
        }
        if (c == ':') break;
        if (!IsFlagChar(static_cast<uint32_t>(c))) {
          return fail(IsAlpha(static_cast<uint32_t>(c)) ? "unknown flag" : "missing :", 1);
        }
      }
    }
    if (*del & kGlobalFlags) return fail("bad inline flags: cannot turn off global flag", 1);
    if (*add & *del) return fail("bad inline flags: flag turned on and off", 1);
    return 1;
  }

  bool Ascii() const {
    if (local_unicode_) return false;
    return local_ascii_ || (flags_ & kFlagAscii) != 0;
  }
  bool IgnoreCase() const {
    if (local_ignore_case_ != 0) return local_ignore_case_ > 0;
    return (flags_ & kFlagIgnoreCase) != 0;
  }

  // A literal atom: under IGNORECASE, a set of its case variants.
  void AppendAtom(std::string* out, uint32_t c) {
    if (!IgnoreCase()) {
      AppendLiteral(out, c);
      return;
    }
    RangeSet variants = FoldLiteral(c, Ascii());
    if (variants.size() == 1 && variants[0].first == variants[0].second) {
      AppendLiteral(out, c);
      return;
    }
    out->push_back('[');
    AppendSet(out, variants);
    out->push_back(']');
  }

  // ---- Categories: \d \D \s \S \w \W as a standalone atom.
  void AppendCategory(std::string* out, uint32_t e) {
    out->push_back('[');
    AppendClassCategory(out, e);
    out->push_back(']');
  }

  // Reads up to `n` hex digits.
  std::u32string GetWhileHex(size_t n) {
    std::u32string s;
    while (s.size() < n && !AtEnd() && IsHexDigit(Peek())) s.push_back(p_[i_++]);
    return s;
  }

  // Escapes shared by _escape and _class_escape that name one code point:
  // \a \b(in classes) \f \n \r \t \v \\ \xhh \uhhhh \Uhhhhhhhh. Returns 1
  // with *cp set, 0 if `e` is not one of them, -1 on error.
  int CodeEscape(uint32_t e, bool in_class, uint32_t* cp) {
    switch (e) {
      case 'a': *cp = 7; return 1;
      case 'f': *cp = 12; return 1;
      case 'n': *cp = 10; return 1;
      case 'r': *cp = 13; return 1;
      case 't': *cp = 9; return 1;
      case 'v': *cp = 11; return 1;
      case '\\': *cp = '\\'; return 1;
      case 'b':
        if (in_class) {
          *cp = 8;
          return 1;
        }
        return 0;
      case 'x':
      case 'u':
      case 'U': {
        size_t want = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        std::u32string digits = GetWhileHex(want);
        std::string escape = absl::StrCat("\\", Utf8(std::u32string(1, e)), Utf8(digits));
        if (digits.size() != want) {
          Error(absl::StrCat("incomplete escape ", escape), static_cast<int64_t>(escape.size()));
          return -1;
        }
        uint64_t v = 0;
        for (uint32_t d : digits) v = v * 16 + static_cast<uint64_t>(HexValue(d));
        if (v > 0x10FFFF) {
          Error(absl::StrCat("bad escape ", escape), static_cast<int64_t>(escape.size()));
          return -1;
        }
        *cp = static_cast<uint32_t>(v);
        return 1;
      }
    }
    return 0;
  }

  // \N{name} in a str pattern (CPython 3.8+), with `\N` already read: the
  // code point unicodedata.lookup gives the name or alias. A named sequence
  // is undefined here as in sre_parse, where ord() of it fails.
  bool NamedEscape(uint32_t* cp) {
    if (!Match('{')) return Error("missing {", 0);
    std::u32string name;
    if (!GetUntil('}', "character name", &name)) return false;
    if (!UnicodeCharFromName(Utf8(name), cp)) {
      return Error(absl::StrCat("undefined character name ", QuoteName(name)),
                   static_cast<int64_t>(name.size()) + 4);
    }
    return true;
  }

  bool CheckSurrogate(uint32_t cp, int64_t offset) {
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      return Error("a surrogate character in a pattern is not supported in the sandbox", offset);
    }
    return true;
  }

  // Python's \b or \B for PCRE2. Unicode: PCRE2_UCP's \b, whose word
  // characters (\p{Xwd}) are Python's. ASCII: the same test spelled out
  // over the ASCII word set. CPython 3.11's \B never matches in an empty
  // string (sre's SRE_AT_NON_BOUNDARY), which (?!\A\z) keeps.
  void AppendBoundary(std::string* out, bool boundary) {
    if (!boundary) out->append("(?!\\A\\z)");
    if (!Ascii()) {
      out->append(boundary ? "\\b" : "\\B");
      return;
    }
    std::string w = "[";
    AppendRanges(&w, kAsciiWord);
    w.push_back(']');
    if (boundary) {
      absl::StrAppend(out, "(?(?<=", w, ")(?!", w, ")|(?=", w, "))");
    } else {
      absl::StrAppend(out, "(?(?<=", w, ")(?=", w, ")|(?!", w, "))");
    }
  }

  // ---- _escape: `\e` outside a class, with `e` already read; *width is
  // the item's width (already 1).
  bool Escape(uint32_t e, std::string* out, Item* kind, Width* width) {
    *kind = Item::kAtom;
    switch (e) {
      case 'A':
        out->append("\\A");
        *kind = Item::kAt;
        *width = Width{};
        return true;
      case 'Z':
        out->append("\\z");
        *kind = Item::kAt;
        *width = Width{};
        return true;
      case 'b':
      case 'B':
        // RE2's \b and \B know only ASCII word characters, and its \B
        // matches in an empty string: only an ASCII \b is Python's.
        if (e == 'B' || !Ascii()) backtracking_ = true;
        if (pcre2_) {
          AppendBoundary(out, e == 'b');
        } else {
          out->append(e == 'b' ? "\\b" : "\\B");
        }
        *kind = Item::kAt;
        *width = Width{};
        return true;
      case 'd':
      case 'D':
      case 's':
      case 'S':
      case 'w':
      case 'W':
        AppendCategory(out, e);
        return true;
      case 'N': {
        uint32_t named = 0;
        if (!NamedEscape(&named)) return false;
        AppendAtom(out, named);
        return true;
      }
    }
    uint32_t cp = 0;
    int r = CodeEscape(e, false, &cp);
    if (r < 0) return false;
    if (r > 0) {
      if (!CheckSurrogate(cp, 0)) return false;
      AppendAtom(out, cp);
      return true;
    }
    if (e == '0') {
      uint32_t v = 0;
      for (int k = 0; k < 2 && !AtEnd() && IsOctDigit(Peek()); ++k) v = v * 8 + (p_[i_++] - '0');
      AppendAtom(out, v);
      return true;
    }
    if (IsDigit(e)) {
      std::u32string escape(1, e);
      if (!AtEnd() && IsDigit(Peek())) {
        escape.push_back(p_[i_++]);
        if (IsOctDigit(escape[0]) && IsOctDigit(escape[1]) && !AtEnd() && IsOctDigit(Peek())) {
          escape.push_back(p_[i_++]);
          uint32_t v = (escape[0] - '0') * 64 + (escape[1] - '0') * 8 + (escape[2] - '0');
          if (v > 0377) {
            return Error(absl::StrCat("octal escape value \\", Utf8(escape),
                                      " outside of range 0-0o377"),
                         4);
          }
          AppendAtom(out, v);
          return true;
        }
      }
      int64_t group = 0;
      for (uint32_t d : escape) group = group * 10 + (d - '0');
      if (group < groups_) {
        if (!GroupClosed(group)) {
          return Error("cannot refer to an open group", static_cast<int64_t>(escape.size()) + 1);
        }
        if (!CheckLookbehindGroup(group)) return false;
        AppendBackreference(out, group, width);
        return true;
      }
      return Error(absl::StrCat("invalid group reference ", group),
                   static_cast<int64_t>(escape.size()));
    }
    if (IsAsciiLetter(e)) {
      return Error(absl::StrCat("bad escape \\", Utf8(std::u32string(1, e))), 2);
    }
    if (!CheckSurrogate(e, 0)) return false;
    AppendAtom(out, e);
    return true;
  }

  // One member of a class: a code point, or a category.
  struct ClassItem {
    bool is_category = false;
    uint32_t cp = 0;
    uint32_t category = 0;  // 'd', 'D', 's', 'S', 'w', 'W'
  };

  // _class_escape: `\e` inside a class.
  bool ClassEscape(uint32_t e, ClassItem* item) {
    if (e == 'd' || e == 'D' || e == 's' || e == 'S' || e == 'w' || e == 'W') {
      item->is_category = true;
      item->category = e;
      return true;
    }
    uint32_t cp = 0;
    int r = CodeEscape(e, true, &cp);
    if (r < 0) return false;
    if (r > 0) {
      item->cp = cp;
      return CheckSurrogate(cp, 0);
    }
    if (e == 'N') return NamedEscape(&item->cp);
    if (IsOctDigit(e)) {
      uint32_t v = e - '0';
      std::u32string escape(1, e);
      for (int k = 0; k < 2 && !AtEnd() && IsOctDigit(Peek()); ++k) {
        escape.push_back(Peek());
        v = v * 8 + (p_[i_++] - '0');
      }
      if (v > 0377) {
        return Error(absl::StrCat("octal escape value \\", Utf8(escape),
                                  " outside of range 0-0o377"),
                     static_cast<int64_t>(escape.size()) + 1);
      }
      item->cp = v;
      return true;
    }
    if (IsDigit(e) || IsAsciiLetter(e)) {
      return Error(absl::StrCat("bad escape \\", Utf8(std::u32string(1, e))), 2);
    }
    item->cp = e;
    return CheckSurrogate(e, 0);
  }

  // Appends a category as class members (without brackets).
  void AppendClassCategory(std::string* out, uint32_t cat) {
    if (Ascii()) {
      switch (cat) {
        case 'd': AppendRanges(out, kAsciiDigit); return;
        case 'D': AppendComplement(out, kAsciiDigit); return;
        case 's': AppendRanges(out, kAsciiSpace); return;
        case 'S': AppendComplement(out, kAsciiSpace); return;
        case 'w': AppendRanges(out, kAsciiWord); return;
        case 'W': AppendComplement(out, kAsciiWord); return;
      }
      return;
    }
    if (pcre2_) {
      // Python's sets as PCRE2's Unicode properties (re_translate.h).
      switch (cat) {
        case 'd': out->append("\\p{Nd}"); return;
        case 'D': out->append("\\P{Nd}"); return;
        case 'w': out->append("\\p{Xwd}"); return;
        case 'W': out->append("\\P{Xwd}"); return;
      }
    }
    switch (cat) {
      case 'd': AppendSet(out, DigitSet().set); return;
      case 'D': AppendSet(out, DigitSet().complement); return;
      case 's': AppendSet(out, SpaceSet().set); return;
      case 'S': AppendSet(out, SpaceSet().complement); return;
      case 'w': AppendSet(out, WordSet().set); return;
      case 'W': AppendSet(out, WordSet().complement); return;
    }
  }

  // ---- A character set; '[' has been read.
  bool ParseClass(std::string* out) {
    size_t here = i_ - 1;
    if (!AtEnd() && Peek() == '[') {
      warnings_.push_back({true, absl::StrCat("Possible nested set at position ", i_)});
    }
    bool negate = Match('^');
    std::string members;  // the categories
    RangeSet points;      // the code points and ranges
    bool empty = true;
    auto tell = [&]() { return static_cast<int64_t>(i_); };
    auto unterminated = [&]() {
      return Error("unterminated character set", tell() - static_cast<int64_t>(here));
    };
    // Reads one token of the set: a code point or an escape.
    auto get_token = [&](ClassItem* item, std::u32string* text) -> bool {
      uint32_t c = p_[i_];
      if (c == '\\') {
        if (i_ + 1 >= p_.size()) return BadEscapeAtEnd();
        uint32_t e = p_[i_ + 1];
        i_ += 2;
        size_t start = i_ - 2;
        if (!ClassEscape(e, item)) return false;
        *text = std::u32string(p_.substr(start, i_ - start));
        return true;
      }
      ++i_;
      item->cp = c;
      *text = std::u32string(1, c);
      return CheckSurrogate(c, 1);
    };
    while (true) {
      if (AtEnd()) return unterminated();
      if (Peek() == ']' && !empty) {
        ++i_;
        break;
      }
      ClassItem a;
      std::u32string a_text;
      if (!get_token(&a, &a_text)) return false;
      if (!empty && a_text.size() == 1 && !AtEnd() && Peek() == a_text[0]) {
        WarnSetOperation(a_text[0], i_ - 1);
      }
      empty = false;
      if (Match('-')) {
        if (AtEnd()) return unterminated();
        if (Peek() == ']') {
          ++i_;
          if (!AddMember(&members, &points, a)) return false;
          points.emplace_back('-', '-');
          break;
        }
        ClassItem b;
        std::u32string b_text;
        if (!get_token(&b, &b_text)) return false;
        if (b_text == U"-") WarnSetOperation('-', i_ - 2);
        if (a.is_category || b.is_category || b.cp < a.cp) {
          return Error(absl::StrCat("bad character range ", Utf8(a_text), "-", Utf8(b_text)),
                       static_cast<int64_t>(a_text.size() + 1 + b_text.size()));
        }
        points.emplace_back(a.cp, b.cp);
        continue;
      }
      if (!AddMember(&members, &points, a)) return false;
    }
    NormalizeRanges(&points);
    if (IgnoreCase()) {
      uint64_t before = fold_work_;
      points = FoldSet(points, Ascii(), &fold_work_);
      if (charge_ && !charge_(fold_work_ - before)) {
        budget_exhausted_ = true;
        return false;
      }
    }
    absl::StrAppend(out, negate ? "[^" : "[", members);
    AppendSet(out, points);
    out->push_back(']');
    return true;
  }

  // _parser.py's FutureWarning for a doubled '-', '&', '~' or '|' in a set,
  // which future versions may read as a set operation.
  void WarnSetOperation(uint32_t c, size_t pos) {
    const char* what = c == '-'   ? "difference"
                       : c == '&' ? "intersection"
                       : c == '~' ? "symmetric difference"
                       : c == '|' ? "union"
                                  : nullptr;
    if (what == nullptr) return;
    warnings_.push_back({true, absl::StrCat("Possible set ", what, " at position ", pos)});
  }

  bool AddMember(std::string* members, RangeSet* points, const ClassItem& item) {
    if (!item.is_category) {
      points->emplace_back(item.cp, item.cp);
      return true;
    }
    AppendClassCategory(members, item.category);
    return true;
  }

  std::u32string_view p_;
  size_t i_ = 0;
  int flags_;
  bool pcre2_;
  bool backtracking_ = false;  // a construct only PCRE2 can run was seen
  bool lazy_from_zero_ = false;  // a `*?`, `??` or `{0,n}?` was seen
  // An anchor or a repeat of a one-character item was seen
  // (Translation::past_end_as_empty).
  bool past_end_unknown_ = false;
  bool empty_before_nonempty_ = false;  // `A|B`: A can match empty, B not only
  int depth_ = 0;              // groups open around the parser's position
  // State.lookbehindgroups: the group count where the outermost open
  // lookbehind began, -1 outside any.
  int64_t lookbehind_groups_ = -1;
  bool variable_lookbehind_ = false;
  // State.groupwidths of the closed groups; State.grouprefpos in order.
  std::map<int, Width> group_width_;
  std::vector<std::pair<int64_t, int64_t>> condition_refs_;
  std::vector<Translation::Warning> warnings_;
  int groups_ = 1;  // State.groups: the next group number
  std::vector<std::pair<std::string, int>> names_;
  std::set<int> open_;
  std::vector<int> close_order_;  // capturing groups in the order they close
  bool local_ascii_ = false;
  bool local_unicode_ = false;
  int local_ignore_case_ = 0;  // a scoped (?i:...) 1, (?-i:...) -1, else 0
  uint64_t fold_work_ = 0;     // FoldSet's, for Translation::fold_work
  const WorkCharger& charge_;
  bool budget_exhausted_ = false;  // charge_ refused
  ParseError error_;
};

}  // namespace

Translation TranslatePattern(std::u32string_view pattern, int flags, bool force_backtracking,
                             const WorkCharger& charge) {
  Translation t;
  Parser parser(pattern, flags, force_backtracking, charge);
  parser.Run(&t);
  if (t.ok && t.backtracking && !force_backtracking) {
    // Parse again for PCRE2; the errors are the same, so this succeeds.
    t = Translation();
    Parser again(pattern, flags, true, charge);
    again.Run(&t);
  }
  if (t.ok && force_backtracking) t.backtracking = true;
  if (!t.ok && t.error_pos == -2) {
    // OverflowError in CPython; reported as such by the caller.
    t.overflow_error = true;
    t.error_pos = -1;
  }
  return t;
}

}  // namespace moat::stdlib::re
