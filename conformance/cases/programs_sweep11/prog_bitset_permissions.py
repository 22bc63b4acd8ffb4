from enum import IntFlag


class Perm(IntFlag):
    READ = 1
    WRITE = 2
    DELETE = 4
    ADMIN = 8
    RW = READ | WRITE


def parse(spec):
    result = Perm(0)
    for part in spec.split(","):
        part = part.strip().upper()
        if not part:
            continue
        try:
            result |= Perm[part]
        except KeyError:
            raise ValueError(f"unknown permission {part!r}") from None
    return result


users = {"ann": "read,write,admin", "bob": "rw", "cy": "", "dee": "read, fly"}
for u, spec in users.items():
    try:
        p = parse(spec)
        print(f"{u:<4} {int(p):2d} {p!r:<40} can_delete={bool(p & Perm.DELETE)} has_rw={Perm.RW in p}")
    except ValueError as e:
        print(f"{u:<4} ValueError {e}")
print([m.name for m in Perm], int(Perm.ADMIN | Perm.READ), Perm(3) == Perm.RW, Perm(5) in Perm(7))
