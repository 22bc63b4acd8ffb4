# Strings are immutable; methods return new strings.
s = "hello"
t = s
s += " world"
print(s, t, s is t)
u = t.upper()
print(t, u)
try:
    t[0] = "H"
except TypeError as e:
    print("TypeError", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
try:
    t.append("!")
except AttributeError as e:
    print("AttributeError", e)
try:
    t.foo
except AttributeError as e:
    print("AttributeError", e)
chars = list(t)
chars[0] = "J"
print("".join(chars), t)
print(str(42), str(-1.5), str([1, "a"]), str((1,)), str({"a": 1}), str(None), str(True), str("x"))
print(str(), repr(str()), str(b"ab"), len(str(10 ** 50)))
