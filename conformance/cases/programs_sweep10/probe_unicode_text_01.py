print(repr("\ud800"), ascii("\ud800"), "\ud800".encode("utf-8", "surrogatepass"), len("\U0001F600"), "👍🏽"[::-1] == "🏽👍")
print(float("１.５"), int("١٢٣"), int("１２"), "ß".upper(), "ﬀ".upper(), "Σ".lower(), "ΑΣ".lower(), "a\u2028b".splitlines(), "x\x85y".splitlines(), "hello world's end".title())
print("abc".encode("utf-16"), b"\xff\xfea\x00".decode("utf-16"), "é".encode("cp1252"), "ü".encode("latin-1"), b"\xe9".decode("cp1252"), "abc".encode("utf-8-sig"), b"\xef\xbb\xbfabc".decode("utf-8-sig"))
import unicodedata
print(unicodedata.name("é"), unicodedata.category("A"), unicodedata.normalize("NFD", "é").encode(), unicodedata.numeric("½"), unicodedata.lookup("SNOWMAN"), unicodedata.east_asian_width("中"), unicodedata.combining("\u0301"), unicodedata.decimal("9"))
print("中文".center(8, "*"), f"{'中':^5}|", "ab\u0301c".upper(), len("ab\u0301c"), sorted(["é", "e", "f", "E"]), "é" > "f", max("aé"), "İstanbul".lower().upper())
s = "The Zen of Python"
print(s.split(" ", -1), s.rsplit(None, 2), s.split(None, 0), s.partition(" "), s.index("Z", 0, 10), s[4:7].lower() in s.lower(), s.count("o", -6))
