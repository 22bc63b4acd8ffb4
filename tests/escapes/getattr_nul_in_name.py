# Attribute names with an embedded NUL. moat's built-in types look names up
# in tables of C strings; a comparison that stopped at the name's NUL
# would resolve `'real\x00'` to `real` and, with more NULs, read past the
# end of the table's string. Each spelling must be a name of its own:
# AttributeError (with the name intact) for the built-in types, a plain
# dict entry for an instance, and a withheld name stays withheld.
def f():
    pass


def t(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", repr(str(e)))


t("int real", lambda: getattr(5, "real\x00"))
t("int long", lambda: getattr(5, "real" + "\x00" * 64))
t("list append", lambda: getattr([], "append\x00x"))
t("type slot", lambda: getattr(int, "__add__\x00"))
t("globals", lambda: getattr(f, "__globals__\x00"))
t("code", lambda: getattr(f, "__code__\x00"))
t("mro", lambda: getattr(int, "__mro__\x00"))
t("hasattr", lambda: hasattr(5, "imag\x00"))
t("setattr list", lambda: setattr([], "append\x00", 1))
# expect-output: int real AttributeError: "'int' object has no attribute 'real\x00'"
# expect-output: int long AttributeError: "'int' object has no attribute 'real\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'"
# expect-output: list append AttributeError: "'list' object has no attribute 'append\x00x'"
# expect-output: type slot AttributeError: "type object 'int' has no attribute '__add__\x00'"
# expect-output: globals AttributeError: "'function' object has no attribute '__globals__\x00'"
# expect-output: code AttributeError: "'function' object has no attribute '__code__\x00'"
# expect-output: mro AttributeError: "type object 'int' has no attribute '__mro__\x00'"
# expect-output: hasattr -> False
# expect-output: setattr list AttributeError: "'list' object has no attribute 'append\x00'"
