from enum import IntFlag, Flag, auto


class Perm(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


class Feature(Flag):
    SEARCH = auto()
    EXPORT = auto()
    ADMIN = auto()
    BASIC = SEARCH | EXPORT


def mode_string(bits):
    out = ""
    for who in (6, 3, 0):
        p = Perm((bits >> who) & 7)
        out += "".join(ch if flag in p else "-" for ch, flag in zip("rwx", (Perm.READ, Perm.WRITE, Perm.EXEC)))
    return out


for mode in (0o755, 0o640, 0o777, 0o100):
    print(oct(mode), mode_string(mode))
p = Perm.READ | Perm.WRITE
print(p, repr(p), int(p), Perm.WRITE in p, Perm.EXEC in p, ~p, list(p))
print(Perm(7), Perm(0), Perm.READ ^ Perm.READ)
f = Feature.BASIC
print(f, Feature.SEARCH in f, Feature.ADMIN in f, f | Feature.ADMIN, list(Feature))
print(bool(Feature(0)), Feature.BASIC & Feature.EXPORT, [m.name for m in f])
