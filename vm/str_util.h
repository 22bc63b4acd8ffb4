// StrCat/StrAppend that accept std::string_view. Debian 12's Abseil is built
// with its own absl::string_view (ABSL_OPTION_USE_STD_STRING_VIEW 0), so
// absl::StrCat does not take std::string_view pieces; the VM uses these.
#ifndef MOAT_VM_STR_UTIL_H_
#define MOAT_VM_STR_UTIL_H_

#include <string>
#include <string_view>
#include <type_traits>

#include "absl/strings/str_cat.h"

namespace moat {

// `text == cstr` without measuring cstr first (method-table and slot-name
// scans compare against many C strings). A NUL in `text` never matches
// cstr's terminator: the scan stops there, so `"real\0"` is not `real`
// and nothing past the C string is read.
inline bool EqualsCString(std::string_view text, const char* cstr) {
  for (char c : text) {
    if (*cstr == '\0' || *cstr != c) return false;
    ++cstr;
  }
  return *cstr == '\0';
}

namespace str_util_internal {
inline void Piece(std::string* out, std::string_view s) { out->append(s); }
inline void Piece(std::string* out, const char* s) { out->append(s); }
inline void Piece(std::string* out, const std::string& s) { out->append(s); }
inline void Piece(std::string* out, char c) { out->push_back(c); }
template <typename T,
          typename = std::enable_if_t<std::is_arithmetic_v<T> && !std::is_same_v<T, char>>>
void Piece(std::string* out, T v) {
  absl::StrAppend(out, v);
}
}  // namespace str_util_internal

template <typename... Args>
void StrAppend(std::string* out, const Args&... args) {
  (str_util_internal::Piece(out, args), ...);
}

template <typename... Args>
std::string StrCat(const Args&... args) {
  std::string out;
  StrAppend(&out, args...);
  return out;
}

}  // namespace moat

#endif  // MOAT_VM_STR_UTIL_H_
