// CodeImage <-> bytes (see code_image_bytes.h).
//
// Layout: the magic "moatcode", the format version (u32), then the module's
// filename and source (strings) and its top-level code. A string or vector
// is a u32 count followed by its items; a code image is its fields in the
// order of struct CodeImage; a constant is its kind byte followed by what
// that kind holds.
#include "vm/code_image_bytes.h"

#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace moat::vm {

namespace {

constexpr std::string_view kMagic = "moatcode";
// Constants and code objects nest (a tuple of tuples, a function inside a
// class inside a function); deeper than this is not something CPython's
// compiler produces for a real program.
constexpr int kMaxNesting = 200;

// ---- Writing ------------------------------------------------------------------------

class Writer {
 public:
  void U8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void U32(uint32_t v) {
    for (int i = 0; i < 4; ++i) U8(static_cast<uint8_t>(v >> (8 * i)));
  }
  void U64(uint64_t v) {
    for (int i = 0; i < 8; ++i) U8(static_cast<uint8_t>(v >> (8 * i)));
  }
  void I32(int32_t v) { U32(static_cast<uint32_t>(v)); }
  void F64(double v) { U64(std::bit_cast<uint64_t>(v)); }
  void Str(std::string_view s) {
    U32(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }

  void Constant(const moat::Constant& c) {
    U8(static_cast<uint8_t>(c.kind));
    switch (c.kind) {
      case Constant::Kind::kNone:
      case Constant::Kind::kEllipsis:
        break;
      case Constant::Kind::kBool:
        U8(c.bool_value ? 1 : 0);
        break;
      case Constant::Kind::kInt:
      case Constant::Kind::kStr:
      case Constant::Kind::kBytes:
        Str(c.text);
        break;
      case Constant::Kind::kFloat:
        F64(c.number);
        break;
      case Constant::Kind::kComplex:
        F64(c.number);
        F64(c.imag);
        break;
      case Constant::Kind::kTuple:
      case Constant::Kind::kFrozenset:
        U32(static_cast<uint32_t>(c.items.size()));
        for (const moat::Constant& item : c.items) Constant(item);
        if (c.kind == Constant::Kind::kFrozenset) {
          U64(c.set_mask);
          U32(static_cast<uint32_t>(c.set_slots.size()));
          for (uint64_t slot : c.set_slots) U64(slot);
        }
        break;
      case Constant::Kind::kCode:
        Code(*c.code);
        break;
    }
  }

  void Code(const CodeImage& code) {
    Str(code.name);
    Str(code.qualname);
    Str(code.filename);
    I32(code.first_line);
    I32(code.arg_count);
    I32(code.posonly_arg_count);
    I32(code.kwonly_arg_count);
    I32(code.stack_size);
    I32(code.flags);
    U32(static_cast<uint32_t>(code.code.size()));
    for (uint16_t word : code.code) {
      U8(static_cast<uint8_t>(word));
      U8(static_cast<uint8_t>(word >> 8));
    }
    U32(static_cast<uint32_t>(code.consts.size()));
    for (const moat::Constant& c : code.consts) Constant(c);
    U32(static_cast<uint32_t>(code.names.size()));
    for (const std::string& n : code.names) Str(n);
    U32(static_cast<uint32_t>(code.localsplus_names.size()));
    for (const std::string& n : code.localsplus_names) Str(n);
    Str(std::string_view(reinterpret_cast<const char*>(code.localsplus_kinds.data()),
                         code.localsplus_kinds.size()));
    Str(std::string_view(reinterpret_cast<const char*>(code.exception_table.data()),
                         code.exception_table.size()));
    U32(static_cast<uint32_t>(code.locations.size()));
    for (const SourceLocation& loc : code.locations) {
      I32(loc.line);
      I32(loc.end_line);
      I32(loc.column);
      I32(loc.end_column);
    }
  }

  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

// ---- Reading ------------------------------------------------------------------------

// Reads from untrusted bytes: every read checks what is left, and a failed
// read leaves the reader failed (all later reads fail too).
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}

  bool ok() const { return ok_; }
  bool at_end() const { return pos_ == in_.size(); }

  bool Fail() {
    ok_ = false;
    return false;
  }

  bool Bytes(size_t n, std::string_view* out) {
    if (!ok_ || in_.size() - pos_ < n) return Fail();
    *out = in_.substr(pos_, n);
    pos_ += n;
    return true;
  }
  bool U8(uint8_t* v) {
    std::string_view b;
    if (!Bytes(1, &b)) return false;
    *v = static_cast<uint8_t>(b[0]);
    return true;
  }
  bool U32(uint32_t* v) {
    std::string_view b;
    if (!Bytes(4, &b)) return false;
    *v = 0;
    for (int i = 0; i < 4; ++i) *v |= uint32_t{static_cast<uint8_t>(b[i])} << (8 * i);
    return true;
  }
  bool U64(uint64_t* v) {
    std::string_view b;
    if (!Bytes(8, &b)) return false;
    *v = 0;
    for (int i = 0; i < 8; ++i) *v |= uint64_t{static_cast<uint8_t>(b[i])} << (8 * i);
    return true;
  }
  bool I32(int32_t* v) {
    uint32_t u;
    if (!U32(&u)) return false;
    *v = static_cast<int32_t>(u);
    return true;
  }
  bool F64(double* v) {
    uint64_t u;
    if (!U64(&u)) return false;
    *v = std::bit_cast<double>(u);
    return true;
  }
  bool Str(std::string* s) {
    uint32_t n;
    std::string_view b;
    if (!U32(&n) || !Bytes(n, &b)) return false;
    s->assign(b);
    return true;
  }
  // A count of items each at least `min_item_bytes` long: a count the rest
  // of the input cannot hold is refused before anything is allocated.
  bool Count(size_t min_item_bytes, uint32_t* n) {
    if (!U32(n)) return false;
    if (uint64_t{*n} * min_item_bytes > in_.size() - pos_) return Fail();
    return true;
  }

