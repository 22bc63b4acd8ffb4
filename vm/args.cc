// Declarative argument parsing for native functions (see args.h).
#include "vm/args.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "vm/gc.h"
#include "vm/objects/dict.h"
#include "vm/objects/function.h"
#include "vm/objects/exception.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"

namespace moat::vm {

ArgSpec::ArgSpec(const char* signature, ArgErrors errors) : errors_(errors) {
  std::string_view s(signature);
  size_t open = s.find('(');
  qualname_ = std::string(s.substr(0, open));
  size_t dot = qualname_.rfind('.');
  name_ = dot == std::string::npos ? qualname_ : qualname_.substr(dot + 1);
  std::string_view params = s.substr(open + 1, s.rfind(')') - open - 1);
  bool keyword_only = false;
  std::vector<Param> parsed;
  size_t posonly_end = std::string::npos;
  while (!params.empty()) {
    size_t comma = params.find(',');
    std::string_view p = params.substr(0, comma);
    params = comma == std::string_view::npos ? std::string_view() : params.substr(comma + 1);
    while (!p.empty() && p.front() == ' ') p.remove_prefix(1);
    while (!p.empty() && p.back() == ' ') p.remove_suffix(1);
    if (p.empty()) continue;
    if (p == "/") {
      posonly_end = parsed.size();
      continue;
    }
    if (p == "*") {
      keyword_only = true;
      continue;
    }
    Param param;
    if (p.substr(0, 2) == "**") {
      param.star_kwargs = true;
      p.remove_prefix(2);
      has_star_kwargs_ = true;
    } else if (p.substr(0, 1) == "*") {
      param.star_args = true;
      p.remove_prefix(1);
      keyword_only = true;
      has_star_args_ = true;
    }
    size_t eq = p.find('=');
    if (eq != std::string_view::npos) {
      param.optional = true;
      p = p.substr(0, eq);
    }
    param.name = std::string(p);
    param.keyword_only = keyword_only && !param.star_args && !param.star_kwargs;
    parsed.push_back(param);
  }
  for (size_t i = 0; i < parsed.size(); ++i) {
    Param& p = parsed[i];
    if (posonly_end != std::string::npos && i < posonly_end) p.positional_only = true;
    if (!p.keyword_only && !p.star_args && !p.star_kwargs) {
      ++max_positional_;
      if (!p.optional) ++min_positional_;
    }
    if (!p.positional_only && !p.star_args && !p.star_kwargs) accepts_keywords_ = true;
  }
  params_ = std::move(parsed);
}

namespace {

std::string Plural(size_t n, const char* word) {
  return StrCat(n, " ", word, n == 1 ? "" : "s");
}

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'": the names a Python function's
// missing-argument error lists.
std::string QuotedNames(const std::vector<std::string_view>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    StrAppend(&out, "'", names[i], "'");
  }
  return out;
}

}  // namespace

// ParseArgs for ArgErrors::kPython: binds as a Python function of the same
// signature, in the order CPython checks (keywords, then too many
// positionals, then missing ones).
bool ParseArgsAsPython(Interp& vm, const ArgSpec& spec, CallArgs args, Value* out) {
  const auto& params = spec.params_;
  const std::string& fname = spec.name_;
  size_t n_positional = spec.max_positional_;
  for (size_t i = 0; i < params.size() && i < args.nargs && i < n_positional; ++i) {
    out[i] = args.args[i];
  }
  for (size_t k = 0; k < args.nkwargs(); ++k) {
    Value name = args.kwnames->items[k];
    if (!IsStr(name)) {
      vm.RaiseTypeError("keywords must be strings");
      return false;
    }
    std::string_view key = As<StrObject>(name)->view();
    size_t i = 0;
    while (i < params.size() && params[i].name != key) ++i;
    if (i == params.size()) {
      vm.RaiseFormat(&kTypeErrorType, "%s() got an unexpected keyword argument '%s'", fname,
                     std::string(key));
      return false;
    }
    if (!out[i].is_null()) {
      vm.RaiseFormat(&kTypeErrorType, "%s() got multiple values for argument '%s'", fname,
                     std::string(key));
      return false;
    }
    out[i] = args.args[args.nargs + k];
  }
  if (args.nargs > n_positional) {
    size_t kw_given = 0;
    for (size_t i = n_positional; i < params.size(); ++i) kw_given += out[i].is_null() ? 0 : 1;
    std::string takes =
        spec.min_positional_ < n_positional
            ? StrCat("from ", spec.min_positional_, " to ", n_positional, " positional arguments")
            : Plural(n_positional, "positional argument");
    std::string keyword_part =
        kw_given == 0 ? ""
                      : StrCat(" positional argument", args.nargs == 1 ? "" : "s", " (and ",
                               Plural(kw_given, "keyword-only argument"), ")");
    vm.RaiseFormat(&kTypeErrorType, "%s() takes %s but %d%s %s given", fname, takes, args.nargs,
                   keyword_part, (args.nargs == 1 && kw_given == 0) ? "was" : "were");
    return false;
  }
  for (bool keyword_only : {false, true}) {
    std::vector<std::string_view> missing;
    for (size_t i = 0; i < params.size(); ++i) {
      if (params[i].keyword_only == keyword_only && !params[i].optional && out[i].is_null()) {
        missing.push_back(params[i].name);
      }
    }
    if (missing.empty()) continue;
    vm.RaiseFormat(&kTypeErrorType, "%s() missing %d required %s argument%s: %s", fname,
                   missing.size(), keyword_only ? "keyword-only" : "positional",
                   missing.size() == 1 ? "" : "s", QuotedNames(missing));
    return false;
  }
  return true;
}

