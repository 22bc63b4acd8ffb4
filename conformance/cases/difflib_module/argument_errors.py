# The error messages of difflib's argument checks, and when they fire
# (the diff functions are generators, so only on the first next()).
import difflib

def attempt(label, func):
    try:
        result = func()
    except Exception as exc:
        print(label, type(exc).__name__, exc, type(exc.__cause__).__name__)
    else:
        print(label, "ok", result)

attempt("n=0", lambda: difflib.get_close_matches("a", ["a"], n=0))
attempt("n=-2", lambda: difflib.get_close_matches("a", ["a"], n=-2))
attempt("cutoff", lambda: difflib.get_close_matches("a", ["a"], cutoff=1.01))
attempt("cutoff-", lambda: difflib.get_close_matches("a", ["a"], cutoff=-0.1))
attempt("cutoff0", lambda: difflib.get_close_matches("a", ["b", "a"], cutoff=0.0))
attempt("cutoff1", lambda: difflib.get_close_matches("ab", ["ab", "ba", "abc"], cutoff=1.0))
attempt("ties", lambda: difflib.get_close_matches("ab", ["ba", "ab", "ac", "ad", "bb"], n=4))
attempt("lists", lambda: difflib.get_close_matches(["x", "y"], [["x", "z"], ["y", "x"], ["q"]]))
attempt("gen", lambda: difflib.get_close_matches("app", (w for w in ["ape", "apple", "peach"])))

gen = difflib.unified_diff([1], ["a"])
print("lazy", type(gen).__name__)
attempt("u-a", lambda: list(gen))
attempt("u-b", lambda: list(difflib.unified_diff(["a"], [b"a"])))
attempt("u-file", lambda: list(difflib.unified_diff(["a"], ["b"], fromfile=None)))
attempt("u-date", lambda: list(difflib.unified_diff(["a"], ["b"], tofiledate=3)))
attempt("u-term", lambda: list(difflib.unified_diff(["a"], ["b"], lineterm=b"\n")))
attempt("c-a", lambda: list(difflib.context_diff([("x",)], ["b"])))
attempt("c-file", lambda: list(difflib.context_diff(["a"], ["b"], "x", b"y")))
# Only the first line of each side is checked.
attempt("u-late", lambda: list(difflib.unified_diff(["a", 2], ["b"])))
attempt("u-empty", lambda: list(difflib.unified_diff([], [], fromfile=1)))

attempt("b-str", lambda: list(difflib.diff_bytes(difflib.unified_diff, ["a"], [b"b"])))
attempt("b-int", lambda: list(difflib.diff_bytes(difflib.unified_diff, [b"a"], [b"b", 5])))
attempt("b-name", lambda: list(difflib.diff_bytes(difflib.context_diff, [b"a"], [b"b"], "x")))
attempt("b-term", lambda: list(difflib.diff_bytes(difflib.unified_diff, [b"a"], [b"b"], lineterm="\n")))
attempt("b-ok", lambda: list(difflib.diff_bytes(difflib.unified_diff, [b"caf\xe9\n", b"x\n"], [b"cafe\n", b"x\n"],
                                              b"\xffold", b"new", b"2020", b"", 1, b"\r\n")))
attempt("b-ctx", lambda: list(difflib.diff_bytes(difflib.context_diff, [b"a\n", b"\x80\n"], [b"a\n"], n=0)))
attempt("b-func", lambda: list(difflib.diff_bytes(lambda *args: [repr(args)], [b"a"], [b"b"])))

print(difflib.SequenceMatcher[str], difflib.SequenceMatcher[int].__origin__ is difflib.SequenceMatcher)
m = difflib.Match(1, 2, 3)
print(m, m.size, m._fields, m == (1, 2, 3), difflib.Match._make([0, 0, 0]))
