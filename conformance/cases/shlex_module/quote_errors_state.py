# shlex behaviour pinned by the own-code rewrite: quote()'s errors for
# non-str input, the token and state left after an error, punctuation runs,
# and push_source/pop_source line numbers.
import shlex

for bad in (b"ab c", bytearray(b"x"), 5):
    try:
        shlex.quote(bad)
    except TypeError as exc:
        print(type(bad).__name__, exc)
print(shlex.quote(b""), shlex.quote("it's ok"), shlex.join(["a b", "", "c"]))

for text, posix in (("a 'b c", True), ('x "y\\', True), ("p 'q", False)):
    lex = shlex.shlex(text, posix=posix)
    try:
        print(list(lex))
    except ValueError as exc:
        print(exc, repr(lex.token), repr(lex.state), lex.lineno)

lex = shlex.shlex("a&&b||c;d >>e (f)", posix=True, punctuation_chars=True)
print(list(lex), repr(lex.wordchars[-10:]))
lex = shlex.shlex("one\ntwo", infile="outer")
lex.push_source("x\ny\n", "inner")
print([(tok, lex.infile, lex.lineno) for tok in lex], lex.error_leader())
print(shlex.split("a 'b' \"c d\" e\\ f # g", comments=True))
print(shlex.split("a #b", posix=False))
