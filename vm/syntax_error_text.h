// The source line and caret line python3.11 prints for an uncaught
// SyntaxError (Python/pythonrun.c print_error_text): shared by the
// compiler bridge (a script that does not compile) and the VM's traceback
// printer (a SyntaxError a script raised). Header-only and pure, so the
// compiler bridge can use it without linking the VM.
#ifndef MOAT_VM_SYNTAX_ERROR_TEXT_H_
#define MOAT_VM_SYNTAX_ERROR_TEXT_H_

#include <string>
#include <string_view>

namespace moat::vm {

// `text` is the error's text attribute as UTF-8; `offset` and `end_offset`
// its 1-based offsets (-1 for None), which CPython uses as byte offsets;
// `exact` says the exception is SyntaxError itself (its subclasses mark
// one character) and `end_lineno > lineno` a span over several lines.
// Leading blanks (tabs too) are cut; no caret when it would point left of
// the text.
inline std::string SyntaxErrorTextLines(std::string_view text, long offset, long end_offset,
                                        bool exact, bool multiline) {
  if (!exact) end_offset = -1;
  const long line_size = static_cast<long>(text.size());
  if (exact && multiline) end_offset = line_size;
  if (end_offset > line_size + 1) end_offset = line_size + 1;
  long carets = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
  --offset;
  std::string_view rest = text;
  while (!rest.empty() && (rest[0] == ' ' || rest[0] == '\t' || rest[0] == '\f')) {
    rest.remove_prefix(1);
    --offset;
  }
  long len = static_cast<long>(rest.size());
  if (len > 0 && rest[static_cast<size_t>(len) - 1] == '\n') --len;
  if (offset > len) offset = len;
  for (;;) {
    size_t nl = rest.find('\n');
    if (nl == std::string_view::npos || static_cast<long>(nl) >= offset) break;
    long skip = static_cast<long>(nl) + 1;
    rest.remove_prefix(static_cast<size_t>(skip));
    len -= skip;
    offset -= skip;
  }
  std::string out = "    ";
  out.append(rest);
  if (static_cast<size_t>(len) >= rest.size() || rest[static_cast<size_t>(len)] != '\n') {
    out += '\n';
  }
  if (offset >= 0) {
    out.append(4 + static_cast<size_t>(offset), ' ');
    out.append(static_cast<size_t>(carets), '^');
    out += '\n';
  }
  return out;
}

}  // namespace moat::vm

#endif  // MOAT_VM_SYNTAX_ERROR_TEXT_H_
