# reversed over lists, tuples, strs (ASCII and not), ranges, dicts and views; errors.
def show(label, f, *args, **kwargs):
    try:
        print(label, list(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

print(list(reversed([1, 2, 3])), list(reversed((1, 2, 3))), list(reversed("abc")), list(reversed("")))
print(list(reversed("caf\u00e9 \U0001f600!")), "".join(reversed("h\u00e9llo w\u00f6rld")))
print(list(reversed(range(5))), list(reversed(range(10, 0, -3))), list(reversed(range(0))))
print(list(reversed(range(2**64, 2**64 + 3))))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
r = reversed((1, 2, 3))
print(type(r).__name__, iter(r) is r, next(r), list(r), list(r), next(r, "end"))
print(type(reversed("ab")).__name__, type(reversed([])).__name__, type(reversed(range(2))).__name__)
lst = [1, 2, 3]
rl = reversed(lst)
lst.append(4)
print(list(rl))
lst2 = [1, 2, 3, 4]
rl2 = reversed(lst2)
next(rl2)
del lst2[:3]
print(list(rl2))
show("int", reversed, 5)
show("set", reversed, {1, 2})
show("frozenset", reversed, frozenset())
show("iterator", reversed, iter([1]))
show("generator", reversed, (x for x in []))
show("none", reversed, None)
show("noargs", reversed)
show("two", reversed, [], [])
show("kw", reversed, sequence=[])
