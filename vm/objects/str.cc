// str: allocation, UTF-8 helpers, hashing, repr, and the slots the
// interpreter loop calls directly (CPython's Objects/unicodeobject.c).
//
// Layout (str.h): UTF-8 inline after the header, `length` in code points and
// an `ascii` flag. UTF-8 keeps code-point order under memcmp and is
// self-synchronizing, so comparison and substring search work on bytes; only
// indexing needs code-point offsets, which are O(1) for ASCII and a walk
// otherwise.
//
// The Python-visible methods are in str_methods.cc, printf-style `%` in
// str_percent.cc, Unicode properties in str_unicode.cc.
#include "vm/objects/str.h"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string.h>  // memmem (glibc)
#include <limits>

#include "vm/args.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/bytes.h"
#include "vm/objects/codecs.h"
#include "vm/objects/exception.h"
#include "vm/objects/int.h"
#include "vm/objects/iterators.h"
#include "vm/objects/method_args.h"
#include "vm/objects/range.h"
#include "vm/objects/str_unicode.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

namespace moat::vm {

TypeObject kStrType;
TypeObject kStrIteratorType;       // over non-ASCII strs ("str_iterator")
TypeObject kStrAsciiIteratorType;  // over ASCII strs ("str_ascii_iterator")

namespace {

constexpr int64_t kSsizeMax = std::numeric_limits<int64_t>::max();

// Bytes before the inline data. StrObject is not standard-layout (it extends
// Object), for which offsetof is conditionally supported; GCC and Clang
// support it for single non-virtual inheritance.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
constexpr size_t kStrHeaderSize = offsetof(StrObject, data);
#pragma GCC diagnostic pop

inline size_t Utf8SeqLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

inline bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Byte offset of the code point after the one starting at `off`.
inline size_t NextOffset(const StrObject* s, size_t off) {
  return off + Utf8SeqLength(static_cast<unsigned char>(s->data[off]));
}

// Byte offset of the code point before `off` (off > 0).
inline size_t PrevOffset(const StrObject* s, size_t off) {
  do {
    --off;
  } while (off > 0 && IsContinuation(static_cast<unsigned char>(s->data[off])));
  return off;
}

Value StrValue(StrObject* s) { return s ? Value::FromObject(s) : Value::Null(); }

StrObject* EmptyStr(Interp& vm) { return NewStrUninit(vm, 0, 0, true); }

}  // namespace

// ---- Allocation -------------------------------------------------------------

namespace {

// The most bytes a str's block can hold (its size is a uint32_t).
constexpr size_t kMaxStrCapacity = std::numeric_limits<uint32_t>::max() - kStrHeaderSize - 1;

// A str of `byte_length` bytes in a block with room for `capacity` >=
// byte_length (StrAppendInPlace grows into the rest).
StrObject* NewStrWithCapacity(Interp& vm, size_t byte_length, size_t length, size_t capacity) {
  // Every non-ASCII code point takes at least two bytes, so the text is ASCII
  // exactly when the counts agree; deriving the flag keeps it exact.
  bool ascii = byte_length == length;
  if (capacity > kMaxStrCapacity) {
    vm.RaiseMemoryErrorFor(capacity);
    return nullptr;
  }
  // A fresh str the budget could never hold: MemoryError, not the limit.
  if (!vm.CheckRequestFits(kStrHeaderSize + capacity + 1)) return nullptr;
  // The caller is about to write byte_length bytes: charged here, once for
  // every str built.
  if (!vm.ChargeBytes(byte_length)) return nullptr;
  Object* o = vm.heap().AllocateObject(&kStrType, kStrHeaderSize + capacity + 1);
  if (o == nullptr) {
    vm.RaiseMemoryError();
    return nullptr;
  }
  StrObject* s = static_cast<StrObject*>(o);
  s->hash = -1;
  // Both fit: length <= byte_length <= capacity <= kMaxStrCapacity.
  s->length = static_cast<uint32_t>(length);
  s->byte_length = static_cast<uint32_t>(byte_length);
  s->ascii = ascii;
  s->interned = false;
  s->walk_index = 0;
  s->walk_offset = 0;
  s->data[byte_length] = '\0';
  return s;
}

}  // namespace

StrObject* NewStrUninit(Interp& vm, size_t byte_length, size_t length, bool /*ascii*/) {
  // Every empty str is the one singleton, as CPython's: `''.join([]) is ''`.
  // It has nothing to fill, and no in-place append extends it (no room).
  if (byte_length == 0) {
    StrObject*& slot = vm.empty_str();
    if (slot == nullptr) {
      slot = NewStrWithCapacity(vm, 0, 0, 0);
      if (slot == nullptr) return nullptr;
      Heap::Pin(slot);  // lives as long as the interpreter
    }
    return slot;
  }
  return NewStrWithCapacity(vm, byte_length, length, byte_length);
}

StrObject* NewStr(Interp& vm, std::string_view utf8) {
  size_t length;
  bool ascii;
  if (!CountUtf8(utf8, &length, &ascii)) {
    // The caller promised valid UTF-8; keep the invariant anyway by counting
    // lead bytes (each invalid byte then stands for itself).
    length = 0;
    ascii = false;
    for (unsigned char c : utf8) length += !IsContinuation(c);
  }
  StrObject* s = NewStrUninit(vm, utf8.size(), length, ascii);
  if (s != nullptr && !utf8.empty()) std::memcpy(s->data, utf8.data(), utf8.size());
  return s;
}

Value NewStrValue(Interp& vm, std::string_view utf8) { return StrValue(NewStr(vm, utf8)); }

StrObject* StrFromCodePoint(Interp& vm, uint32_t cp) {
  std::string buf;
  AppendUtf8(&buf, cp);
  return StrOfOneChar(vm, buf.data(), buf.size());
}

StrObject* StrOfOneChar(Interp& vm, const char* data, size_t n) {
  auto lead = static_cast<unsigned char>(data[0]);
  // U+0080..U+00FF are the two-byte sequences led by 0xC2 and 0xC3.
  bool latin1 = n == 1 || (n == 2 && (lead == 0xC2 || lead == 0xC3));
  StrObject** slot = nullptr;
  if (latin1) {
    uint8_t cp = n == 1 ? lead
                        : static_cast<uint8_t>(((lead & 0x1F) << 6) |
                                               (static_cast<unsigned char>(data[1]) & 0x3F));
    slot = &vm.latin1_char(cp);
    if (*slot != nullptr) return *slot;
  }
  StrObject* s = NewStrUninit(vm, n, 1, n == 1);
  if (s == nullptr) return nullptr;
  std::memcpy(s->data, data, n);
  if (slot != nullptr) {
    *slot = s;
    Heap::Pin(s);  // lives as long as the interpreter
  }
  return s;
}

// ---- UTF-8 ------------------------------------------------------------------

uint32_t DecodeUtf8Multibyte(std::string_view s, size_t* pos) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data()) + *pos;
  uint32_t c = p[0];
  size_t n = Utf8SeqLength(static_cast<unsigned char>(c));
  if (*pos + n > s.size()) {  // truncated: never produced by moat
    *pos += 1;
    return 0xFFFD;
  }
  *pos += n;
  switch (n) {
    case 1:
      return c;
    case 2:
      return ((c & 0x1F) << 6) | (p[1] & 0x3F);
    case 3:
      return ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    default:
      return ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
  }
}

