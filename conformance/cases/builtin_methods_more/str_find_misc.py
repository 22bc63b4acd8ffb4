s = "hello world, hello moat"
print(s.find("hello"), s.find("hello", 1), s.find("hello", 1, 17), s.rfind("hello"), s.rfind("hello", 0, 17), s.find(""), s.find("", 100), s.rfind(""))
print(s.count("l"), s.count("l", 5), s.count("l", 5, 10), s.count(""), "".count(""), "aaaa".count("aa"))
print(s.index("world"), s.rindex("o"), s.find("o", -4), s.find("o", -100, -15))
try:
    s.index("xyz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("xyz", 3)
except ValueError as e:
    print(type(e).__name__, e)
print(s.startswith("hello"), s.startswith("world", 6), s.startswith(("x", "he")), s.endswith("moat", 0, 100), s.endswith(("x",)), s.startswith(""))
try:
    s.startswith(["he"])
except TypeError as e:
    print(type(e).__name__, e)
print(s.replace("hello", "bye"), s.replace("hello", "bye", 1), s.replace("", "-", 3), "abc".replace("", "."), s.replace("l", "L", 0), s.replace("l", "", -1))
print("  xx  ".strip(), "xxhixx".strip("x"), "abcba".strip("ab"), "  a  ".lstrip() + "|", "|" + "  a  ".rstrip(), "www.example.com".strip("cmowz."))
print(",".join(["a", "b"]), "".join([]), "-".join("abc"), ", ".join(str(i) for i in range(3)))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
print("ab" * 3, 3 * "x", "ab" * 0, "ab" * -1, "a" < "b", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a")
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
print("héllo".encode(), "é".encode("latin-1"), "%" in "100%", "ll" in "hello", "" in "")