bool ParseArgs(Interp& vm, const ArgSpec& spec, CallArgs args, Value* out) {
  const auto& params = spec.params_;
  for (size_t i = 0; i < params.size(); ++i) out[i] = Value::Null();
  if (spec.errors_ == ArgErrors::kPython) return ParseArgsAsPython(vm, spec, args, out);
  const std::string& fname = spec.name_;
  size_t nkw = args.nkwargs();
  if (nkw > 0 && !spec.accepts_keywords_ && !spec.has_star_kwargs_) {
    vm.RaiseFormat(&kTypeErrorType, "%s() takes no keyword arguments", spec.qualname_);
    return false;
  }
  // Positional arguments.
  size_t pos_index = 0;
  size_t star_args_slot = SIZE_MAX;
  for (size_t i = 0; i < params.size(); ++i) {
    if (params[i].star_args) star_args_slot = i;
  }
  size_t n_fixed = spec.max_positional_;
  if (!spec.accepts_keywords_) {
    if (args.nargs > n_fixed && star_args_slot == SIZE_MAX) {
      vm.RaiseFormat(&kTypeErrorType, "%s expected %s%s, got %d", fname,
                     spec.min_positional_ == n_fixed ? "" : "at most ",
                     Plural(n_fixed, "argument"), args.nargs);
      return false;
    }
  } else if (star_args_slot == SIZE_MAX && !spec.has_star_kwargs_) {
    // The order of checks of CPython's _PyArg_UnpackKeywords (getargs.c).
    size_t maxargs = 0;
    size_t posonly = 0;
    for (const auto& p : params) {
      if (!p.star_args && !p.star_kwargs) ++maxargs;
      if (p.positional_only) ++posonly;
    }
    if (args.nargs + nkw > maxargs) {
      vm.RaiseFormat(&kTypeErrorType, "%s() takes at most %d %sargument%s (%d given)", fname,
                     maxargs, args.nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s",
                     args.nargs + nkw);
      return false;
    }
    if (args.nargs > n_fixed) {
      if (n_fixed == 0) {
        vm.RaiseFormat(&kTypeErrorType, "%s() takes no positional arguments", fname);
      } else {
        vm.RaiseFormat(&kTypeErrorType, "%s() takes %s %d positional argument%s (%d given)", fname,
                       spec.min_positional_ < n_fixed ? "at most" : "exactly", n_fixed,
                       n_fixed == 1 ? "" : "s", args.nargs);
      }
      return false;
    }
    size_t min_posonly = std::min(posonly, spec.min_positional_);
    if (args.nargs < min_posonly) {
      vm.RaiseFormat(&kTypeErrorType, "%s() takes %s %d positional argument%s (%d given)", fname,
                     min_posonly < n_fixed ? "at least" : "exactly", min_posonly,
                     min_posonly == 1 ? "" : "s", args.nargs);
      return false;
    }
  } else if (args.nargs > n_fixed && star_args_slot == SIZE_MAX) {
    vm.RaiseFormat(&kTypeErrorType, "%s() takes at most %s (%d given)", fname,
                   Plural(n_fixed, "argument"), args.nargs);
    return false;
  }
  for (size_t i = 0; i < params.size() && pos_index < args.nargs; ++i) {
    if (params[i].keyword_only || params[i].star_kwargs) continue;
    if (params[i].star_args) break;
    out[i] = args.args[pos_index++];
  }
  if (star_args_slot != SIZE_MAX) {
    size_t extra = args.nargs > pos_index ? args.nargs - pos_index : 0;
    TupleObject* t = NewTupleFrom(vm, args.args + pos_index, extra);
    if (t == nullptr) return false;
    out[star_args_slot] = Value::FromObject(t);
  }
  // Keyword arguments.
  DictObject* kwargs = nullptr;
  size_t kwargs_slot = SIZE_MAX;
  for (size_t i = 0; i < params.size(); ++i) {
    if (params[i].star_kwargs) kwargs_slot = i;
  }
  std::string deferred_error;
  for (size_t k = 0; k < nkw; ++k) {
    StrObject* key = As<StrObject>(args.kwnames->items[k]);
    Value value = args.args[args.nargs + k];
    bool matched = false;
    for (size_t i = 0; i < params.size(); ++i) {
      const auto& p = params[i];
      if (p.positional_only || p.star_args || p.star_kwargs) continue;
      if (key->view() != p.name) continue;
      if (!out[i].is_null()) {
        // Reported after missing arguments, as CPython orders its checks.
        if (deferred_error.empty()) {
          deferred_error = StrCat("argument for ", fname, "() given by name ('", p.name,
                                  "') and position (", i + 1, ")");
        }
        matched = true;
        break;
      }
      out[i] = value;
      matched = true;
      break;
    }
    if (matched) continue;
    if (kwargs_slot != SIZE_MAX) {
      if (kwargs == nullptr) {
        kwargs = NewDict(vm);
        if (kwargs == nullptr) return false;
        out[kwargs_slot] = Value::FromObject(kwargs);
      }
      if (DictSet(vm, kwargs, Value::FromObject(key), value) < 0) return false;
      continue;
    }
    if (deferred_error.empty()) {
      deferred_error =
          StrCat("'", key->view(), "' is an invalid keyword argument for ", fname, "()");
    }
  }
  if (kwargs_slot != SIZE_MAX && kwargs == nullptr) {
    kwargs = NewDict(vm);
    if (kwargs == nullptr) return false;
    out[kwargs_slot] = Value::FromObject(kwargs);
  }
  // Required parameters.
  for (size_t i = 0; i < params.size(); ++i) {
    const auto& p = params[i];
    if (p.optional || p.star_args || p.star_kwargs || !out[i].is_null()) continue;
    if (!spec.accepts_keywords_) {
      if (spec.min_positional_ == spec.max_positional_) {
        vm.RaiseFormat(&kTypeErrorType, "%s expected %s, got %d", fname,
                       Plural(spec.max_positional_, "argument"), args.nargs);
      } else {
        vm.RaiseFormat(&kTypeErrorType, "%s expected at least %s, got %d", fname,
                       Plural(spec.min_positional_, "argument"), args.nargs);
      }
      return false;
    }
    if (p.keyword_only) {
      vm.RaiseFormat(&kTypeErrorType, "%s() missing required keyword-only argument: '%s'", fname,
                     p.name);
    } else {
      vm.RaiseFormat(&kTypeErrorType, "%s() missing required argument '%s' (pos %d)", fname,
                     p.name, i + 1);
    }
    return false;
  }
  if (!deferred_error.empty()) {
    vm.RaiseTypeError(deferred_error);
    return false;
  }
  return true;
}

