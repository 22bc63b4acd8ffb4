// Caret lines under traceback source lines (Python/traceback.c in 3.11:
// tb_displayline, extract_anchors_from_line, print_error_location_carets).
//
// CPython parses the failing instruction's span (a "segment") as a module
// and, when it is one expression statement whose node is a BinOp or a
// Subscript, marks the operator (or the brackets) with `^` and the rest
// with `~`. The scanner below reaches the same node shapes without a
// parser: it tokenizes the segment, refuses anything that is not a plain
// expression (statements, comparisons, boolean and conditional operators,
// tuples at the top level), and picks the top binary operator by
// precedence (the last one of the loosest level, or the first `**`). Node
// boundaries follow CPython's AST: a parenthesized operand's node excludes
// its parentheses, a tuple's or generator expression's includes them.
#include "vm/traceback_carets.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace moat::vm {
namespace {

bool IsWs(char c) { return c == ' ' || c == '\t' || c == '\f'; }

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Code points in `s`.
int64_t CharCount(std::string_view s) {
  int64_t n = 0;
  for (char c : s) n += IsContinuation(c) ? 0 : 1;
  return n;
}

// The character offset of UTF-8 byte offset `bytes` in `s`, as
// _PyPegen_byte_offset_to_character_offset computes it (an offset past the
// end counts one more character).
int64_t CharOffset(std::string_view s, int64_t bytes) {
  if (bytes > static_cast<int64_t>(s.size())) return CharCount(s) + 1;
  return CharCount(s.substr(0, static_cast<size_t>(bytes)));
}

// The byte offset of character `chars` in `s` (clamped to its end).
size_t ByteOffset(std::string_view s, int64_t chars) {
  size_t i = 0;
  for (; i < s.size(); ++i) {
    if (!IsContinuation(s[i])) {
      if (chars == 0) return i;
      --chars;
    }
  }
  return s.size();
}

enum class Tok : uint8_t { kName, kNumber, kString, kOp, kOpen, kClose };

struct Token {
  Tok kind;
  size_t begin;
  size_t end;
  size_t match = 0;  // kOpen/kClose: index of the partner bracket
};

bool IsNameStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}
bool IsNameChar(char c) { return IsNameStart(c) || (c >= '0' && c <= '9'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsStringPrefix(std::string_view name) {
  if (name.empty() || name.size() > 2) return false;
  std::string lower;
  for (char c : name) lower.push_back(static_cast<char>(c | 0x20));
  for (std::string_view p : {"r", "u", "b", "f", "br", "rb", "fr", "rf"}) {
    if (lower == p) return true;
  }
  return false;
}

// Ends just past the string literal whose quote starts at `i`, or npos.
size_t ScanString(std::string_view s, size_t i) {
  char q = s[i];
  bool triple = i + 2 < s.size() && s[i + 1] == q && s[i + 2] == q;
  i += triple ? 3 : 1;
  while (i < s.size()) {
    if (s[i] == '\\') {
      i += 2;
      continue;
    }
    if (s[i] == q) {
      if (!triple) return i + 1;
      if (i + 2 < s.size() && s[i + 1] == q && s[i + 2] == q) return i + 3;
    }
    ++i;
  }
  return std::string_view::npos;
}

constexpr std::string_view kOps[] = {
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", ">>", "<<", "<=", ">=", "==",
    "!=",  "+=",  "-=",  "*=",  "/=",  "%=", "&=", "|=", "^=", "@=", "+",  "-",  "*",  "/",
    "%",   "@",   "&",   "|",   "^",   "~",  "<",  ">",  "=",  ".",  ",",  ":",  ";",
};

// Tokens of `s` with matched brackets, or nullopt if it cannot be an
// expression's text (an unknown character, an unterminated string,
// unbalanced brackets).
std::optional<std::vector<Token>> Tokenize(std::string_view s) {
  std::vector<Token> toks;
  std::vector<size_t> open;
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (IsWs(c)) {
      ++i;
      continue;
    }
    size_t start = i;
    if (IsNameStart(c)) {
      while (i < s.size() && IsNameChar(s[i])) ++i;
      if (i < s.size() && (s[i] == '\'' || s[i] == '"') && IsStringPrefix(s.substr(start, i - start))) {
        i = ScanString(s, i);
        if (i == std::string_view::npos) return std::nullopt;
        toks.push_back({Tok::kString, start, i});
      } else {
        toks.push_back({Tok::kName, start, i});
      }
      continue;
    }
    if (IsDigit(c) || (c == '.' && i + 1 < s.size() && IsDigit(s[i + 1]))) {
      bool hex = c == '0' && i + 1 < s.size() && (s[i + 1] == 'x' || s[i + 1] == 'X');
      while (i < s.size() && (IsNameChar(s[i]) || s[i] == '.')) {
        char d = s[i++];
        if (!hex && (d == 'e' || d == 'E') && i + 1 < s.size() && (s[i] == '+' || s[i] == '-') &&
            IsDigit(s[i + 1])) {
          ++i;
        }
      }
      toks.push_back({Tok::kNumber, start, i});
      continue;
    }
    if (c == '\'' || c == '"') {
      i = ScanString(s, i);
      if (i == std::string_view::npos) return std::nullopt;
      toks.push_back({Tok::kString, start, i});
      continue;
    }
    if (c == '(' || c == '[' || c == '{') {
      open.push_back(toks.size());
      toks.push_back({Tok::kOpen, i, i + 1});
      ++i;
      continue;
    }
    if (c == ')' || c == ']' || c == '}') {
      if (open.empty()) return std::nullopt;
      size_t o = open.back();
      open.pop_back();
      char want = s[toks[o].begin] == '(' ? ')' : s[toks[o].begin] == '[' ? ']' : '}';
      if (c != want) return std::nullopt;
      toks[o].match = toks.size();
      toks.push_back({Tok::kClose, i, i + 1, o});
      ++i;
      continue;
    }
    bool found = false;
    for (std::string_view op : kOps) {
      if (s.substr(i, op.size()) == op) {
        toks.push_back({Tok::kOp, i, i + op.size()});
        i += op.size();
        found = true;
        break;
      }
    }
    if (!found) return std::nullopt;
  }
  if (!open.empty() || toks.empty()) return std::nullopt;
  return toks;
}

bool IsKeyword(std::string_view name) {
  static constexpr std::string_view kKeywords[] = {
      "and",   "as",     "assert", "async",  "await",  "break",    "class", "continue",
      "def",   "del",    "elif",   "else",   "except", "finally",  "for",   "from",
      "global", "if",    "import", "in",     "is",     "lambda",   "nonlocal", "not",
      "or",    "pass",   "raise",  "return", "try",    "while",    "with",  "yield",
  };
  for (std::string_view k : kKeywords) {
    if (name == k) return true;
  }
  return false;
}

class Scanner {
 public:
  Scanner(std::string_view seg, std::vector<Token> toks) : seg_(seg), toks_(std::move(toks)) {}

  // The anchors (byte offsets in the segment) of a BinOp or Subscript
  // expression statement, as extract_anchors_from_expr computes them.
  std::optional<std::pair<size_t, size_t>> Anchors() {
    size_t n = toks_.size();
    struct BinOp {
      size_t index;
      int level;
    };
    std::vector<BinOp> binops;
    bool operand = false;  // the previous top-level token ends an operand
    bool leading_unary = false;
    for (size_t i = 0; i < n; ++i) {
      const Token& t = toks_[i];
      std::string_view text = Text(t);
      switch (t.kind) {
        case Tok::kName:
          if (IsKeyword(text)) return std::nullopt;
          [[fallthrough]];
        case Tok::kNumber:
          if (operand) return std::nullopt;
          operand = true;
          break;
        case Tok::kString:
          if (operand && toks_[i - 1].kind != Tok::kString) return std::nullopt;
          operand = true;
          break;
        case Tok::kOpen:
          i = t.match;  // a display, or a call/subscript trailer
          operand = true;
          break;
        case Tok::kClose:
          return std::nullopt;  // unreachable: opens skip to their close
        case Tok::kOp: {
          if (text == "...") {
            if (operand) return std::nullopt;
            operand = true;
            break;
          }
          if (text == ".") {
            if (!operand || i + 1 >= n || toks_[i + 1].kind != Tok::kName) return std::nullopt;
            operand = false;
            break;
          }
          int level = BinaryLevel(text);
          if (level == 0) return std::nullopt;  // comparison, assignment, comma, ...
          if (operand && text != "~") {
            binops.push_back({i, level});
            operand = false;
          } else if (text == "+" || text == "-" || text == "~") {
            if (i == 0) leading_unary = true;
          } else {
            return std::nullopt;  // a starred expression
          }
          break;
        }
      }
    }
    if (!operand) return std::nullopt;
    if (!binops.empty()) {
      int lowest = 8;
      for (const BinOp& b : binops) lowest = std::min(lowest, b.level);
      size_t top = 0;
      if (lowest == 7) {
        if (leading_unary) return std::nullopt;  // -(a ** b): a UnaryOp
        top = binops.front().index;
      } else {
        for (const BinOp& b : binops) {
          if (b.level == lowest) top = b.index;
        }
      }
      size_t left_end = NodeEnd(0, top);
      size_t right_start = NodeStart(top + 1, n);
      for (size_t i = left_end; i < right_start; ++i) {
        if (IsWs(seg_[i])) continue;
        size_t right = i + 1;
        if (i + 1 < right_start && !IsWs(seg_[i + 1])) ++right;
        return std::make_pair(i, right);
      }
      return std::nullopt;
    }
    if (leading_unary) return std::nullopt;
    const Token& last = toks_[n - 1];
    if (last.kind != Tok::kClose || seg_[last.begin] != ']' || last.match == 0) return std::nullopt;
    size_t open = last.match;
    if (open + 1 == n - 1) return std::nullopt;  // a[]
    return std::make_pair(NodeEnd(0, open), NodeEnd(open + 1, n - 1) + 1);
  }

 private:
  std::string_view Text(const Token& t) const { return seg_.substr(t.begin, t.end - t.begin); }

  // 1 (`|`) to 7 (`**`) for binary operators, 0 for any other operator.
  static int BinaryLevel(std::string_view op) {
    if (op == "|") return 1;
    if (op == "^") return 2;
    if (op == "&") return 3;
    if (op == "<<" || op == ">>") return 4;
    if (op == "+" || op == "-" || op == "~") return 5;
    if (op == "*" || op == "/" || op == "//" || op == "%" || op == "@") return 6;
    if (op == "**") return 7;
    return 0;
  }

  // Whether tokens [b, e) are `( expr )`, whose node excludes the
  // parentheses (a tuple's or a generator expression's includes them).
  bool Parenthesized(size_t b, size_t e) const {
    if (e - b < 3 || toks_[b].kind != Tok::kOpen || seg_[toks_[b].begin] != '(' ||
        toks_[b].match != e - 1) {
      return false;
    }
    for (size_t i = b + 1; i < e - 1; ++i) {
      const Token& t = toks_[i];
      if (t.kind == Tok::kOpen) {
        i = t.match;
        continue;
      }
      std::string_view text = Text(t);
      if (text == "," || text == "for" || text == "yield") return false;
    }
    return true;
  }

  size_t NodeEnd(size_t b, size_t e) const {
    while (Parenthesized(b, e)) {
      ++b;
      --e;
    }
    return toks_[e - 1].end;
  }

  size_t NodeStart(size_t b, size_t e) const {
    while (Parenthesized(b, e)) {
      ++b;
      --e;
    }
    return toks_[b].begin;
  }

  std::string_view seg_;
  std::vector<Token> toks_;
};

}  // namespace

