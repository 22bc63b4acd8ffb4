# split, rsplit, join and splitlines.
line = "  alpha  beta\tgamma\n delta  "
print(line.split())
print(line.split(" "))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("one two three four".split(maxsplit=2), "one two three four".rsplit(maxsplit=1))
print("".split(), "".split(","), "   ".split(), "   ".split(" "))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "abc".split("abc"))
print("k=v=w".split("=", 1), "k=v=w".rsplit("=", 1), "no sep".split("|"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
print(", ".join(["x", "y", "z"]), "".join(["a", "b"]), "-".join("abc"), "/".join([]))
print(" ".join(str(n) for n in range(5)), "\n".join(["l1", "l2"]))
try:
    ", ".join([1, 2])
except TypeError as e:
    print("TypeError", e)
text = "first\nsecond\r\nthird\rfourth\n\nsixth"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "x\n".splitlines(), "x\n\n".split("\n"))
print("a\x0bb\x0cc\x1cd\u2028e".splitlines())
csv = "name,age\nann,31\nbob,27\n"
rows = [r.split(",") for r in csv.strip().split("\n")]
print(rows)
print("|".join(" ".join(w[::-1] for w in s.split()) for s in ["ab cd", "ef gh"]))