bool CheckNoKeywords(Interp& vm, CallArgs args, const char* name) {
  if (args.nkwargs() == 0) return true;
  vm.RaiseFormat(&kTypeErrorType, "%s() takes no keyword arguments", name);
  return false;
}

bool CheckGetargsCount(Interp& vm, CallArgs args, const char* name, size_t min, size_t max) {
  if (args.nargs >= min && args.nargs <= max) return true;
  const char* bound = min == max ? "exactly" : args.nargs < min ? "at least" : "at most";
  size_t n = args.nargs < min ? min : max;
  vm.RaiseFormat(&kTypeErrorType, "%s() takes %s %d argument%s (%d given)", name, bound, n,
                 n == 1 ? "" : "s", args.nargs);
  return false;
}

bool CheckKeywordCount(Interp& vm, CallArgs args, const char* name, size_t max) {
  size_t nkw = args.nkwargs();
  if (nkw <= max) return true;
  vm.RaiseFormat(&kTypeErrorType, "%s() takes at most %d keyword argument%s (%d given)", name, max,
                 max == 1 ? "" : "s", nkw);
  return false;
}

bool CheckPositionalOnly(Interp& vm, CallArgs args, const char* name, size_t min, size_t max) {
  return CheckNoKeywords(vm, args, name) && CheckPositionalCount(vm, args, name, min, max);
}

