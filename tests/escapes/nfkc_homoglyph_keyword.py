# A homoglyph keyword (Cyrillic а in `import`) and a fullwidth keyword do not
# become the keyword: the first is a name, so the line is a syntax error.
іmport os
# expect: SyntaxError: invalid syntax
