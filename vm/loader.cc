// Loading: verified CodeImage -> CodeObject in an interpreter's heap.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "vm/str_util.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/inline_cache.h"
#include "vm/objects/base_types.h"
#include "vm/objects/bytes.h"
#include "vm/objects/complex.h"
#include "vm/objects/float.h"
#include "vm/objects/function.h"
#include "vm/objects/int.h"
#include "vm/objects/set.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/verifier.h"

namespace moat::vm {

namespace {

absl::Status PendingToStatus(Interp& vm, std::string_view what) {
  vm.ClearException();
  return absl::ResourceExhaustedError(StrCat("could not load ", what, ": out of memory"));
}

// CPython's compiler merges the equal constants of one compilation across
// its code objects (compile.c's constant cache, keyed by type and value,
// so 1, 1.0 and True, or 0.0 and -0.0, stay apart): `"two words" is f()`
// holds when a function returns the string its module also uses. The
// outermost LoadCode of a program keeps one table of what it has made;
// nested code objects' constants are looked up there first. No collection
// runs while a program loads, so the table's values need no roots.
struct MergedConstants {
  absl::flat_hash_map<std::string, Value> by_key;
};
thread_local MergedConstants* merged_constants = nullptr;

void AppendKeyPart(std::string* key, char kind, std::string_view payload) {
  uint64_t size = payload.size();
  key->push_back(kind);
  key->append(reinterpret_cast<const char*>(&size), sizeof(size));
  key->append(payload);
}

std::string_view DoubleBits(const double& d) {
  return std::string_view(reinterpret_cast<const char*>(&d), sizeof(d));
}

// The merge key of `c` (its kind and value, a tuple's or frozenset's
// items' keys in order), or false for code, which is not merged. The
// singletons are one object anyway; their keys serve the tuples that hold
// them.
bool ConstantKey(const Constant& c, std::string* key) {
  switch (c.kind) {
    case Constant::Kind::kNone:
      AppendKeyPart(key, 'n', "");
      return true;
    case Constant::Kind::kBool:
      AppendKeyPart(key, c.bool_value ? 'T' : 'F', "");
      return true;
    case Constant::Kind::kEllipsis:
      AppendKeyPart(key, 'e', "");
      return true;
    case Constant::Kind::kInt:
      AppendKeyPart(key, 'i', c.text);
      return true;
    case Constant::Kind::kFloat:
      AppendKeyPart(key, 'f', DoubleBits(c.number));
      return true;
    case Constant::Kind::kComplex:
      AppendKeyPart(key, 'c', DoubleBits(c.number));
      AppendKeyPart(key, 'j', DoubleBits(c.imag));
      return true;
    case Constant::Kind::kStr:
      AppendKeyPart(key, 's', c.text);
      return true;
    case Constant::Kind::kBytes:
      AppendKeyPart(key, 'b', c.text);
      return true;
    case Constant::Kind::kTuple:
    case Constant::Kind::kFrozenset: {
      std::string items;
      for (const Constant& item : c.items) {
        if (!ConstantKey(item, &items)) return false;
      }
      AppendKeyPart(key, c.kind == Constant::Kind::kTuple ? 't' : 'z', items);
      return true;
    }
    case Constant::Kind::kCode:
      return false;
  }
  return false;
}

absl::StatusOr<Value> LoadConstantOnce(Interp& vm, const Constant& c, CodeOrigin origin,
                                       const std::shared_ptr<const std::string>& source);

absl::StatusOr<Value> LoadConstant(Interp& vm, const Constant& c, CodeOrigin origin,
                                   const std::shared_ptr<const std::string>& source) {
  std::string key;
  if (merged_constants == nullptr || !ConstantKey(c, &key)) {
    return LoadConstantOnce(vm, c, origin, source);
  }
  auto found = merged_constants->by_key.find(key);
  if (found != merged_constants->by_key.end()) return found->second;
  absl::StatusOr<Value> v = LoadConstantOnce(vm, c, origin, source);
  if (v.ok()) merged_constants->by_key.emplace(std::move(key), *v);
  return v;
}

absl::StatusOr<Value> LoadConstantOnce(Interp& vm, const Constant& c, CodeOrigin origin,
                                       const std::shared_ptr<const std::string>& source) {
  switch (c.kind) {
    case Constant::Kind::kNone:
      return Value::None();
    case Constant::Kind::kBool:
      return Value::Bool(c.bool_value);
    case Constant::Kind::kEllipsis:
      return Value::Ellipsis();
    case Constant::Kind::kInt: {
      Value v = IntFromString(vm, c.text, 0);
      if (v.is_null()) {
        vm.ClearException();
        return absl::InvalidArgumentError("invalid code image: bad int constant");
      }
      return v;
    }
    case Constant::Kind::kFloat: {
      Value v = NewFloat(vm, c.number);
      if (v.is_null()) return PendingToStatus(vm, "a float constant");
      return v;
    }
    case Constant::Kind::kStr: {
      size_t length;
      bool ascii;
      if (!CountUtf8(c.text, &length, &ascii)) {
        return absl::InvalidArgumentError("invalid code image: str constant is not UTF-8");
      }
      // CPython interns the constants made of name characters only (ASCII
      // letters, digits, `_`): `x is "name"` holds across code objects,
      // and getattr(o, "name") or a dict keyed by such constants finds the
      // interned key by identity.
      bool name_like = std::all_of(c.text.begin(), c.text.end(), [](char ch) {
        return absl::ascii_isalnum(static_cast<unsigned char>(ch)) || ch == '_';
      });
      StrObject* s = name_like ? vm.Intern(std::string_view(c.text)) : NewStr(vm, c.text);
      if (s == nullptr) return PendingToStatus(vm, "a str constant");
      return Value::FromObject(s);
    }
    case Constant::Kind::kBytes: {
      Value v = NewBytesValue(vm, c.text);
      if (v.is_null()) return PendingToStatus(vm, "a bytes constant");
      return v;
    }
    case Constant::Kind::kComplex: {
      Value v = NewComplex(vm, c.number, c.imag);
      if (v.is_null()) return PendingToStatus(vm, "a complex constant");
      return v;
    }
    case Constant::Kind::kTuple: {
      TupleObject* t = NewTuple(vm, c.items.size());
      if (t == nullptr) return PendingToStatus(vm, "a tuple constant");
      // Keep the tuple reachable while its items load.
      vm.AddWorldRoot(t);
      for (size_t i = 0; i < c.items.size(); ++i) {
        absl::StatusOr<Value> item = LoadConstant(vm, c.items[i], origin, source);
        if (!item.ok()) return item.status();
        t->items[i] = *item;
      }
      return Value::FromObject(t);
    }
    case Constant::Kind::kFrozenset: {
      SetObject* s = NewSet(vm, &kFrozenSetType);
      if (s == nullptr) return PendingToStatus(vm, "a frozenset constant");
      vm.AddWorldRoot(s);
      // The items load into a (rooted) tuple first, then go to the slots
      // CPython's table had when the image carries a layout moat can use
      // (SetFromLayout checks it), else are added in order.
      TupleObject* items = NewTuple(vm, c.items.size());
      if (items == nullptr) return PendingToStatus(vm, "a frozenset constant");
      Value items_value = Value::FromObject(items);
      RootScope roots(vm);
      roots.Add(&items_value);
      for (size_t i = 0; i < c.items.size(); ++i) {
        absl::StatusOr<Value> v = LoadConstant(vm, c.items[i], origin, source);
        if (!v.ok()) return v.status();
        items->items[i] = *v;
      }
      if (c.set_slots.size() == c.items.size() && !c.items.empty()) {
        std::vector<size_t> slots(c.set_slots.begin(), c.set_slots.end());
        int placed = SetFromLayout(vm, s, static_cast<size_t>(c.set_mask), items->items,
                                   slots.data(), slots.size());
        if (placed < 0) return PendingToStatus(vm, "a frozenset constant");
        if (placed > 0) return Value::FromObject(s);
      }
      for (size_t i = 0; i < c.items.size(); ++i) {
        if (SetAdd(vm, s, items->items[i]) < 0) {
          return PendingToStatus(vm, "a frozenset constant");
        }
      }
      return Value::FromObject(s);
    }
    case Constant::Kind::kCode: {
      if (c.code == nullptr) return absl::InvalidArgumentError("invalid code image: null code");
      absl::StatusOr<CodeObject*> code = LoadCode(vm, c.code, source, origin);
      if (!code.ok()) return code.status();
      return Value::FromObject(*code);
    }
  }
  return absl::InvalidArgumentError("invalid code image: unknown constant kind");
}

// A loaded code object is a world root, and it and everything it refers
// to (its names, its constants: strs, numbers, bytes, tuples and
// frozensets of them, nested code) never change: pinned, they are never
// traced again, which spared each collection most of its marking in a
// script that imports a few modules. Called once the code is complete,
// between collections, when only pinned objects are marked, so
// GcTracer::Children yields exactly the objects not pinned yet.
// When `log` is given, it receives each object pinned here.
void PinCodeGraph(CodeObject* code, std::vector<Object*>* log) {
  std::vector<Object*> stack;
  Heap::Pin(code);
  if (log != nullptr) log->push_back(code);
  GcTracer::Children(code, &stack);
  while (!stack.empty()) {
    Object* o = stack.back();
    stack.pop_back();
    if (Heap::IsMarked(o)) continue;  // met twice
    Heap::Pin(o);
    if (log != nullptr) log->push_back(o);
    GcTracer::Children(o, &stack);
  }
}

// The objects the current LoadProgram's loads pin, or null.
thread_local std::vector<Object*>* program_pins = nullptr;

// Unpins what loading `program` pinned, so the collector traces it again
// and frees what nothing refers to, and drops its world roots (the code
// and the constant tuples the loader rooted, when no collection has
// erased them yet). Strs interned since (sys.intern) stay pinned, as
// every interned str lives as long as the interpreter. The singletons a
// load may hand out (the empty tuple, str and bytes, the one-character
// strs and bytes) were pinned when made, so no program's pins include them.
void ForgetProgram(Interp& vm, Interp::LoadedProgram* program) {
  for (Object* o : program->pinned) {
    if (o->type == &kStrType && static_cast<StrObject*>(o)->interned) continue;
    Heap::Unpin(o);
  }
  vm.DropWorldRoots(program->pinned);
}

absl::StatusOr<StrObject*> InternChecked(Interp& vm, const std::string& text) {
  size_t length;
  bool ascii;
  if (!CountUtf8(text, &length, &ascii)) {
    return absl::InvalidArgumentError("invalid code image: name is not UTF-8");
  }
  StrObject* s = vm.Intern(text);
  if (s == nullptr) {
    vm.ClearException();
    return absl::ResourceExhaustedError("could not load a name: out of memory");
  }
  return s;
}

}  // namespace

absl::StatusOr<CodeObject*> LoadCode(Interp& vm, const std::shared_ptr<const CodeImage>& image,
                                     const std::shared_ptr<const std::string>& source,
                                     CodeOrigin origin) {
  // The outermost call loads a program's top level (see VerifyProgram);
  // nested code constants load through recursive calls.
  static thread_local int nesting = 0;
  absl::Status verified = nesting == 0 ? VerifyProgram(*image) : VerifyCode(*image);
  if (!verified.ok()) return verified;
  struct Nesting {
    Nesting() { ++nesting; }
    ~Nesting() { --nesting; }
  } nested_loads;
  // The program's merged constants live as long as its outermost load.
  MergedConstants program_constants;
  struct MergeScope {
    bool owner;
    explicit MergeScope(MergedConstants* table) : owner(merged_constants == nullptr) {
      if (owner) merged_constants = table;
    }
    ~MergeScope() {
      if (owner) merged_constants = nullptr;
    }
  } merge_scope(&program_constants);
  auto table = DecodeExceptionTable(image->exception_table);
  if (!table.ok()) return table.status();

  CodeObject* code = vm.New<CodeObject>(&kCodeType);
  if (code == nullptr) return PendingToStatus(vm, "code");
  code->ctype_owner = nullptr;
  vm.AddWorldRoot(code);
  size_t data_bytes = sizeof(CodeObject::Data) + image->code.size() * sizeof(uint16_t) +
                      table->size() * sizeof(ExceptionTableEntry) +
                      image->locations.size() * sizeof(int32_t);
  if (!vm.heap().Charge(data_bytes)) return PendingToStatus(vm, "code");
  code->data = new CodeObject::Data{image, source, image->code, std::move(*table), {}, {}};
  code->data_bytes = data_bytes;
  MarkInPlaceAppends(*image, code->data->exception_table, &code->data->code);
  // The caches are this interpreter's, like the instructions they are
  // numbered in: a Program's image is shared, its CodeObjects are not.
  uint32_t sites =
      AssignInlineCaches(&code->data->code, static_cast<uint32_t>(image->names.size()));
  if (!vm.heap().Charge(sites * sizeof(InlineCache))) return PendingToStatus(vm, "code");
  code->data_bytes += sites * sizeof(InlineCache);
  code->data->inline_caches.resize(sites);
  code->data->lines.reserve(image->locations.size());
  for (const SourceLocation& loc : image->locations) code->data->lines.push_back(loc.line);

  auto name = InternChecked(vm, image->name);
  if (!name.ok()) return name.status();
  code->name = *name;
  auto qualname = InternChecked(vm, image->qualname.empty() ? image->name : image->qualname);
  if (!qualname.ok()) return qualname.status();
  code->qualname = *qualname;
  auto filename = InternChecked(vm, image->filename);
  if (!filename.ok()) return filename.status();
  code->filename = *filename;

  code->names = NewTuple(vm, image->names.size());
  if (code->names == nullptr) return PendingToStatus(vm, "names");
  for (size_t i = 0; i < image->names.size(); ++i) {
    auto s = InternChecked(vm, image->names[i]);
    if (!s.ok()) return s.status();
    code->names->items[i] = Value::FromObject(*s);
  }
  code->localsplus_names = NewTuple(vm, image->localsplus_names.size());
  if (code->localsplus_names == nullptr) return PendingToStatus(vm, "names");
  int32_t ncells = 0, nfrees = 0;
  for (size_t i = 0; i < image->localsplus_names.size(); ++i) {
    auto s = InternChecked(vm, image->localsplus_names[i]);
    if (!s.ok()) return s.status();
    code->localsplus_names->items[i] = Value::FromObject(*s);
    uint8_t kind = image->localsplus_kinds[i];
    if (kind & kLocalKindFree) ++nfrees;
    else if ((kind & kLocalKindCell) && !(kind & kLocalKindLocal)) ++ncells;
  }
  code->consts = NewTuple(vm, image->consts.size());
  if (code->consts == nullptr) return PendingToStatus(vm, "constants");
  for (size_t i = 0; i < image->consts.size(); ++i) {
    absl::StatusOr<Value> v = LoadConstant(vm, image->consts[i], origin, source);
    if (!v.ok()) return v.status();
    code->consts->items[i] = *v;
  }
  code->nlocalsplus = static_cast<int32_t>(image->localsplus_names.size());
  code->nlocals = code->nlocalsplus - ncells - nfrees;
  code->ncells = ncells;
  code->nfrees = nfrees;
  code->stack_size = image->stack_size + 1;  // +1: see RETURN_GENERATOR in the verifier
  code->flags = image->flags;
  code->arg_count = image->arg_count;
  code->posonly_arg_count = image->posonly_arg_count;
  code->kwonly_arg_count = image->kwonly_arg_count;
  code->first_line = image->first_line;
  code->frame_bytes = FrameSize(code);
  code->origin = origin;
  // Moat's own modules start specialized: where CPython has their code in
  // C, their natives take CPython's recursion steps themselves.
  code->warmup_steps = origin == CodeOrigin::kMoatModule ? CodeObject::kWarmupSteps : 0;
  PinCodeGraph(code, program_pins);
  return code;
}

absl::StatusOr<CodeObject*> LoadProgram(Interp& vm, const std::shared_ptr<const CodeImage>& image,
                                        const std::string& source) {
  std::vector<Interp::LoadedProgram>& programs = vm.loaded_programs();
  for (Interp::LoadedProgram& p : programs) {
    if (p.image == image) {
      p.last_run = vm.NextProgramRun();
      return p.code;
    }
  }
  if (programs.size() >= kLoadedProgramCapacity) {
    auto oldest = std::min_element(
        programs.begin(), programs.end(),
        [](const auto& a, const auto& b) { return a.last_run < b.last_run; });
    ForgetProgram(vm, &*oldest);
    programs.erase(oldest);
  }
  std::vector<Object*> pinned;
  program_pins = &pinned;
  absl::StatusOr<CodeObject*> code =
      LoadCode(vm, image, std::make_shared<const std::string>(source));
  program_pins = nullptr;
  if (!code.ok()) {
    Interp::LoadedProgram partial{image, nullptr, std::move(pinned), 0};
    ForgetProgram(vm, &partial);
    return code.status();
  }
  programs.push_back({image, *code, std::move(pinned), vm.NextProgramRun()});
  return *code;
}

}  // namespace moat::vm
