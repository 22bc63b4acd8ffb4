# SyntaxError made by a script: msg and the details tuple become attributes,
# str() is "msg (file, line N)" with the base name of the file.
print(repr(str(SyntaxError())), repr(str(SyntaxError(1,2,3))), SyntaxError(1,2,3).msg)
e=SyntaxError('m', ('/a/b/f.py', 2, 1, 't'));print(str(e), e.end_lineno, e.print_file_and_line)
e=SyntaxError('m', ('f.py', True, 1, 't'));print(str(e))
e=SyntaxError('m', (None, 5, 1, 't'));print(str(e))
e=SyntaxError('m', ('x', None, 1, 't'));print(str(e))
for a in [('m', (1,2)), ('m', (1,2,3,4,5)), ('m', 5), ('m', (1,2,3,4,5,6,7))]:
  try: SyntaxError(*a)
  except Exception as x: print(type(x).__name__, x)
e = SyntaxError('m'); e.lineno = 4; print(str(e))
print(repr(str(IndentationError('x', ('f', 1, 2, 'y')))), TabError('t').msg)
class P(SyntaxError):
    pass
p = P("bad token", ("input.txt", 7, 3, "let x = ;", 7, 4))
print(str(p), p.msg, p.lineno, p.offset, p.text, p.end_offset, repr(p), p.args)
try:
    raise SyntaxError("unexpected token", ("calc", 1, 5, "1 + * 2", 1, 6))
except SyntaxError as err:
    print(err, "|", err.msg, err.filename, err.lineno, err.offset, repr(err.text))
