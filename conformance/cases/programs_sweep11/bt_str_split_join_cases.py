csv_line = 'name, age , city,,  notes  '
fields = [f.strip() for f in csv_line.split(",")]
print(fields, [f for f in fields if f], len(csv_line.split(",", 2)))
print("a b  c".split(" "), "a b  c".split(), "  lead".split(" "), "x".split("x"), "".split(), "".split(","))
print("k=v=w".split("=", 1), "k=v=w".rsplit("=", 1), "a.b.c".rsplit(".", maxsplit=0), "1,2,3".split(",", -1))
print("\t".join(["a", "b"]), "".join(reversed("stressed")), ", ".join(map(str, range(4))), "-".join("abc"))
path = "/usr/local/lib/python3.11/site.py"
print(path.rpartition("/")[2], path.split("/")[1:3], path.count("/"), path[path.rfind(".") + 1:])
print("Hello World".replace(" ", ""), "aaa".replace("a", "b", 0), "abc".replace("", "-"), "aaaa".replace("aa", "b"))
print(" x ".strip() == "x", "xxhixx".strip("x"), "<<a>>".lstrip("<"), "0012".lstrip("0"), "a\n\n".rstrip("\n"))
print("%s" % "abc".ljust(5, "_"), "abc".rjust(2), "abc"[:-1], "abc"[-1:], "abc"[1:1], "abc"[10:], "abc"[::-1])
print("CamelCaseString".swapcase(), "snake_case_here".title().replace("_", ""), "hello world".capitalize())
print(sorted("The quick brown fox".split(), key=str.lower), "a,b;c d".replace(";", ",").replace(" ", ",").split(","))
print("abc" * 0, "ab" * 3, 3 * "-", "a" < "b" < "c", "Z" < "a", "apple" > "app", max("hello"), "é" > "z")
