text = """The Quick brown fox -- jumps over the lazy dog!
  It was the best of times, it was the worst of times.
Ümlauts and Ünïcödé: naïve café, façade; ß and ﬁ ligatures.
"""
lines = text.splitlines()
print([len(l) for l in lines], [l.strip()[:10] for l in lines])
words = [w.strip(".,;:!-").lower() for w in text.split()]
words = [w for w in words if w]
print(len(words), sorted(set(words))[:8])
print(text.count("the"), text.lower().count("the"), text.find("fox"), text.rfind("times"), text.index("It"))
print(lines[0].title(), lines[1].strip().capitalize(), lines[2].upper(), sep="\n")
print(lines[2].casefold(), "ß".upper(), "ﬁ".upper(), "İ".casefold())
print("-".join(reversed(lines[0].split())), " ".join(w[::-1] for w in lines[0].split()))
print(lines[0].replace("the", "a", 1), lines[0].replace(" ", ""), "a--b---c".split("-"), "a--b".split("--"))
print("  padded  ".lstrip(), "|" + "  padded  ".rstrip() + "|", "xxhixx".strip("x"), "www.site.com".removeprefix("www.").removesuffix(".com"))
print("42".isdigit(), "4.2".isdigit(), "²".isdigit(), "²".isdecimal(), "Ⅻ".isnumeric(), "abc".isalpha(), "ab1".isalnum())
print("Hello".startswith(("He", "Ha")), "file.tar.gz".endswith((".gz", ".zip")), "  ".isspace(), "Title Case".istitle())
print("abc".ljust(6, ".") + "|", "abc".rjust(6) + "|", "abc".center(7, "~"), "%-5s|%5s|" % ("l", "r"))
print(",".join(str(i) for i in range(5)), "".join(sorted("banana")), "banana".replace("a", "A", 2))
vowels = str.maketrans("aeiou", "AEIOU", "y")
print("python is easy".translate(vowels), ord("A"), chr(97), [hex(ord(c)) for c in "é€"])
print(f"{'nested ' + 'concat':*^24}", "tab\there".expandtabs(10), repr("quote's \"double\""))
print("a b c".split(None, 1), "a\n\nb\n".split("\n"), "a\n\nb\n".splitlines(), "k=v=w".split("=", maxsplit=1))
print(sorted(["b", "A", "c", "B"]), sorted(["b", "A", "c", "B"], key=str.lower), min("hello"), max("hello"))
