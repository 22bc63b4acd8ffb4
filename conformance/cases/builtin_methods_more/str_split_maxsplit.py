s = "  a  b c   d  "
print(s.split())
print(s.split(None, 1))
print(s.split(None, 2))
print(s.rsplit(None, 1))
print(s.rsplit(None, 2))
print(s.split(" "))
print(s.split(" ", 3))
print(s.rsplit(" ", 3))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 0))
print("a,b,,c,".split(",", -1))
print("a,b,,c,".rsplit(",", 2))
print("".split())
print("".split(","))
print("   ".split())
print("   ".split(None, 0))
print("  x  ".split(None, 0))
print("  x  ".rsplit(None, 0))
print("a::b::c".split("::"))
print("a::b::c".rsplit("::", 1))
print("abc".split(maxsplit=1, sep="b"))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".rsplit("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".split(1)
except TypeError as e:
    print(type(e).__name__, e)
print("l1\nl2\r\nl3\rl4\n".splitlines())
print("l1\nl2\r\nl3\rl4\n".splitlines(True))
print("a\x0bb\x0cc\x1cd\u2028e".splitlines())
print("".splitlines(), "\n".splitlines())
