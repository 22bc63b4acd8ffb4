// UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: the
// exceptions that carry where a codec failed (CPython's
// PyUnicodeErrorObject in Objects/exceptions.c).
//
// Their instances are UnicodeErrorObjects: an ExceptionObject plus the five
// attributes `encoding`, `object`, `start`, `end` and `reason`, filled by
// __init__ from its five arguments (four for UnicodeTranslateError, whose
// encoding is None) and assignable afterwards. str() is computed from the
// attributes as they are then, so `e.start = 3` changes the message, as in
// CPython. The codecs (vm/objects/codecs.cc) raise them through
// RaiseUnicodeEncodeError / RaiseUnicodeDecodeError. UnicodeError itself
// has none of these attributes.
//
// Hazards: everything here may raise and allocate; str() of an instance
// runs the str() of `encoding` and `reason` (Python code for user values).
#ifndef MOAT_VM_OBJECTS_EXCEPTION_UNICODE_H_
#define MOAT_VM_OBJECTS_EXCEPTION_UNICODE_H_

#include <cstdint>
#include <string_view>

#include "vm/interp.h"
#include "vm/object.h"
#include "vm/objects/exception.h"

namespace moat::vm {

struct StrObject;

struct UnicodeErrorObject : ExceptionObject {
  Value encoding;  // Null when unset or deleted (reads as None)
  Value object;    // str (encode, translate) or bytes (decode)
  Value reason;
  int64_t start;
  int64_t end;
};

// True for the three types above and their subclasses.
bool IsUnicodeErrorWithRange(const TypeObject* type);

// Raises UnicodeEncodeError(encoding, s, start, end, reason), start and end
// counted in code points. Returns Null.
Value RaiseUnicodeEncodeError(Interp& vm, std::string_view encoding, const StrObject* s,
                              int64_t start, int64_t end, std::string_view reason);
// Raises UnicodeDecodeError(encoding, bytes(data), start, end, reason).
// Returns Null.
Value RaiseUnicodeDecodeError(Interp& vm, std::string_view encoding, std::string_view data,
                              int64_t start, int64_t end, std::string_view reason);

// str() of an instance of one of the three types (UnicodeEncodeError_str
// and its siblings). Null with an exception pending.
Value UnicodeErrorStr(Interp& vm, Value exc);

// Assigning (`value` not Null) or deleting one of the five attributes, with
// CPython's member rules: start and end must be ints and cannot be deleted;
// a deleted encoding, object or reason reads as None. 0 done, -1 error, 1
// when `exc` has no such attribute.
int UnicodeErrorSetMember(Interp& vm, Value exc, std::string_view name, Value value);

// Sets the three types' layout, constructor, __init__, str and attributes
// (from InitExceptionTypes).
void InitUnicodeErrorTypes();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_EXCEPTION_UNICODE_H_
