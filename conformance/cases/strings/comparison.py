# String comparison is by code point.
pairs = [("a", "b"), ("abc", "abd"), ("abc", "ab"), ("", "a"), ("Z", "a"), ("apple", "Apple"),
         ("10", "9"), ("é", "z"), ("ß", "ss"), ("abc", "abc")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
words = ["banana", "Apple", "cherry", "apple", "Banana", "10", "9", "éclair", "zebra"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(min(words), max(words), max(words, key=len))
print("abc" < "abd" < "b", "a" * 3 == "aaa", "A" < "a")