void AppendUtf8(std::string* out, uint32_t cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

namespace {

// Writes the UTF-8 of `cp` at `out`; returns the byte count (1..4).
inline size_t EncodeUtf8(uint32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

}  // namespace

bool CountUtf8(std::string_view s, size_t* length, bool* ascii) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  size_t i = 0;
  size_t count = 0;
  bool all_ascii = true;
  while (i < n) {
    // Eight ASCII bytes at a time.
    if (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, p + i, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        i += 8;
        count += 8;
        continue;
      }
    }
    unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      ++count;
      continue;
    }
    all_ascii = false;
    // Generalized UTF-8: shortest form, at most U+10FFFF, surrogates allowed.
    if (c >= 0xC2 && c <= 0xDF) {
      if (i + 1 >= n || !IsContinuation(p[i + 1])) return false;
      i += 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      if (i + 2 >= n || !IsContinuation(p[i + 1]) || !IsContinuation(p[i + 2])) return false;
      if (c == 0xE0 && p[i + 1] < 0xA0) return false;
      i += 3;
    } else if (c >= 0xF0 && c <= 0xF4) {
      if (i + 3 >= n || !IsContinuation(p[i + 1]) || !IsContinuation(p[i + 2]) ||
          !IsContinuation(p[i + 3])) {
        return false;
      }
      if (c == 0xF0 && p[i + 1] < 0x90) return false;
      if (c == 0xF4 && p[i + 1] >= 0x90) return false;
      i += 4;
    } else {
      return false;
    }
    ++count;
  }
  *length = count;
  *ascii = all_ascii;
  return true;
}

size_t StrCodePointOffset(const StrObject* s, size_t index) {
  if (s->ascii) return index;
  if (index >= s->length) return s->byte_length;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s->data);
  // Walk from the nearest known position: the start, the cache, or the end.
  size_t from_index = 0, off = 0;
  size_t best = index;
  size_t cached = s->walk_index;
  size_t to_cache = cached > index ? cached - index : index - cached;
  if (to_cache < best) {
    best = to_cache;
    from_index = cached;
    off = s->walk_offset;
  }
  if (s->length - index < best) {
    from_index = s->length;
    off = s->byte_length;
  }
  for (size_t i = from_index; i < index; ++i) off += Utf8SeqLength(p[off]);
  for (size_t i = from_index; i > index; --i) off = PrevOffset(s, off);
  s->walk_index = static_cast<uint32_t>(index);
  s->walk_offset = static_cast<uint32_t>(off);
  return off;
}

uint32_t StrCodePointAt(const StrObject* s, size_t index) {
  if (s->ascii) return static_cast<unsigned char>(s->data[index]);
  size_t off = StrCodePointOffset(s, index);
  return DecodeUtf8(s->view(), &off);
}

// ---- Charging the work on text (str.h) ------------------------------------------

bool ChargeCodePointWalk(Interp& vm, const StrObject* s, size_t index) {
  if (s->ascii || index >= s->length) return true;
  // The distance StrCodePointOffset walks: from the start, the cache or the
  // end, whichever is nearest.
  size_t steps = index;
  size_t to_cache = s->walk_index > index ? s->walk_index - index : index - s->walk_index;
  if (to_cache < steps) steps = to_cache;
  if (s->length - index < steps) steps = s->length - index;
  return vm.ChargeBytes(uint64_t{steps} * kCharCost);
}

bool ScanMeter::Extend(uint64_t bytes) {
  uint64_t target = bytes > paid_ * 2 ? bytes : paid_ * 2;
  if (!vm_.ChargeWork((target - paid_) * cost_ / Interp::kBytesPerWorkUnit)) return false;
  paid_ = target;
  return true;
}

namespace {

// Windows of a metered scan: the first fits under ScanMeter's free bytes,
// later ones double up to this size (large enough that restarting memmem
// costs nothing measurable).
constexpr size_t kFirstScanWindow = 1023;
constexpr size_t kMaxScanWindow = size_t{1} << 20;

}  // namespace

int64_t SearchForward(Interp& vm, std::string_view hay, std::string_view needle, size_t from,
                      ScanMeter* meter) {
  const size_t m = needle.size();
  if (m > hay.size() || from > hay.size() - m) return -1;
  if (m == 0) return static_cast<int64_t>(from);
  ScanMeter own(vm);
  ScanMeter& paid = meter != nullptr ? *meter : own;
  const size_t base = meter != nullptr ? 0 : from;
  size_t start = from;
  // Windows overlap by m - 1 bytes so a match across a boundary is found;
  // each is at least 2m long, so each advances by at least m + 1.
  size_t window = kFirstScanWindow > m ? kFirstScanWindow : m;
  for (;;) {
    size_t stop = hay.size() - start <= window ? hay.size() : start + window;
    if (!paid.Reach(stop - base)) return -2;
    const void* p = memmem(hay.data() + start, stop - start, needle.data(), m);
    if (p != nullptr) return static_cast<const char*>(p) - hay.data();
    if (stop == hay.size()) return -1;
    start = stop - (m - 1);
    window = window * 2 < kMaxScanWindow ? window * 2 : kMaxScanWindow;
    if (window < 2 * m) window = 2 * m;
  }
}

ReverseSearch::~ReverseSearch() {
  if (table_ != nullptr) vm_.FreeBuffer(table_, needle_.size() * sizeof(uint32_t));
}