std::string TracebackCarets(std::string_view line, const SourceLocation& loc) {
  if (loc.line < 0 || loc.end_line < 0 || loc.column < 0 || loc.end_column < 0) return {};
  int64_t start = CharOffset(line, loc.column);
  int64_t end = CharOffset(line, loc.end_column);
  int64_t left = -1;
  int64_t right = -1;
  if (loc.line == loc.end_line) {
    size_t b = ByteOffset(line, start);
    size_t e = ByteOffset(line, end);
    std::string_view seg = b < e ? line.substr(b, e - b) : std::string_view();
    if (std::optional<std::vector<Token>> toks = Tokenize(seg)) {
      if (auto anchors = Scanner(seg, std::move(*toks)).Anchors()) {
        left = CharOffset(seg, static_cast<int64_t>(anchors->first)) + start;
        right = CharOffset(seg, static_cast<int64_t>(anchors->second)) + start;
      }
    }
  } else {
    // A span over several lines is marked to the line's last non-blank
    // character (a byte offset used as a character offset, as CPython does).
    int64_t i = static_cast<int64_t>(line.size());
    while (--i >= 0 && IsWs(line[static_cast<size_t>(i)])) {
    }
    end = i + 1;
  }
  int64_t indent = 0;
  while (static_cast<size_t>(indent) < line.size() && IsWs(line[static_cast<size_t>(indent)])) {
    ++indent;
  }
  bool special = left != -1 || right != -1;
  if (end - start == CharCount(line) - indent && !special) return {};
  std::string out = "    ";
  for (int64_t offset = indent + 1; offset <= end; ++offset) {
    if (offset <= start) {
      out.push_back(' ');
    } else if (special && left < offset && offset <= right) {
      out.push_back('^');
    } else {
      out.push_back(special ? '~' : '^');
    }
  }
  out.push_back('\n');
  return out;
}

}  // namespace moat::vm
