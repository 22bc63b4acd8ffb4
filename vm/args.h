// Argument parsing for native functions, from a declarative signature in
// Python syntax, e.g.
//
//   static const ArgSpec kSortedSpec("sorted(iterable, /, *, key=None, reverse=False)");
//   Value out[3];
//   if (!ParseArgs(vm, kSortedSpec, args, out)) return Value::Null();
//
// A parameter written with "=..." is optional; the default text is for
// documentation only: a parameter that was not passed is left as
// Value::Null() in `out`, and the function applies its own default. "/" ends
// positional-only parameters, "*" starts keyword-only ones, "*args" collects
// extra positionals into a tuple (one out slot), "**kwargs" collects extra
// keywords into a dict (one out slot).
//
// Errors use CPython's argument-clinic texts ("sorted expected 1 argument,
// got 0", "'x' is an invalid keyword argument for print()", ...). A method's
// signature may name its type ("int.__round__(ndigits=None, /)"): CPython's
// method descriptor says "int.__round__() takes no keyword arguments", while
// the clinic's own texts use the bare name ("__round__ expected at most 1
// argument, got 2").
#ifndef MOAT_VM_ARGS_H_
#define MOAT_VM_ARGS_H_

#include <string>
#include <vector>

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

struct FunctionObject;  // vm/objects/function.h

// Whose texts a mismatched call raises: Argument Clinic's (a C function's),
// or a Python function's (the native stands in for one CPython writes in
// Python, such as re.search: "search() missing 1 required positional
// argument: 'string'", "search() got an unexpected keyword argument 'pos'").
// kPython takes no '/', '*args' or '**kwargs'.
enum class ArgErrors { kClinic, kPython };

class ArgSpec {
 public:
  explicit ArgSpec(const char* signature, ArgErrors errors = ArgErrors::kClinic);

  const std::string& name() const { return name_; }
  const std::string& qualname() const { return qualname_; }
  size_t slot_count() const { return params_.size(); }
  bool takes_keywords() const { return accepts_keywords_ || has_star_kwargs_; }

 private:
  friend bool ParseArgs(Interp&, const ArgSpec&, CallArgs, Value*);
  friend bool ParseArgsAsPython(Interp&, const ArgSpec&, CallArgs, Value*);
  struct Param {
    std::string name;
    bool optional = false;
    bool positional_only = false;
    bool keyword_only = false;
    bool star_args = false;
    bool star_kwargs = false;
  };
  std::string name_;      // without the type: "__round__"
  std::string qualname_;  // with it, when the signature gives one: "int.__round__"
  std::vector<Param> params_;
  size_t max_positional_ = 0;   // params that can be given by position
  size_t min_positional_ = 0;   // required positional params
  bool has_star_args_ = false;
  bool has_star_kwargs_ = false;
  bool accepts_keywords_ = false;
  ArgErrors errors_ = ArgErrors::kClinic;
};

// Fills out[0..spec.slot_count()); false with TypeError pending on mismatch.
bool ParseArgs(Interp& vm, const ArgSpec& spec, CallArgs args, Value* out);

// Quick checks for functions that parse by hand.
// "name() takes no keyword arguments"
bool CheckNoKeywords(Interp& vm, CallArgs args, const char* name);
// "name() takes at most 2 keyword arguments (3 given)": the first check of
// PyArg_ParseTupleAndKeywords over an empty tuple and the keywords, which
// min(), max() and zip() make before they look at the names.
bool CheckKeywordCount(Interp& vm, CallArgs args, const char* name, size_t max);
// "name expected at least 1 argument, got 0" / "... at most 2 arguments, got 3"
bool CheckPositionalCount(Interp& vm, CallArgs args, const char* name, size_t min, size_t max);
// Both, for a positional-only function: no keywords, then the count.
bool CheckPositionalOnly(Interp& vm, CallArgs args, const char* name, size_t min, size_t max);
// PyArg_ParseTuple's count texts: "index() takes at least 1 argument (0
// given)", "insert() takes exactly 2 arguments (1 given)".
bool CheckGetargsCount(Interp& vm, CallArgs args, const char* name, size_t min, size_t max);

// For a Python function of moat's modules marked kCodeFlagCSignature whose
// arguments did not bind (a TypeError pending): replaces that error with the
// one CPython's C function of the same signature raises, as Argument Clinic
// would generate it. A method (a qualname with a dot) is checked without its
// first parameter, the bound self; no parameters left is METH_NOARGS ("X()
// takes no arguments (1 given)"), one required positional-only parameter is
// METH_O ("X() takes exactly one argument (0 given)"), anything else is
// parsed as ParseArgs parses a signature, but for only `*args`, a
// METH_VARARGS function that refuses keywords naming its bare qualname. X is
// CPython's function string:
// the qualname, prefixed by the module for a module-level function
// ("_heapq.heappop"). With kCodeFlagCGetargs, the counts are
// PyArg_ParseTuple's texts instead; with kCodeFlagCGetargsKeywords,
// PyArg_ParseTupleAndKeywords's (named by the bare function name). Leaves the pending error when the C
// rules would accept the call. Always returns false.
bool RaiseCSignatureError(Interp& vm, FunctionObject* f, CallArgs args);

}  // namespace moat::vm

#endif  // MOAT_VM_ARGS_H_