int64_t ReverseSearch::Find(std::string_view hay, size_t end) {
  const size_t m = needle_.size();
  if (m > end) return -1;
  if (m == 0) return static_cast<int64_t>(end);
  if (table_ != nullptr) return Kmp(hay, end);
  // Plain scan: memrchr for the first byte over windows that double, then
  // compare the rest; bounded by a budget of byte comparisons.
  const char first = needle_[0];
  uint64_t compared = 0;
  const uint64_t budget = 4 * uint64_t{end} + 256;
  size_t limit = end - m + 1;  // candidate starts are [0, limit)
  // Bytes scanned so far (from the end of the first call's range) plus the
  // comparisons made: the first window and its first comparison are free.
  auto work = [&](size_t from) { return (hay.size() + 1 - m - from) + compared_; };
  size_t window = kFirstScanWindow > m ? kFirstScanWindow - m : 1;
  while (limit > 0) {
    size_t lo = limit > window ? limit - window : 0;
    if (!meter_.Reach(work(lo))) return -2;
    const void* p = memrchr(hay.data() + lo, first, limit - lo);
    if (p == nullptr) {
      limit = lo;
      window = window * 2 < kMaxScanWindow ? window * 2 : kMaxScanWindow;
      continue;
    }
    size_t pos = static_cast<const char*>(p) - hay.data();
    compared += m;
    compared_ += m;
    if (!meter_.Reach(work(pos))) return -2;
    if (std::memcmp(hay.data() + pos + 1, needle_.data() + 1, m - 1) == 0) {
      return static_cast<int64_t>(pos);
    }
    if (compared > budget) {
      // Too much work: every start >= pos was checked; KMP the rest.
      if (!vm_.ChargeBytes(uint64_t{m} * sizeof(uint32_t)) || !BuildTable()) return -2;
      return Kmp(hay, pos + m - 1);
    }
    limit = pos;
  }
  return -1;
}

// Failure function of the reversed needle.
bool ReverseSearch::BuildTable() {
  const size_t m = needle_.size();
  table_ = static_cast<uint32_t*>(vm_.AllocBuffer(m * sizeof(uint32_t)));
  if (table_ == nullptr) return false;
  auto r = [&](size_t i) { return needle_[m - 1 - i]; };
  table_[0] = 0;
  uint32_t k = 0;
  for (size_t i = 1; i < m; ++i) {
    while (k > 0 && r(i) != r(k)) k = table_[k - 1];
    if (r(i) == r(k)) ++k;
    table_[i] = k;
  }
  return true;
}

int64_t ReverseSearch::Kmp(std::string_view hay, size_t end) {
  const size_t m = needle_.size();
  auto r = [&](size_t i) { return needle_[m - 1 - i]; };
  uint32_t q = 0;
  for (size_t j = end; j > 0; --j) {
    // A byte costs amortized O(1) steps of the failure function: counted
    // as a character-at-a-time pass.
    compared_ += kCharCost;
    if (!meter_.Reach((hay.size() + 1 - j) + compared_)) return -2;
    char c = hay[j - 1];
    while (q > 0 && c != r(q)) q = table_[q - 1];
    if (c == r(q)) ++q;
    if (q == m) return static_cast<int64_t>(j - 1);
  }
  return -1;
}

// A request the whole budget could never hold is CPython's catchable
// MemoryError (Interp::CheckRequestFits), not the memory limit: nothing was
// built for it, and nothing the script frees could make it fit.
bool HeapHasRoom(Interp& vm, uint64_t bytes) {
  if (!vm.CheckRequestFits(bytes)) return false;
  if (!vm.heap().Charge(bytes)) {
    vm.RaiseMemoryError();
    return false;
  }
  vm.heap().Uncharge(bytes);
  return true;
}

bool ScratchCharge::Charge(uint64_t bytes) {
  if (!vm_.CheckRequestFits(bytes)) return false;
  if (!vm_.heap().Charge(bytes)) {
    vm_.RaiseMemoryError();
    return false;
  }
  bytes_ += bytes;
  return true;
}

// ---- StrWriter ----------------------------------------------------------------

StrWriter::~StrWriter() {
  if (buf_ != nullptr) vm_.FreeBuffer(buf_, capacity_);
}

bool StrWriter::Reserve(size_t bytes) {
  if (bytes <= capacity_ - size_) return true;
  if (bytes > std::numeric_limits<uint32_t>::max() - size_) {
    vm_.RaiseMemoryErrorFor(bytes > UINT64_MAX - size_ ? UINT64_MAX : size_ + bytes);
    return false;
  }
  size_t needed = size_ + bytes;
  // A text the whole budget could never hold: MemoryError before any work.
  if (!vm_.CheckRequestFits(needed)) return false;
  size_t grown = capacity_ < 64 ? 64 : capacity_ * 2;
  size_t target = grown > needed ? grown : needed;
  // Growing copies what is there and makes room for what comes: charged
  // first (the buffer doubles, so a build pays about twice its size).
  if (!vm_.ChargeBytes(needed)) return false;
  void* p = vm_.heap().ReallocBuffer(buf_, capacity_, target);
  if (p == nullptr && target != needed) {
    target = needed;  // the doubled size was refused; the exact one may fit
    p = vm_.heap().ReallocBuffer(buf_, capacity_, target);
  }
  if (p == nullptr) {
    vm_.RaiseMemoryError();
    return false;
  }
  buf_ = static_cast<char*>(p);
  capacity_ = target;
  return true;
}

bool StrWriter::Append(std::string_view utf8, size_t code_points, bool ascii) {
  if (utf8.empty()) return true;
  if (!Reserve(utf8.size())) return false;
  std::memcpy(buf_ + size_, utf8.data(), utf8.size());
  size_ += utf8.size();
  length_ += code_points;
  ascii_ = ascii_ && ascii;
  return true;
}

bool StrWriter::AppendCodePoint(uint32_t cp) {
  if (!Reserve(4)) return false;
  size_ += EncodeUtf8(cp, buf_ + size_);
  ++length_;
  if (cp >= 0x80) ascii_ = false;
  return true;
}

bool StrWriter::AppendFill(uint32_t cp, size_t count) {
  if (count == 0) return true;
  char unit[4];
  size_t n = EncodeUtf8(cp, unit);
  if (count > std::numeric_limits<uint32_t>::max() / n) {
    vm_.RaiseMemoryErrorFor(count > UINT64_MAX / n ? UINT64_MAX : count * n);
    return false;
  }
  // A multi-byte fill is copied one character at a time.
  if (n > 1 && !ChargeTextPass(vm_, uint64_t{n} * count)) return false;
  if (!Reserve(n * count)) return false;
  if (n == 1) {
    std::memset(buf_ + size_, unit[0], count);
  } else {
    for (size_t i = 0; i < count; ++i) std::memcpy(buf_ + size_ + i * n, unit, n);
  }
  size_ += n * count;
  length_ += count;
  if (cp >= 0x80) ascii_ = false;
  return true;
}

char* StrWriter::AppendAsciiUninit(size_t bytes) {
  if (!Reserve(bytes == 0 ? 1 : bytes)) return nullptr;  // never a null buffer
  char* at = buf_ + size_;
  size_ += bytes;
  length_ += bytes;
  return at;
}

