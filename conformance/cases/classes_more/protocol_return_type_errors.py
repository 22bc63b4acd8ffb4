class R:
    def __repr__(self): return 5
try:
    repr(R())
except TypeError as e:
    print("TypeError", e)
try:
    str(R())
except TypeError as e:
    print("TypeError", e)
class S:
    def __str__(self): return None
try:
    print(S())
except TypeError as e:
    print("TypeError", e)
class OnlyRepr:
    def __repr__(self): return "OR"
print(str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr()), [OnlyRepr()])
try:
    format(OnlyRepr(), "x")
except TypeError as e:
    print("TypeError", e)
class B:
    def __bool__(self): return 1
try:
    bool(B())
except TypeError as e:
    print("TypeError", e)
try:
    if B(): pass
except TypeError as e:
    print("TypeError", e)
class LenBool:
    def __len__(self): return 0
print(bool(LenBool()), not LenBool(), "yes" if LenBool() else "no")
class I:
    def __iter__(self): return 1
try:
    iter(I())
except TypeError as e:
    print("TypeError", e)
try:
    list(I())
except TypeError as e:
    print("TypeError", e)
class Nx:
    def __next__(self): return 1
try:
    iter(Nx())
except TypeError as e:
    print("TypeError", e)
try:
    next([1])
except TypeError as e:
    print("TypeError", e)
class Ctr:
    def __contains__(self, x): return "nonempty"
print(1 in Ctr(), 1 not in Ctr())
class Hm:
    def __hash__(self): return -1
print(hash(Hm()))
class Hb:
    def __hash__(self): return True
print(hash(Hb()))
class Fm:
    def __format__(self, spec): return 42
try:
    format(Fm())
except TypeError as e:
    print("TypeError", e)
try:
    f"{Fm()}"
except TypeError as e:
    print("TypeError", e)
class Idx:
    def __getitem__(self, k): return k
i = Idx()
print(i[1], i[1:2], i[1:2:3], i[::], i[1, 2], i[...], i[:, 1], i["a":])
class Call:
    def __call__(self, *a, **k): return a, k
c = Call()
print(c(1, x=2), c(*[1, 2]), c(**{}))
class LH:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return 100
print(list(LH()))
class Eqnb:
    def __eq__(self, o): return "truthy"
print(Eqnb() == 1, [Eqnb()] == [1], Eqnb() in [1], [1].count(Eqnb()), [1, 2].index(Eqnb()))
class Ne:
    def __eq__(self, o): return True
print(Ne() != Ne(), Ne() != 1)
class Dir:
    def __dir__(self): return ["b", "a", "c"]
print(dir(Dir()))
class DirBad:
    def __dir__(self): return 5
try:
    dir(DirBad())
except TypeError as e:
    print("TypeError", e)
