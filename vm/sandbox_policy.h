// What the sandbox leaves out on purpose, in one place: built-in names that
// exist in CPython but not in moat, and the texts of the refusals.
#ifndef MOAT_VM_SANDBOX_POLICY_H_
#define MOAT_VM_SANDBOX_POLICY_H_

#include <string>
#include <string_view>

namespace moat::vm {

// True for builtins CPython has that moat refuses (open, eval, exec, ...).
bool IsRefusedBuiltin(std::string_view name);

// "name 'open' is not available in the sandbox"
std::string RefusedBuiltinMessage(std::string_view name);

// "'gi_frame' is not available in the sandbox": the AttributeError text for
// an attribute CPython has that moat leaves out on purpose (frames, code
// objects, globals, closure cells).
std::string RefusedAttributeMessage(std::string_view name);

// True for a dunder name CPython 3.11 has on some object (known_dunders.inc,
// generated from python3.11): only such a name can be one moat withholds;
// any other (`__lenn__`) is simply missing, as in CPython.
bool IsKnownDunder(std::string_view name);

// True for the built-in types whose objects CPython lets a script construct
// by calling the type (types.FunctionType(code, globals), ModuleType('m'),
// MethodType(f, obj), CellType(x), CodeType(...)) and moat does not:
// made that way they would bypass the class and function rules.
bool IsRefusedConstructor(std::string_view type_name);

// "creating 'function' objects is not available in the sandbox"
std::string RefusedConstructorMessage(std::string_view type_name);

}  // namespace moat::vm

#endif  // MOAT_VM_SANDBOX_POLICY_H_