StrObject* StrWriter::Finish() {
  StrObject* s = NewStrUninit(vm_, size_, length_, ascii_);
  if (s != nullptr && size_ != 0) std::memcpy(s->data, buf_, size_);
  if (buf_ != nullptr) vm_.FreeBuffer(buf_, capacity_);
  buf_ = nullptr;
  size_ = capacity_ = length_ = 0;
  ascii_ = true;
  return s;
}

Value StrWriter::FinishValue() { return StrValue(Finish()); }

// ---- Hashing ------------------------------------------------------------------
//
// CPython 3.11 hashes a str with SipHash-1-3 (Python/pyhash.c, siphash13) over
// its PEP 393 storage: one byte per code point if all are < 256, UCS-2
// little-endian if all are < 65536, else UCS-4. With PYTHONHASHSEED=0 the key
// is all zeros, which is what hash_seed() == 0 reproduces, so set and dict
// orders match CPython run with PYTHONHASHSEED=0.

namespace {

class SipHash13 {
 public:
  SipHash13(uint64_t k0, uint64_t k1)
      : v0_(k0 ^ 0x736f6d6570736575ULL),
        v1_(k1 ^ 0x646f72616e646f6dULL),
        v2_(k0 ^ 0x6c7967656e657261ULL),
        v3_(k1 ^ 0x7465646279746573ULL) {}

  void Byte(uint8_t b) {
    tail_ |= static_cast<uint64_t>(b) << (8 * ntail_);
    ++total_;
    if (++ntail_ == 8) {
      Block(tail_);
      tail_ = 0;
      ntail_ = 0;
    }
  }

  // Bulk input when no partial word is pending.
  void Bytes(const unsigned char* p, size_t n) {
    while (ntail_ == 0 && n >= 8) {
      uint64_t m = 0;
      for (int i = 0; i < 8; ++i) m |= static_cast<uint64_t>(p[i]) << (8 * i);
      Block(m);
      total_ += 8;
      p += 8;
      n -= 8;
    }
    for (size_t i = 0; i < n; ++i) Byte(p[i]);
  }

  uint64_t Finish() {
    uint64_t b = (total_ << 56) | tail_;
    v3_ ^= b;
    Round();
    v0_ ^= b;
    v2_ ^= 0xff;
    Round();
    Round();
    Round();
    return (v0_ ^ v1_) ^ (v2_ ^ v3_);
  }

 private:
  static uint64_t Rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }
  void Round() {
    // HALF_ROUND(v0,v1,v2,v3,13,16); HALF_ROUND(v2,v1,v0,v3,17,21);
    v0_ += v1_;
    v2_ += v3_;
    v1_ = Rotl(v1_, 13) ^ v0_;
    v3_ = Rotl(v3_, 16) ^ v2_;
    v0_ = Rotl(v0_, 32);
    v2_ += v1_;
    v0_ += v3_;
    v1_ = Rotl(v1_, 17) ^ v2_;
    v3_ = Rotl(v3_, 21) ^ v0_;
    v2_ = Rotl(v2_, 32);
  }
  void Block(uint64_t m) {
    v3_ ^= m;
    Round();
    v0_ ^= m;
  }

  uint64_t v0_, v1_, v2_, v3_;
  uint64_t tail_ = 0;
  int ntail_ = 0;
  uint64_t total_ = 0;
};

// The SipHash state keyed from the interpreter's seed.
SipHash13 SeededSipHash(uint64_t seed) {
  uint64_t k0 = 0, k1 = 0;
  if (seed != 0) {
    // Any fixed derivation of a 128-bit key from the seed will do: only seed
    // 0 has to agree with CPython.
    k0 = seed;
    uint64_t z = seed + 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    k1 = z ^ (z >> 31);
  }
  return SipHash13(k0, k1);
}

int64_t ComputeStrHash(uint64_t seed, const StrObject* s) {
  if (s->byte_length == 0) return 0;
  std::string_view v = s->view();
  if (s->ascii) return HashBytes(seed, v);
  SipHash13 h = SeededSipHash(seed);
  {
    uint32_t max_cp = 0;
    for (size_t pos = 0; pos < v.size();) {
      uint32_t cp = DecodeUtf8(v, &pos);
      if (cp > max_cp) max_cp = cp;
    }
    int width = max_cp < 0x100 ? 1 : (max_cp < 0x10000 ? 2 : 4);
    for (size_t pos = 0; pos < v.size();) {
      uint32_t cp = DecodeUtf8(v, &pos);
      for (int i = 0; i < width; ++i) h.Byte(static_cast<uint8_t>(cp >> (8 * i)));
    }
  }
  int64_t x = static_cast<int64_t>(h.Finish());
  return x == -1 ? -2 : x;
}

}  // namespace

int64_t HashBytes(uint64_t seed, std::string_view data) {
  if (data.empty()) return 0;
  SipHash13 h = SeededSipHash(seed);
  h.Bytes(reinterpret_cast<const unsigned char*>(data.data()), data.size());
  int64_t x = static_cast<int64_t>(h.Finish());
  return x == -1 ? -2 : x;
}

int64_t StrHash(Interp& vm, StrObject* s) {
  if (s->hash == -1) s->hash = ComputeStrHash(vm.hash_seed(), s);
  return s->hash;
}

bool StrEquals(const StrObject* a, const StrObject* b) {
  if (a == b) return true;
  if (a->byte_length != b->byte_length || a->length != b->length) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return std::memcmp(a->data, b->data, a->byte_length) == 0;
}

// ---- repr -------------------------------------------------------------------
//
// CPython's unicode_repr: single quotes unless the text holds ' and no ";
// escape the quote, backslash, \t \n \r; other ASCII controls and DEL as \xhh;
// non-printable non-ASCII (str_unicode.h: UnicodeIsPrintable) as \xhh, \uhhhh
// or \Uhhhhhhhh; everything else as is.

