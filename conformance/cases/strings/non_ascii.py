# Non-ASCII text: lengths, indexing and methods work on code points.
s = "Grüße aus Köln — 東京 🎉!"
print(s, len(s))
print(s[0], s[2], s[-2], s[16:18], s[::-1])
print(s.upper(), s.lower())
print(s.find("東"), s.count("ö"), "ü" in s, s.split())
print([ord(c) for c in "aé東🎉"], [chr(n) for n in (97, 233, 26481, 127881)])
print(len("🎉"), len("e\u0301"), "e\u0301" == "é", "café".encode("utf-8"), len("café".encode()))
print("naïve".center(11, "*"), "Ωmega".ljust(8, "·") + "|", "日本".rjust(5, "語"))
print(sorted("ñandú"), max("añb"), min("日本語"))
print("ΑΒΓ".lower(), "αβγ".upper(), "ǈ".lower(), "ǈ".upper(), "ﬀ".upper())
print(b"caf\xc3\xa9".decode("utf-8"), "€".encode(), bytes([226, 130, 172]).decode())
word = "añoñi"
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
