# +, *, %, comparisons, `in`, len and truth; error texts for bad operands.
a, b = "abc", "ünï"
print(a + b, b + a, repr(a + ""), repr("" + ""), a * 3, 3 * b, repr(a * 0), repr(a * -5),
      a * True, repr(b * False))
print(a < b, a <= a, b > a, "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "é" > "z",
      "\uffff" < "\U00010000", "\ud800" < "\ue000")
print(a == "abc", a != "abc", a == 1, a != None, "é" == "é", "a" in "cat", "" in "", "at" in "cat",
      "ta" in "cat", "ï" in b, "üñ" in b)
print(len(""), len(a), len(b), len("\U0001F600"), bool(""), bool(" "), not "")
s = "x"
s += "y"
s *= 2
print(s)
for call in [lambda: a + 1, lambda: 1 + a, lambda: a + None, lambda: a * "b", lambda: a * 1.5,
             lambda: 1.5 * a, lambda: a * (2**70), lambda: "ab" * (2**62), lambda: a < 1,
             lambda: 1 >= a, lambda: 1 in a, lambda: None in a, lambda: a - "b", lambda: -a]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