namespace {

char ReprQuote(std::string_view s) {
  bool single = s.find('\'') != std::string_view::npos;
  bool dbl = s.find('"') != std::string_view::npos;
  return (single && !dbl) ? '"' : '\'';
}

// Calls emit(bytes, size, code_points) for each piece of repr(s), quotes
// included. Every piece is ASCII except verbatim non-ASCII characters.
template <typename Emit>
void ReprPieces(std::string_view s, Emit&& emit) {
  static constexpr char kHex[] = "0123456789abcdef";
  char quote = ReprQuote(s);
  emit(&quote, 1, 1);
  size_t run = 0;  // start of the pending run of verbatim ASCII bytes
  size_t pos = 0;
  while (pos < s.size()) {
    size_t start = pos;
    unsigned char c = static_cast<unsigned char>(s[pos]);
    if (c >= 0x20 && c < 0x7F && c != '\\' && c != static_cast<unsigned char>(quote)) {
      ++pos;
      continue;
    }
    uint32_t cp = DecodeUtf8(s, &pos);
    char esc[10];
    size_t n = 0;
    if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
      esc[0] = '\\';
      esc[1] = static_cast<char>(cp);
      n = 2;
    } else if (cp == '\t' || cp == '\n' || cp == '\r') {
      esc[0] = '\\';
      esc[1] = cp == '\t' ? 't' : (cp == '\n' ? 'n' : 'r');
      n = 2;
    } else if (cp >= 0x80 && UnicodeIsPrintable(cp)) {
      continue;  // verbatim: stays in the pending run
    } else {
      esc[0] = '\\';
      int digits;
      if (cp <= 0xFF) {
        esc[1] = 'x';
        digits = 2;
      } else if (cp <= 0xFFFF) {
        esc[1] = 'u';
        digits = 4;
      } else {
        esc[1] = 'U';
        digits = 8;
      }
      for (int i = 0; i < digits; ++i) esc[2 + i] = kHex[(cp >> (4 * (digits - 1 - i))) & 0xF];
      n = 2 + digits;
    }
    // Flush the verbatim run before this escape. A run may include
    // non-ASCII characters: count its code points.
    if (start > run) {
      size_t cps = 0;
      for (size_t i = run; i < start; ++i) cps += !IsContinuation(static_cast<unsigned char>(s[i]));
      emit(s.data() + run, start - run, cps);
    }
    emit(esc, n, n);
    run = pos;
  }
  if (s.size() > run) {
    size_t cps = 0;
    for (size_t i = run; i < s.size(); ++i) cps += !IsContinuation(static_cast<unsigned char>(s[i]));
    emit(s.data() + run, s.size() - run, cps);
  }
  emit(&quote, 1, 1);
}

}  // namespace

std::string StrRepr(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size() + 2);
  ReprPieces(utf8, [&](const char* p, size_t n, size_t) { out.append(p, n); });
  return out;
}

namespace {

// repr as a str: measured first, so the result is charged before it is built.
Value StrReprValue(Interp& vm, StrObject* s) {
  // Two passes, measuring and writing.
  if (!ChargeTextPass(vm, 2 * uint64_t{s->byte_length})) return Value::Null();
  size_t bytes = 0, cps = 0;
  ReprPieces(s->view(), [&](const char*, size_t n, size_t c) {
    bytes += n;
    cps += c;
  });
  StrObject* r = NewStrUninit(vm, bytes, cps, bytes == cps);
  if (r == nullptr) return Value::Null();
  size_t at = 0;
  ReprPieces(s->view(), [&](const char* p, size_t n, size_t) {
    std::memcpy(r->data + at, p, n);
    at += n;
  });
  return Value::FromObject(r);
}

}  // namespace

// ---- Concatenation, repetition, subscript -------------------------------------

namespace {

// A new str of `a` then `b`, in a block with room for `capacity` bytes.
StrObject* NewConcat(Interp& vm, StrObject* a, StrObject* b, size_t capacity) {
  // The counts are 32-bit (str.h): add them as size_t, so a sum past 4 GiB
  // is refused by NewStrWithCapacity rather than wrapped.
  StrObject* r = NewStrWithCapacity(vm, size_t{a->byte_length} + b->byte_length,
                                    size_t{a->length} + b->length, capacity);
  if (r == nullptr) return nullptr;
  std::memcpy(r->data, a->data, a->byte_length);
  std::memcpy(r->data + a->byte_length, b->data, b->byte_length);
  return r;
}

}  // namespace

Value StrConcat(Interp& vm, StrObject* a, StrObject* b) {
  if (b->length == 0 && a->type == &kStrType) return Value::FromObject(a);
  if (a->length == 0 && b->type == &kStrType) return Value::FromObject(b);
  return StrValue(NewConcat(vm, a, b, size_t{a->byte_length} + b->byte_length));
}

Value StrAppendInPlace(Interp& vm, StrObject* a, StrObject* b) {
  if (b->length == 0) return Value::FromObject(a);
  if (a->length == 0) return Value::FromObject(b);  // shared, as StrConcat
  size_t total = size_t{a->byte_length} + b->byte_length;
  if ((a->gc_flags & kObjAppendOwned) != 0 && kStrHeaderSize + total + 1 <= a->alloc_size) {
    // Nothing but the local this site stores back to references `a`, so no
    // one can see it change.
    if (!vm.ChargeBytes(b->byte_length)) return Value::Null();
    std::memcpy(a->data + a->byte_length, b->data, b->byte_length);
    a->byte_length = static_cast<uint32_t>(total);  // within a's block
    a->length += b->length;
    a->ascii = a->byte_length == a->length;
    a->data[total] = '\0';
    a->hash = -1;  // the position cache still holds: the prefix is unchanged
    return Value::FromObject(a);
  }
  // Room to grow geometrically, so a loop of appends copies each byte O(1)
  // times: double while small, then a quarter more (as list growth does),
  // to keep the slack within the memory budget.
  constexpr size_t kMinCapacity = 64;
  constexpr size_t kDoublingLimit = size_t{1} << 20;
  size_t capacity = total < kDoublingLimit ? std::max(2 * total, kMinCapacity) : total + total / 4;
  capacity = std::max(std::min(capacity, kMaxStrCapacity), total);
  StrObject* r = NewConcat(vm, a, b, capacity);
  if (r == nullptr) return Value::Null();
  r->gc_flags |= kObjAppendOwned;
  return Value::FromObject(r);
}

Value StrRepeat(Interp& vm, StrObject* s, int64_t count) {
  if (count <= 0 || s->length == 0) return StrValue(EmptyStr(vm));
  if (count == 1 && s->type == &kStrType) return Value::FromObject(s);
  if (s->length > static_cast<uint64_t>(kSsizeMax / count)) {
    return vm.RaiseOverflowError("repeated string is too long");
  }
  uint64_t n = static_cast<uint64_t>(count);
  if (s->byte_length > std::numeric_limits<uint32_t>::max() / n) {
    return vm.RaiseMemoryErrorFor(n > UINT64_MAX / s->byte_length ? UINT64_MAX : s->byte_length * n);
  }
  // Charged here, before a single byte is copied.
  StrObject* r = NewStrUninit(vm, s->byte_length * n, s->length * n, s->ascii);
  if (r == nullptr) return Value::Null();
  size_t unit = s->byte_length;
  size_t total = unit * n;
  if (unit == 1) {
    std::memset(r->data, s->data[0], total);
  } else {
    std::memcpy(r->data, s->data, unit);
    size_t done = unit;
    while (done < total) {  // doubling copies
      size_t chunk = done < total - done ? done : total - done;
      std::memcpy(r->data + done, r->data, chunk);
      done += chunk;
    }
  }
  return Value::FromObject(r);
}

