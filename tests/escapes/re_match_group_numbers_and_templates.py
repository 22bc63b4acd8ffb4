# re's Match objects and replacement templates take numbers and names
# from the script: group references past any int64 (\g<99999999999999999999>,
# \g<4294967297>), negative ones, unmatched groups, group() with huge,
# negative, bool and float indexes, groupdict(default=...), search() with
# positions past ssize_t, and sub() callbacks returning bytes or a str
# subclass. A native that narrowed such a number without a check would
# index past the match's group table; each must give CPython's error.
# expect-output: expand huge group error: invalid group reference 99999999999999999999 at position 3
# expect-output: expand negative error: bad character in group name '-1' at position 3
# expect-output: expand unmatched group -> '[]'
# expect-output: sub template huge error: invalid group reference 4294967297 at position 3
# expect-output: sub callable returns bytes TypeError: sequence item 0: expected str instance, bytes found
# expect-output: sub callable returns subclass -> 'str'
# expect-output: group huge index IndexError: no such group
# expect-output: group negative IndexError: no such group
# expect-output: span bool -> (0, 1)
# expect-output: groupdict default -> {}
# expect-output: Match __getitem__ float IndexError: no such group
# expect-output: Match regs -> ((0, 2), (0, 1), (1, 2))
# expect-output: Match re.pattern -> '(a)(b)?'
# expect-output: Match string -> 'ab'
# expect-output: Match pos endpos -> (0, 2, 2, None)
# expect-output: search pos huge OverflowError: Python int too large to convert to C ssize_t
# expect-output: search pos index obj -> <re.Match object; span=(1, 2), match='a'>
import re


def t(label, fn):
    # Reprs carry an id (" at 0x..."): left out, it depends on what asked first.
    try:
        text = "-> " + repr(fn())
    except Exception as e:
        text = type(e).__name__ + ": " + str(e)
    print(label, re.sub(r" at 0x[0-9a-f]+", "", text))


m = re.match(r"(a)(b)?", "ab")
t("expand huge group", lambda: m.expand(r"\g<99999999999999999999>"))
t("expand negative", lambda: m.expand(r"\g<-1>"))
t("expand unmatched group", lambda: re.match(r"(a)(b)?", "a").expand(r"[\2]"))
t("sub template huge", lambda: re.sub("a", r"\g<4294967297>", "a"))
t("sub callable returns bytes", lambda: re.sub("a", lambda m: b"x", "a"))


class SS(str): pass
t("sub callable returns subclass", lambda: type(re.sub("a", lambda m: SS("x"), "a")).__name__)
t("group huge index", lambda: m.group(2**70))
t("group negative", lambda: m.group(-1))
t("span bool", lambda: m.span(True))
t("groupdict default", lambda: m.groupdict(default=print))
t("Match __getitem__ float", lambda: m[1.0])
t("Match regs", lambda: m.regs)
t("Match re.pattern", lambda: m.re.pattern)
t("Match string", lambda: m.string)
t("Match pos endpos", lambda: (m.pos, m.endpos, m.lastindex, m.lastgroup))
t("search pos huge", lambda: re.compile("a").search("aaa", 2**70, -2**70))
t("search pos index obj", lambda: re.compile("a").search("aaa", True))