  bool Constant(moat::Constant* c, int depth) {
    uint8_t kind;
    if (depth > kMaxNesting || !U8(&kind)) return Fail();
    if (kind > static_cast<uint8_t>(Constant::Kind::kEllipsis)) return Fail();
    c->kind = static_cast<Constant::Kind>(kind);
    switch (c->kind) {
      case Constant::Kind::kNone:
      case Constant::Kind::kEllipsis:
        return true;
      case Constant::Kind::kBool: {
        uint8_t b;
        if (!U8(&b) || b > 1) return Fail();
        c->bool_value = b != 0;
        return true;
      }
      case Constant::Kind::kInt:
      case Constant::Kind::kStr:
      case Constant::Kind::kBytes:
        return Str(&c->text);
      case Constant::Kind::kFloat:
        return F64(&c->number);
      case Constant::Kind::kComplex:
        return F64(&c->number) && F64(&c->imag);
      case Constant::Kind::kTuple:
      case Constant::Kind::kFrozenset: {
        uint32_t n;
        if (!Count(1, &n)) return false;
        c->items.resize(n);
        for (moat::Constant& item : c->items) {
          if (!Constant(&item, depth + 1)) return false;
        }
        if (c->kind == Constant::Kind::kTuple) return true;
        if (!U64(&c->set_mask) || !Count(8, &n)) return false;
        c->set_slots.resize(n);
        for (uint64_t& slot : c->set_slots) {
          if (!U64(&slot)) return false;
        }
        return true;
      }
      case Constant::Kind::kCode: {
        auto code = std::make_shared<CodeImage>();
        if (!Code(code.get(), depth + 1)) return false;
        c->code = std::move(code);
        return true;
      }
    }
    return Fail();
  }

  bool Code(CodeImage* code, int depth) {
    if (depth > kMaxNesting) return Fail();
    uint32_t n;
    if (!Str(&code->name) || !Str(&code->qualname) || !Str(&code->filename) ||
        !I32(&code->first_line) || !I32(&code->arg_count) || !I32(&code->posonly_arg_count) ||
        !I32(&code->kwonly_arg_count) || !I32(&code->stack_size) || !I32(&code->flags) ||
        !Count(2, &n)) {
      return false;
    }
    code->code.resize(n);
    for (uint16_t& word : code->code) {
      uint8_t lo, hi;
      if (!U8(&lo) || !U8(&hi)) return false;
      word = static_cast<uint16_t>(lo | (hi << 8));
    }
    if (!Count(1, &n)) return false;
    code->consts.resize(n);
    for (moat::Constant& c : code->consts) {
      if (!Constant(&c, depth + 1)) return false;
    }
    if (!Count(4, &n)) return false;
    code->names.resize(n);
    for (std::string& s : code->names) {
      if (!Str(&s)) return false;
    }
    if (!Count(4, &n)) return false;
    code->localsplus_names.resize(n);
    for (std::string& s : code->localsplus_names) {
      if (!Str(&s)) return false;
    }
    std::string kinds, table;
    if (!Str(&kinds) || !Str(&table)) return false;
    code->localsplus_kinds.assign(kinds.begin(), kinds.end());
    code->exception_table.assign(table.begin(), table.end());
    if (!Count(16, &n)) return false;
    code->locations.resize(n);
    for (SourceLocation& loc : code->locations) {
      if (!I32(&loc.line) || !I32(&loc.end_line) || !I32(&loc.column) || !I32(&loc.end_column)) {
        return false;
      }
    }
    return true;
  }

 private:
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace

std::string CompiledModuleToBytes(const CompiledModule& module) {
  Writer w;
  for (char ch : kMagic) w.U8(static_cast<uint8_t>(ch));
  w.U32(kCodeImageFormatVersion);
  w.Str(module.filename);
  w.Str(module.source);
  w.Code(*module.code);
  return w.Take();
}

absl::StatusOr<CompiledModule> CompiledModuleFromBytes(std::string_view bytes) {
  Reader r(bytes);
  std::string_view magic;
  uint32_t version = 0;
  if (!r.Bytes(kMagic.size(), &magic) || magic != kMagic || !r.U32(&version)) {
    return absl::InvalidArgumentError("not a moat code image");
  }
  if (version != kCodeImageFormatVersion) {
    return absl::InvalidArgumentError(absl::StrCat("code image format version ", version,
                                                   " is not ", kCodeImageFormatVersion));
  }
  CompiledModule module;
  auto code = std::make_shared<CodeImage>();
  if (!r.Str(&module.filename) || !r.Str(&module.source) || !r.Code(code.get(), 0) ||
      !r.at_end()) {
    return absl::InvalidArgumentError("malformed code image");
  }
  module.code = std::move(code);
  return module;
}

}  // namespace moat::vm