bool CheckPositionalCount(Interp& vm, CallArgs args, const char* name, size_t min, size_t max) {
  if (args.nargs < min) {
    if (min == max) {
      vm.RaiseFormat(&kTypeErrorType, "%s expected %s, got %d", name, Plural(min, "argument"),
                     args.nargs);
    } else {
      vm.RaiseFormat(&kTypeErrorType, "%s expected at least %s, got %d", name,
                     Plural(min, "argument"), args.nargs);
    }
    return false;
  }
  if (args.nargs > max) {
    if (min == max) {
      vm.RaiseFormat(&kTypeErrorType, "%s expected %s, got %d", name, Plural(max, "argument"),
                     args.nargs);
    } else {
      vm.RaiseFormat(&kTypeErrorType, "%s expected at most %s, got %d", name,
                     Plural(max, "argument"), args.nargs);
    }
    return false;
  }
  return true;
}

bool RaiseCSignatureError(Interp& vm, FunctionObject* f, CallArgs args) {
  CodeObject* co = f->code;
  std::string_view qualname = f->qualname->view();
  bool is_method = qualname.find('.') != std::string_view::npos;
  // Limit errors stay; so does a call without self, whose text a method
  // descriptor would word differently.
  if (!vm.ExceptionMatches(&kTypeErrorType)) return false;
  if (is_method && args.nargs == 0) return false;
  // A keyword that is not a str keeps BindArguments' "keywords must be
  // strings"; the texts below read every keyword as a str.
  for (size_t k = 0; k < args.nkwargs(); ++k) {
    if (!IsStr(args.kwnames->items[k])) return false;
  }
  std::string funcstr(qualname);
  if (!is_method && IsStr(f->module) && As<StrObject>(f->module)->view() != "builtins") {
    funcstr = StrCat(As<StrObject>(f->module)->view(), ".", qualname);
  }
  // A C type's __init__ or __new__ parses its arguments under the type's
  // name ("StringIO() takes at most 2 arguments (3 given)").
  std::string type_name;
  for (std::string_view suffix : {std::string_view(".__init__"), std::string_view(".__new__")}) {
    if (is_method && qualname.size() > suffix.size() &&
        qualname.substr(qualname.size() - suffix.size()) == suffix) {
      std::string_view owner = qualname.substr(0, qualname.size() - suffix.size());
      type_name = std::string(owner.substr(owner.rfind('.') + 1));
      funcstr = type_name;
    }
  }
  CallArgs rest = args;
  if (is_method) {
    ++rest.args;
    --rest.nargs;
  }
  size_t first = is_method ? 1 : 0;
  size_t argcount = static_cast<size_t>(co->arg_count);
  size_t posonly = static_cast<size_t>(co->posonly_arg_count);
  size_t kwonly = static_cast<size_t>(co->kwonly_arg_count);
  bool varargs = (co->flags & kCodeFlagVarargs) != 0;
  bool varkw = (co->flags & kCodeFlagVarkeywords) != 0;
  size_t defcount = f->defaults != nullptr ? f->defaults->size : 0;
  size_t params = argcount + kwonly - first;
  auto name_at = [&](size_t i) { return As<StrObject>(co->localsplus_names->items[i])->view(); };
  if (varargs && !varkw && params == 0) {
    // Only *args: METH_VARARGS, which parses by hand; cfunction_call names
    // the bare function when it refuses keywords.
    if (rest.nkwargs() > 0) {
      vm.RaiseFormat(&kTypeErrorType, "%s() takes no keyword arguments", qualname);
    }
    return false;
  }
  if ((co->flags & kCodeFlagCGetargs) != 0 && !varkw && kwonly == 0) {
    // vgetargs1_impl: positional only, counted against min and max.
    if (rest.nkwargs() > 0) {
      vm.RaiseFormat(&kTypeErrorType, "%s() takes no keyword arguments", funcstr);
      return false;
    }
    size_t max = argcount - first;
    size_t min = argcount - std::min(defcount, argcount) - first;
    if (rest.nargs >= min && (varargs || rest.nargs <= max)) return false;
    bool too_few = rest.nargs < min;
    size_t bound = too_few ? min : max;
    vm.RaiseFormat(&kTypeErrorType, "%s() takes %s %d argument%s (%d given)",
                   type_name.empty() ? f->name->view() : type_name,
                   min == max ? "exactly" : too_few ? "at least" : "at most", bound,
                   bound == 1 ? "" : "s", rest.nargs);
    return false;
  }
  if ((co->flags & kCodeFlagCGetargsKeywords) != 0 && !varargs && !varkw && kwonly == 0) {
    // vgetargskeywords: every parameter by position or by name (none
    // positional-only), in this order of checks.
    size_t len = argcount - first;
    size_t min = len - std::min(defcount, len);
    size_t nkw = rest.nkwargs();
    auto kw_at = [&](size_t k) { return As<StrObject>(rest.kwnames->items[k])->view(); };
    auto keyword_given = [&](std::string_view name) {
      for (size_t k = 0; k < nkw; ++k) {
        if (kw_at(k) == name) return true;
      }
      return false;
    };
    std::string_view fname = type_name.empty() ? f->name->view() : type_name;
    if (rest.nargs + nkw > len) {
      vm.RaiseFormat(&kTypeErrorType, "%s() takes at most %d %sargument%s (%d given)", fname, len,
                     rest.nargs == 0 ? "keyword " : "", len == 1 ? "" : "s", rest.nargs + nkw);
      return false;
    }
    size_t unused = nkw;
    for (size_t i = rest.nargs; i < len; ++i) {
      if (keyword_given(name_at(first + i))) {
        --unused;
      } else if (i < min) {
        vm.RaiseFormat(&kTypeErrorType, "%s() missing required argument '%s' (pos %d)", fname,
                       name_at(first + i), i + 1);
        return false;
      }
    }
    if (unused == 0) return false;
    for (size_t i = 0; i < rest.nargs; ++i) {
      if (keyword_given(name_at(first + i))) {
        vm.RaiseFormat(&kTypeErrorType, "argument for %s() given by name ('%s') and position (%d)",
                       fname, name_at(first + i), i + 1);
        return false;
      }
    }
    for (size_t k = 0; k < nkw; ++k) {
      bool known = false;
      for (size_t i = 0; i < len && !known; ++i) known = kw_at(k) == name_at(first + i);
      if (!known) {
        vm.RaiseFormat(&kTypeErrorType, "'%s' is an invalid keyword argument for %s()", kw_at(k),
                       fname);
        return false;
      }
    }
    return false;
  }
  if (!varargs && !varkw) {
    if (params == 0) {  // METH_NOARGS
      if (rest.nkwargs() > 0) {
        vm.RaiseFormat(&kTypeErrorType, "%s() takes no keyword arguments", funcstr);
      } else if (rest.nargs > 0) {
        vm.RaiseFormat(&kTypeErrorType, "%s() takes no arguments (%d given)", funcstr, rest.nargs);
      }
      return false;
    }
    if (params == 1 && kwonly == 0 && posonly == argcount && defcount == 0) {  // METH_O
      if (rest.nkwargs() > 0) {
        vm.RaiseFormat(&kTypeErrorType, "%s() takes no keyword arguments", funcstr);
      } else {
        vm.RaiseFormat(&kTypeErrorType, "%s() takes exactly one argument (%d given)", funcstr,
                       rest.nargs);
      }
      return false;
    }
  }
  // The clinic signature of the parameters after self.
  std::string sig = StrCat(funcstr, "(");
  size_t first_default = argcount - std::min(defcount, argcount);
  for (size_t i = first; i < argcount; ++i) {
    StrAppend(&sig, i > first ? ", " : "", name_at(i), i >= first_default ? "=..." : "");
    if (i + 1 == posonly) sig += ", /";
  }
  bool any = argcount > first;
  if (varargs) {
    StrAppend(&sig, any ? ", *" : "*", name_at(argcount + kwonly));
    any = true;
  } else if (kwonly > 0) {
    StrAppend(&sig, any ? ", *" : "*");
    any = true;
  }
  for (size_t i = argcount; i < argcount + kwonly; ++i) {
    bool has_default = f->kwdefaults != nullptr &&
                       !DictGetStr(vm, f->kwdefaults, As<StrObject>(co->localsplus_names->items[i]))
                            .is_null();
    StrAppend(&sig, ", ", name_at(i), has_default ? "=..." : "");
  }
  if (varkw) StrAppend(&sig, any ? ", **" : "**", name_at(argcount + kwonly + (varargs ? 1 : 0)));
  sig += ")";
  ArgSpec spec(sig.c_str());
  std::vector<Value> out(spec.slot_count());
  Value pending = vm.TakeException();
  RootScope roots(vm);
  roots.Add(&pending);
  if (ParseArgs(vm, spec, rest, out.data())) vm.SetException(pending);
  return false;
}

}  // namespace moat::vm
