# Global and builtin name sites that warm up, then see the globals change:
# rebound, deleted, a builtin shadowed by a global and unshadowed again,
# and many globals added (the dict grows and its entries move).

counter = 0


def read_counter(n):
    return [counter for _ in range(n)]


print(read_counter(3))
counter = 5
print(read_counter(2))
del counter
try:
    read_counter(1)
except NameError as e:
    print("NameError:", e)
counter = "back"
print(read_counter(2))


def lengths(n):
    return [len("abc") for _ in range(n)]


print(lengths(3))
len = lambda s: "shadowed " + s
print(lengths(2))
del len
print(lengths(2))

# The globals grow: every entry moves to a new table.
print(read_counter(1), lengths(1))
g0 = 0
g1 = 1
g2 = 2
g3 = 3
g4 = 4
g5 = 5
g6 = 6
g7 = 7
g8 = 8
g9 = 9
g10 = 10
g11 = 11
g12 = 12
g13 = 13
g14 = 14
g15 = 15
g16 = 16
g17 = 17
g18 = 18
g19 = 19
g20 = 20
g21 = 21
g22 = 22
g23 = 23
g24 = 24
g25 = 25
g26 = 26
g27 = 27
g28 = 28
g29 = 29
g30 = 30
g31 = 31
g32 = 32
g33 = 33
g34 = 34
g35 = 35
g36 = 36
g37 = 37
g38 = 38
g39 = 39
print(read_counter(1), lengths(1), g0 + g39)


def define_many():
    ns = {}
    for i in range(100):
        ns["k%d" % i] = i
    return ns


many = define_many()
print(len(many), read_counter(1))


# A function defined before a global it uses exists.
def later():
    return not_yet


try:
    later()
except NameError as e:
    print("NameError:", e)
not_yet = "now"
print(later(), later())
del not_yet
try:
    later()
except NameError as e:
    print("NameError:", e)

# A builtin first missing from globals, then shadowed mid-loop.
out = []
for i in range(6):
    if i == 3:
        abs = lambda x: "global abs"
    out.append(abs(-i))
print(out)
del abs
print(abs(-7))


# The same name shadowed in a nested class body and a closure.
def outer():
    sorted = lambda x: "closure sorted"
    return [sorted([2, 1]) for _ in range(2)]


print(outer(), sorted([3, 1, 2]))


class K:
    print_it = print
    sum = "class sum"
    value = [sum for _ in range(1)]


print(K.value, sum([1, 2]))

# Module-level names (LOAD_NAME, STORE_NAME) in a loop: rebound, deleted,
# shadowing a builtin and unshadowing it again.
seq = []
for i in range(8):
    if i == 2:
        max = lambda *a: "module max"
    if i == 4:
        del max
    if i == 6:
        step = i
    seq.append((max(1, 2), step if i >= 6 else None))
print(seq)
del step
try:
    print(step)
except NameError as e:
    print("NameError:", e)


class Body:
    seq = "class seq"
    first = seq[:5]
    total = sum([1, 2])


print(Body.first, Body.total, seq[0])