namespace {

// Index conversion for subscripts and repetition counts (CPython's
// PyNumber_AsSsize_t with an error type): ints, bools and __index__ objects.
// Out-of-range values raise `overflow` with "cannot fit '<type of v>' into
// an index-sized integer". Returns 0 (not an index: nothing raised), 1 ok, -1
// raised.
int IndexAsSsize(Interp& vm, Value v, TypeObject* overflow, int64_t* out) {
  Value index = v;
  if (!IsInt(v)) {
    TypeObject* t = TypeOf(v);
    if (t->index == nullptr) return 0;
    index = t->index(vm, v);
    if (index.is_null()) return -1;
    if (!IsInt(index)) {
      vm.RaiseFormat(&kTypeErrorType, "__index__ returned non-int (type %s)", TypeName(index));
      return -1;
    }
  }
  if (!IntToInt64(index, out)) {
    vm.RaiseFormat(overflow, "cannot fit '%s' into an index-sized integer", TypeName(v));
    return -1;
  }
  return 1;
}

// A new str of the code points start, start+step, ... (count of them) of a
// non-ASCII str; measured in a first walk, copied in a second.
Value SliceNonAscii(Interp& vm, StrObject* s, int64_t start, int64_t step, int64_t count) {
  size_t first = StrCodePointOffset(s, static_cast<size_t>(start));
  auto walk = [&](auto&& visit) {
    size_t off = first;
    for (int64_t i = 0; i < count; ++i) {
      size_t len = Utf8SeqLength(static_cast<unsigned char>(s->data[off]));
      visit(off, len);
      if (i + 1 == count) break;
      if (step > 0) {
        for (int64_t k = 0; k < step; ++k) off = NextOffset(s, off);
      } else {
        for (int64_t k = 0; k < -step; ++k) off = PrevOffset(s, off);
      }
    }
  };
  size_t bytes = 0;
  bool ascii = true;
  walk([&](size_t off, size_t len) {
    bytes += len;
    if (len > 1) ascii = false;
  });
  StrObject* r = NewStrUninit(vm, bytes, static_cast<size_t>(count), ascii);
  if (r == nullptr) return Value::Null();
  size_t at = 0;
  walk([&](size_t off, size_t len) {
    std::memcpy(r->data + at, s->data + off, len);
    at += len;
  });
  return Value::FromObject(r);
}

}  // namespace

namespace {

// s[index] for 0 <= index < length: walking to a non-ASCII code point is
// charged.
Value CharAt(Interp& vm, StrObject* s, size_t index) {
  if (s->ascii) return StrValue(StrOfOneChar(vm, s->data + index, 1));
  if (!ChargeCodePointWalk(vm, s, index)) return Value::Null();
  size_t off = StrCodePointOffset(s, index);
  size_t n = Utf8SeqLength(static_cast<unsigned char>(s->data[off]));
  return StrValue(StrOfOneChar(vm, s->data + off, n));
}

}  // namespace

Value StrSubscript(Interp& vm, StrObject* s, Value key) {
  if (HasType(key, &kSliceType)) {
    int64_t start, stop, step, count;
    if (!SliceIndices(vm, As<SliceObject>(key), static_cast<int64_t>(s->length), &start, &stop,
                      &step, &count)) {
      return Value::Null();
    }
    if (count <= 0) return StrValue(EmptyStr(vm));
    if (step == 1 && start == 0 && static_cast<size_t>(count) == s->length &&
        s->type == &kStrType) {
      return Value::FromObject(s);
    }
    if (count == 1) return CharAt(vm, s, static_cast<size_t>(start));
    if (s->ascii) {
      // A step other than 1 copies one character at a time.
      if (step != 1 && !ChargeTextPass(vm, static_cast<uint64_t>(count))) return Value::Null();
      StrObject* r = NewStrUninit(vm, static_cast<size_t>(count), static_cast<size_t>(count), true);
      if (r == nullptr) return Value::Null();
      if (step == 1) {
        std::memcpy(r->data, s->data + start, static_cast<size_t>(count));
      } else {
        for (int64_t i = 0; i < count; ++i) r->data[i] = s->data[start + i * step];
      }
      return Value::FromObject(r);
    }
    // Non-ASCII: the offset of `start` is walked to, then every code point
    // of the result (and the ones a step skips) is walked over.
    // (count - 1) * |step| < length, so the product cannot overflow.
    uint64_t stride = step < 0 ? 0 - static_cast<uint64_t>(step) : static_cast<uint64_t>(step);
    uint64_t walked = static_cast<uint64_t>(count - 1) * stride + 1;
    if (!ChargeCodePointWalk(vm, s, static_cast<size_t>(start)) ||
        !vm.ChargeBytes(walked * kCharCost)) {
      return Value::Null();
    }
    if (step == 1) {
      size_t b0 = StrCodePointOffset(s, static_cast<size_t>(start));
      size_t b1 = b0;
      for (int64_t i = 0; i < count; ++i) b1 = NextOffset(s, b1);
      StrObject* r = NewStrUninit(vm, b1 - b0, static_cast<size_t>(count),
                                  b1 - b0 == static_cast<size_t>(count));
      if (r == nullptr) return Value::Null();
      std::memcpy(r->data, s->data + b0, b1 - b0);
      return Value::FromObject(r);
    }
    return SliceNonAscii(vm, s, start, step, count);
  }
  int64_t index;
  int ok = IndexAsSsize(vm, key, &kIndexErrorType, &index);
  if (ok < 0) return Value::Null();
  if (ok == 0) {
    return vm.RaiseFormat(&kTypeErrorType, "string indices must be integers, not '%s'",
                          TypeName(key));
  }
  int64_t len = static_cast<int64_t>(s->length);
  if (index < 0) index += len;
  if (index < 0 || index >= len) return vm.RaiseIndexError("string index out of range");
  return CharAt(vm, s, static_cast<size_t>(index));
}

// ---- Slots ------------------------------------------------------------------

