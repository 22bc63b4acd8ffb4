# `s += piece` into a local may extend the str in place (moat's answer to
# CPython's resize of a str it holds the only reference to); no other
# reference may ever see such a str change.


def aliases():
    s = "ab"
    for i in range(5):
        s += str(i)
    t = s  # a second reference
    s += "X"
    s += "Y"
    print(t, s)


def kept_in_containers():
    s = ""
    kept = []
    for i in range(6):
        s += chr(97 + i)
        kept.append(s)
        s += "-"
    print(kept, s)


def dict_key_hash():
    s = "k"
    for i in range(4):
        s += str(i)
    d = {s: "value"}
    s += "more"
    s += "more"
    print(d, d.get("k0123"), s in d)


def self_append():
    s = "ab"
    for _ in range(4):
        s += s
    print(s, len(s))


def walrus_inside():
    s = "a"
    for _ in range(3):
        s += "b"
    s += (s := "new") + "!"
    print(s)


class Stash:
    kept = []

    def __radd__(self, other):
        Stash.kept.append(other)
        return other + "*"


def radd_keeps_left():
    s = "x"
    for _ in range(3):
        s += "y"
    s += Stash()
    s += "z"
    s += "z"
    print(s, Stash.kept)


def generator_builds():
    s = ""
    for i in range(4):
        s += str(i)
        yield s
    s += "end"
    yield s


def exceptions_midway():
    s = "start"
    try:
        for i in range(5):
            s += str(10 // (3 - i))
    except ZeroDivisionError:
        pass
    s += "|"
    print(s)


def non_ascii():
    s = "é"
    for ch in "ü€😀a":
        s += ch
    t = s
    s += "ß"
    print(s, len(s), t, len(t), s[3], s[-1], t[-1], s.upper())


def parameter_and_return(s):
    for i in range(3):
        s += str(i)
    return s


def loop_reads():
    s = ""
    lengths = []
    for i in range(5):
        s += "xy"
        lengths.append(len(s))
        if s.endswith("yxy"):
            s += "!"
    print(s, lengths)


def big():
    s = ""
    for i in range(20000):
        s += str(i % 10)
    t = s
    s += "tail"
    print(len(s), len(t), s[:12], s[-8:], t[-4:], hash(t) == hash(s[:-4]))


def conditional_pieces():
    s = ""
    kept = []
    for i in range(30):
        s += " " if i % 5 else "\n"
        s += (kept.append(s) or "k") if i == 7 else str(i % 3)
    print(repr(s), kept)


def and_or_pieces(words):
    s = ""
    for w in words:
        s += w and w.upper() or "-"
        s += "," if w != words[-1] else ""
    return s


aliases()
conditional_pieces()
print(and_or_pieces(["a", "", "bc", "d"]))
kept_in_containers()
dict_key_hash()
self_append()
walrus_inside()
radd_keeps_left()
print(list(generator_builds()))
exceptions_midway()
non_ascii()
base = "base"
print(parameter_and_return(base), base)
loop_reads()
big()
