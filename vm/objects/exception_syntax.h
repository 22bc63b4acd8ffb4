// SyntaxError, IndentationError and TabError as scripts make them: the
// attributes __init__ takes from `SyntaxError(msg, (filename, lineno,
// offset, text[, end_lineno, end_offset]))` and the str() built from them,
// "msg (file.py, line 3)" (CPython's Objects/exceptions.c SyntaxError_init
// and SyntaxError_str).
//
// The attributes are member slots of the instance, as CPython's
// PySyntaxErrorObject (T_OBJECT members): they are not in its __dict__, an
// unset or deleted one reads as None, and __init__ stores them directly
// (a subclass's __setattr__ is not called).
//
// Hazards: __init__ may run Python (iterating its second argument) and
// str() may too (str() of the message).
#ifndef MOAT_VM_OBJECTS_EXCEPTION_SYNTAX_H_
#define MOAT_VM_OBJECTS_EXCEPTION_SYNTAX_H_

#include <string_view>

#include "vm/interp.h"
#include "vm/objects/exception.h"

namespace moat::vm {

// The member slots, in SyntaxError_members' order; Null when unset.
struct SyntaxErrorObject : ExceptionObject {
  Value msg;
  Value filename;
  Value lineno;
  Value offset;
  Value text;
  Value end_lineno;
  Value end_offset;
  Value print_file_and_line;
};

// Assigning (`value` not Null) or deleting one of the members. 0 done, 1
// when `exc` has no such member, -1 with an exception pending.
int SyntaxErrorSetMember(Interp& vm, Value exc, std::string_view name, Value value);

// Fills the three types' layout, construct, init and str slots and the
// members (from InitExceptionTypes).
void InitSyntaxErrorTypes();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_EXCEPTION_SYNTAX_H_