namespace {

StrObject* AsStr(Value v) { return As<StrObject>(v); }

Value StrReprSlot(Interp& vm, Value self) { return StrReprValue(vm, AsStr(self)); }

// str(s): s itself for an exact str, else an exact copy.
Value StrStrSlot(Interp& vm, Value self) {
  StrObject* s = AsStr(self);
  if (s->type == &kStrType) return self;
  StrObject* r = NewStrUninit(vm, s->byte_length, s->length, s->ascii);
  if (r == nullptr) return Value::Null();
  std::memcpy(r->data, s->data, s->byte_length);
  return Value::FromObject(r);
}

int64_t StrHashSlot(Interp& vm, Value self) {
  StrObject* s = AsStr(self);
  // The first hash reads the whole text; later ones use the cached value.
  if (s->hash == -1 && !ChargeTextPass(vm, s)) return -1;
  return StrHash(vm, s);
}

Value StrRichCompare(Interp& vm, Value a, Value b, CompareOp op) {
  if (!IsStr(a) || !IsStr(b)) return Value::NotImplemented();
  StrObject* x = AsStr(a);
  StrObject* y = AsStr(b);
  size_t n = x->byte_length < y->byte_length ? x->byte_length : y->byte_length;
  if (op == CompareOp::kEq || op == CompareOp::kNe) {
    // StrEquals compares bytes only when the lengths agree and the cached
    // hashes (if any) do not tell the texts apart.
    bool compares = x != y && x->byte_length == y->byte_length &&
                    (x->hash == -1 || y->hash == -1 || x->hash == y->hash);
    if (compares && !vm.ChargeBytes(n)) return Value::Null();
    return Value::Bool(StrEquals(x, y) == (op == CompareOp::kEq));
  }
  if (!vm.ChargeBytes(n)) return Value::Null();
  // UTF-8 byte order is code-point order (surrogates included).
  int c = std::memcmp(x->data, y->data, n);
  if (c == 0) c = x->byte_length < y->byte_length ? -1 : (x->byte_length > y->byte_length ? 1 : 0);
  return Value::Bool(OrderingSatisfies(c <=> 0, op));
}

int64_t StrLenSlot(Interp& vm, Value self) { return static_cast<int64_t>(AsStr(self)->length); }

int StrContainsSlot(Interp& vm, Value self, Value item) {
  if (!IsStr(item)) {
    vm.RaiseFormat(&kTypeErrorType, "'in <string>' requires string as left operand, not %s",
                   TypeName(item));
    return -1;
  }
  int64_t at = SearchForward(vm, AsStr(self)->view(), AsStr(item)->view(), 0);
  if (at == -2) return -1;
  return at >= 0;
}

Value StrGetItemSlot(Interp& vm, Value self, Value key) {
  return StrSubscript(vm, AsStr(self), key);
}

// Builtin types whose binary slots can never accept a str operand; for any
// other (user) type, returning NotImplemented lets its reflected method run
// first, as CPython does since str has no number slots.

Value StrAdd(Interp& vm, Value a, Value b) {
  if (!IsStr(a)) return Value::NotImplemented();
  if (!IsStr(b)) {
    return vm.RaiseFormat(&kTypeErrorType, "can only concatenate str (not \"%s\") to str",
                          TypeName(b));
  }
  return StrConcat(vm, AsStr(a), AsStr(b));
}

Value StrMultiply(Interp& vm, Value a, Value b) {
  Value str_side, count_side;
  if (IsStr(a)) {
    str_side = a;
    count_side = b;
  } else if (IsStr(b)) {
    str_side = b;
    count_side = a;
  } else {
    return Value::NotImplemented();
  }
  int64_t count;
  int ok = IndexAsSsize(vm, count_side, &kOverflowErrorType, &count);
  if (ok < 0) return Value::Null();
  if (ok == 0) {
    return vm.RaiseFormat(&kTypeErrorType, "can't multiply sequence by non-int of type '%s'",
                          TypeName(count_side));
  }
  return StrRepeat(vm, AsStr(str_side), count);
}

Value StrRemainder(Interp& vm, Value a, Value b) {
  if (!IsStr(a)) return Value::NotImplemented();
  return StrPercentFormat(vm, AsStr(a), b);
}

// ---- Iterator -----------------------------------------------------------------
//
// A SeqIteratorObject whose `index` is a BYTE offset into the str, so each
// step is O(1) on non-ASCII text too.

Value StrIter(Interp& vm, Value self) {
  StrObject* s = AsStr(self);
  // CPython's ASCII iterator takes only compact strs, which a subclass's
  // instances are not.
  bool ascii = s->ascii && IsExactStr(self);
  SeqIteratorObject* it =
      vm.New<SeqIteratorObject>(ascii ? &kStrAsciiIteratorType : &kStrIteratorType);
  if (it == nullptr) return Value::Null();
  it->seq = self;
  it->index = 0;
  return Value::FromObject(it);
}

Value StrIteratorNext(Interp& vm, Value self) {
  SeqIteratorObject* it = As<SeqIteratorObject>(self);
  if (it->seq.is_null()) return Value::Null();
  StrObject* s = AsStr(it->seq);
  if (it->index >= s->byte_length) {
    it->seq = Value::Null();
    return Value::Null();
  }
  size_t off = it->index;
  size_t n = Utf8SeqLength(static_cast<unsigned char>(s->data[off]));
  StrObject* r = StrOfOneChar(vm, s->data + off, n);
  if (r == nullptr) return Value::Null();
  it->index = off + n;
  return Value::FromObject(r);
}

Value IterSelf(Interp& vm, Value self) { return self; }

void StrIteratorTrace(Object* self, GcTracer& tracer) {
  tracer.Visit(static_cast<SeqIteratorObject*>(self)->seq);
}

// ---- Constructor ----------------------------------------------------------------

const ArgSpec kStrSpec("str(object='', encoding='utf-8', errors='strict')");

// str.__new__(type, object='', encoding='utf-8', errors='strict')
// (unicode_new_impl): builds the whole value, for str(x) and subclasses.
Value StrNew(Interp& vm, TypeObject* type, CallArgs args) {
  // str(x), the common call, needs no argument parsing.
  if (type == &kStrType && args.nargs == 1 && args.kwnames == nullptr) return Str(vm, args.args[0]);
  Value out[3];
  if (args.nargs == 0 && args.kwnames == nullptr) {
    out[0] = Value::Null();
  } else if (!ParseArgs(vm, kStrSpec, args, out)) {
    return Value::Null();
  }
  Value result;
  if (!out[1].is_null() || !out[2].is_null()) {
    std::string_view unused;
    if (!ClinicStrArg(vm, out[1], "str", "encoding", &unused) ||
        !ClinicStrArg(vm, out[2], "str", "errors", &unused)) {
      return Value::Null();
    }
    if (out[0].is_null()) {
      result = StrValue(EmptyStr(vm));
    } else if (IsStr(out[0])) {
      return vm.RaiseTypeError("decoding str is not supported");
    } else {
      std::string_view data;
      if (!BytesLikeView(out[0], &data)) {
        return vm.RaiseFormat(&kTypeErrorType,
                              "decoding to str: need a bytes-like object, %s found",
                              TypeName(out[0]));
      }
      result = DecodeBytes(vm, data, out[1].is_null() ? "utf-8" : AsStr(out[1])->view(),
                           out[2].is_null() ? "strict" : AsStr(out[2])->view());
    }
  } else if (out[0].is_null()) {
    result = StrValue(EmptyStr(vm));
  } else {
    result = Str(vm, out[0]);
  }
  if (result.is_null()) return result;
  if (type == &kStrType) return result;
  // A subclass: copy into an instance of it (CPython's unicode_subtype_new).
  StrObject* s = AsStr(result);
  if (!vm.ChargeBytes(s->byte_length)) return Value::Null();
  Object* o = vm.heap().AllocateObject(
      type, InstanceAllocSize(type, kStrHeaderSize + s->byte_length + 1));
  if (o == nullptr) return vm.RaiseMemoryError();
  StrObject* r = static_cast<StrObject*>(o);
  r->hash = -1;
  r->length = s->length;
  r->byte_length = s->byte_length;
  r->ascii = s->ascii;
  r->interned = false;
  std::memcpy(r->data, s->data, s->byte_length + 1);
  return Value::FromObject(r);
}

Value StrConstruct(Interp& vm, Value cls, CallArgs args) {
  return StrNew(vm, As<TypeObject>(cls), args);
}

// it.__length_hint__(): the code points left (CPython's unicodeiter_len),
// counted from the byte offset on non-ASCII text.
Value StrIteratorLengthHint(Interp& vm, Value self, CallArgs args) {
  if ((args.nargs != 0 || args.nkwargs() != 0) &&
      !CheckMethodNoArgs(vm, args, StrCat(TypeName(self), ".__length_hint__").c_str())) {
    return Value::Null();
  }
  SeqIteratorObject* it = As<SeqIteratorObject>(self);
  if (it->seq.is_null()) return Value::SmallInt(0);
  StrObject* s = AsStr(it->seq);
  if (it->index >= s->byte_length) return Value::SmallInt(0);
  size_t left = s->byte_length - it->index;
  if (!s->ascii) {
    if (!vm.ChargeBytes(left)) return Value::Null();
    size_t count = 0;
    for (size_t i = it->index; i < s->byte_length; ++i) {
      count += (static_cast<unsigned char>(s->data[i]) & 0xC0) != 0x80;
    }
    left = count;
  }
  return IntFromInt64(vm, static_cast<int64_t>(left));
}

// it.__reduce__(): CPython's unicodeiter_reduce, iter() of the str with the
// code-point index, or of an empty str once exhausted. Allocates.
Value StrIteratorReduce(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, StrCat(TypeName(self), ".__reduce__").c_str())) {
    return Value::Null();
  }
  SeqIteratorObject* it = As<SeqIteratorObject>(self);
  if (it->seq.is_null()) {
    Value empty = StrValue(EmptyStr(vm));
    return empty.is_null() ? empty : ReductionTuple(vm, "iter", empty, Value::Null());
  }
  StrObject* s = AsStr(it->seq);
  size_t index = it->index;
  if (!s->ascii) {
    if (!vm.ChargeBytes(index)) return Value::Null();
    size_t count = 0;
    for (size_t i = 0; i < it->index; ++i) {
      count += (static_cast<unsigned char>(s->data[i]) & 0xC0) != 0x80;
    }
    index = count;
  }
  return ReductionTuple(vm, "iter", it->seq, Value::SmallInt(static_cast<int64_t>(index)));
}

