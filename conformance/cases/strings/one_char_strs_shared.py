# Indexing, iterating over and slicing text give the one shared str for a
# code point below 256, as CPython's latin-1 singletons; others are new.
s = "abcé€a"
t = "xaé€"
za = "za"
print(s[0] is t[1], s[3] is t[2], s[4] is t[3], s[0] is s[5])
print(s[0:1] is t[1], s[3:4] is t[2], s[-1:] is s[0])
print([c for c in s] == list(s), list(s)[0] is t[1], list(s)[3] is t[2])
print(chr(97) is s[0], chr(233) is s[3], chr(8364) is s[4])
print(s[::-1], s[0], s[3], s[4], len(s[4]), s[3].encode(), s[4].encode())
print(next(iter(za)) is s[-2:-1] or None, next(reversed(za)) is za[1])
print(max("b", "a"), min("b", "a"), max("é", "e"), "é" in s, s.count("a"), s[3].upper())
words = ["".join(reversed(w)) for w in ["ab", "cd"]]
bee = words[1][1]
print(words, words[0][0] is t[0], bee is "xd"[-1:])
