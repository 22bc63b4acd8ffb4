# A SyntaxError's caret is placed by UTF-8 bytes, as CPython places it.
prix = "café" +