// it.__setstate__(index): CPython's unicodeiter_setstate, the code-point
// index clamped into [0, len(str)].
Value StrIteratorSetState(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, StrCat(TypeName(self), ".__setstate__").c_str())) {
    return Value::Null();
  }
  int64_t index = 0;
  if (!IsInt(args.args[0])) return vm.RaiseTypeError("an integer is required");
  if (!IntToInt64(args.args[0], &index)) {
    return vm.Raise(&kOverflowErrorType, "Python int too large to convert to C ssize_t");
  }
  SeqIteratorObject* it = As<SeqIteratorObject>(self);
  if (it->seq.is_null()) return Value::None();
  StrObject* s = AsStr(it->seq);
  size_t cp = static_cast<size_t>(std::clamp<int64_t>(index, 0, static_cast<int64_t>(s->length)));
  if (!ChargeCodePointWalk(vm, s, cp)) return Value::Null();
  it->index = StrCodePointOffset(s, cp);
  return Value::None();
}

const MethodDef kStrIteratorMethods[] = {
    {"__length_hint__", StrIteratorLengthHint},
    {"__reduce__", StrIteratorReduce},
    {"__setstate__", StrIteratorSetState},
    {nullptr, nullptr},
};

void InitStrIteratorType(TypeObject* type, const char* name) {
  InitStaticType(type, name, &kObjectType, 0);
  type->methods = kStrIteratorMethods;
  type->trace = StrIteratorTrace;
  type->iter = IterSelf;
  type->next = StrIteratorNext;
}

}  // namespace

void InitStrType() {
  InitStaticType(&kStrType, "str", &kObjectType, kTypeBaseType);
  kStrType.methods = kStrMethods;
  kStrType.repr = StrReprSlot;
  kStrType.str = StrStrSlot;
  kStrType.hash = StrHashSlot;
  kStrType.richcompare = StrRichCompare;
  // No truth slot: as CPython's str has no nb_bool (and so no __bool__),
  // truth is the length, which a subclass's __len__ overrides.
  kStrType.len = StrLenSlot;
  kStrType.contains = StrContainsSlot;
  kStrType.getitem = StrGetItemSlot;
  kStrType.iter = StrIter;
  kStrType.binary[static_cast<int>(BinaryOp::kAdd)] = StrAdd;
  kStrType.binary[static_cast<int>(BinaryOp::kMultiply)] = StrMultiply;
  kStrType.binary[static_cast<int>(BinaryOp::kRemainder)] = StrRemainder;
  kStrType.construct = StrConstruct;
  kStrType.type_flags |= kTypeVarSize;
  kStrType.basic_size = kStrHeaderSize;
  kStrType.new_instance = StrNew;

  InitStrIteratorType(&kStrIteratorType, "str_iterator");
  InitStrIteratorType(&kStrAsciiIteratorType, "str_ascii_iterator");
}

}  // namespace moat::vm
