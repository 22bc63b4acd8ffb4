# match on enum members, IntFlag combinations, literals True/False/None
# (matched by identity) and 1 vs True.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


def check(v):
    match v:
        case True:
            return "True literal"
        case 1:
            return "one"
        case None:
            return "None"
        case Color.RED:
            return "red"
        case Color():
            return f"another color {v.name}"
        case Perm.R | Perm.W:
            return f"single perm {v!r}"
        case Perm() if v & Perm.X:
            return f"executable {v!r}"
        case Perm():
            return f"perms {v!r}"
    return "other"


for v in [True, 1, 1.0, None, Color.RED, Color.GREEN, Perm.R, Perm.R | Perm.X, Perm.R | Perm.W, 0, False]:
    print(f"{v!r:32} {check(v)}")
