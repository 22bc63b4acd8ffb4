# A CRLF file whose block is left open at the end: CPython reads it with
# universal newlines, so the error names the last line, with no caret.
print("never runs")
class Shape:
