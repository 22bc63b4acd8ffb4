# re's module-level functions are Python functions in CPython: a call that
# does not bind raises a Python function's texts.
import re


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except TypeError as exc:
        print(label, "TypeError", exc)


for name in ["search", "match", "fullmatch", "findall", "finditer", "split", "sub", "subn",
             "compile", "escape", "purge"]:
    fn = getattr(re, name)
    show(name + " no args", lambda: fn())
    show(name + " one arg", lambda: fn("a"))
    show(name + " too many", lambda: fn("a", "b", 0, 1, 2, 3))
    show(name + " bad keyword", lambda: fn("a", "b", bogus=1))
    show(name + " twice", lambda: fn("a", pattern="b"))
show("search pos", lambda: re.search("a", "bab", pos=2))
show("sub by keyword", lambda: re.sub(pattern="a", repl="b", string="aa", count=1))
show("split keywords", lambda: re.split(r"\s", "a b c", maxsplit=1, flags=0))
show("search too many with keyword", lambda: re.search("a", "b", 0, 1, flags=0))
show("compile keywords", lambda: re.compile(flags=re.I, pattern="A").match("a").group())
show("non-str keyword", lambda: re.search("a", "a", **{1: 2}))
