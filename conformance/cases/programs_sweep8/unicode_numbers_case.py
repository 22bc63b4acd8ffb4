for s in ["١٢٣", "１２", " -0x10 ", "0o17", "1__0", "+_1", "0_7", "00", "-0", "٣.٥", "１.５e2", "\u00a012\u2003", "1e", "infinity", "-InF", "nan(1)", "1_0.5", "0x1p3"]:
    for conv in (int, float, lambda v: int(v, 0)):
        try: r = repr(conv(s))
        except (ValueError, TypeError) as e: r = f"{type(e).__name__}: {e}"
        print(repr(s), r)
print("ǉ".capitalize(), "ǉ".title(), "ß".upper(), "ﬀ".title(), "they're bill's".title(), "ΣΑΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower(), "i̇".upper())
print("straße".casefold() == "STRASSE".casefold(), "Ⅻ".isnumeric(), "Ⅻ".isdigit(), "Ⅻ".lower(), "½".isdecimal(), "𝟘".isdigit(), int("𝟘𝟙"))
print("\t".join(["a", "é", "😀"]).expandtabs(4), len("é"), len("é"), "é" == "é", "abc".center(8, "é"), f"{'é':*^5}")
print(sorted(["b", "B", "a", "ä", "Z", "_", "1"]), "a" < "ä", max("aZé"), min("aZé"))
print(str(12).rjust(5, "٠"), "%5s|" % "é", "{:>4}".format("日本"), "日本".ljust(6, "-"), len("日本".encode()))
