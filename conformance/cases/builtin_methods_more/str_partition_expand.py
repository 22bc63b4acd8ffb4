print("key=value=x".partition("="))
print("key=value=x".rpartition("="))
print("novalue".partition("="))
print("novalue".rpartition("="))
print("".partition("x"))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".rpartition(None)
except TypeError as e:
    print(type(e).__name__, e)
print(repr("a\tbc\tdef\tg".expandtabs()))
print(repr("a\tbc\tdef\tg".expandtabs(4)))
print(repr("a\tbc\tdef\tg".expandtabs(0)))
print(repr("a\tbc\tdef\tg".expandtabs(-3)))
print(repr("ab\ncd\tx\r\ty".expandtabs(3)))
print(repr("\t".expandtabs(tabsize=2)))
print(repr("abc".center(9, "*")))
print(repr("abc".center(8, "*")))
print(repr("ab".center(7, "-")))
print(repr("ab".center(1)))
print(repr("abc".ljust(6, ".")), repr("abc".rjust(6, ".")))
try:
    "abc".center(9, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".ljust(9, "")
except TypeError as e:
    print(type(e).__name__, e)
for s in ["42", "-42", "+42", "", "-", "abc", "--1", "12345"]:
    print(repr(s), repr(s.zfill(5)))
print("x".removeprefix("x"), "abcabc".removeprefix("abc"), "abcabc".removesuffix("bc"))
