s = "a\u3000b\x1cc\x85d\u2009e\u00a0f"
print(s.split(), [c.isspace() for c in "\u3000\x1c\x85\u2009\u00a0\u200b"], s.strip("af"))
print("they're bill's friends".title(), "ǆungla".title(), "ŉ".upper(), "ß".title(), "ﬀ".capitalize(), "Ǆ".lower())
print("ΣΑΣ".lower(), "ΑΣ ΑΣ".lower(), "Σ".lower(), "aΣ".lower(), "aΣb".lower(), "İ".casefold(), len("İ".lower()))
print("℃".isalpha(), "ⅷ".isnumeric(), "ⅷ".upper(), "①".isdigit(), "٣".isdecimal(), int("٣٤"), float("١.٥"), "𝟘".isdigit())
print("x\u0301".isalpha(), "\u0301".isalpha(), "ｱ".isalpha(), "_".isidentifier(), "a-b".isidentifier(), "ℕ".isidentifier(), "1a".isidentifier())
print("abc".encode("utf-16"), "abc".encode("utf-32")[:8], "é".encode("cp1252"), "€".encode("cp1252"), b"\x80".decode("cp1252"))
print("abc".encode("utf-8-sig"), b"\xef\xbb\xbfabc".decode("utf-8-sig"), "é".encode("latin1").decode("latin1"), "x".encode("ascii").decode())
print("Ⅻ".lower(), "ǅ".swapcase(), "ﬁ".swapcase(), "ß".swapcase(), "ς".upper().lower(), "ÿ".upper())
