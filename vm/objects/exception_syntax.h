// SyntaxError, IndentationError and TabError as scripts make them: the
// attributes __init__ takes from `SyntaxError(msg, (filename, lineno,
// offset, text[, end_lineno, end_offset]))` and the str() built from them,
// "msg (file.py, line 3)" (CPython's Objects/exceptions.c SyntaxError_init
// and SyntaxError_str).
//
// The attributes live in the instance's attribute dict (CPython has member
// slots): reading and assigning them behaves the same, and one the script
// deletes reads as missing instead of None.
//
// Hazards: __init__ and str() may run Python (a subclass's __setattr__,
// str() of the message).
#ifndef MOAT_VM_OBJECTS_EXCEPTION_SYNTAX_H_
#define MOAT_VM_OBJECTS_EXCEPTION_SYNTAX_H_

namespace moat::vm {

// Fills the three types' construct, init and str slots (from
// InitExceptionTypes).
void InitSyntaxErrorTypes();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_EXCEPTION_SYNTAX_H_
