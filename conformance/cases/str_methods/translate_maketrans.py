# translate with dicts (ints, strs, None), missing keys, lists as tables;
# maketrans with one, two and three arguments; error texts.
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()))
print("abcdef".translate(t), "".translate(t), "ücd".translate(t))
print("hello".translate({ord("l"): "L", ord("o"): None, ord("h"): 0x1F600}))
print("hello".translate({104: "JJ", 101: 9731}))
print("abc".translate([None, "x"] * 60))
print("abc".translate({}))
print(sorted(str.maketrans({"a": "b", 98: None, "ü": 1}).items()))
print(sorted(str.maketrans("", "").items()), sorted(str.maketrans("", "", "xy").items()))
print(sorted("x".maketrans("ab", "cd").items()))
for call in [lambda: "a".translate({97: 0x110000}), lambda: "a".translate({97: -1}),
             lambda: "a".translate({97: 1.5}), lambda: "a".translate(1),
             lambda: "".translate(1), lambda: "a".translate(), lambda: "a".translate({}, {}),
             lambda: str.maketrans(),
             lambda: str.maketrans(1), lambda: str.maketrans({"ab": 1}),
             lambda: str.maketrans({1.5: 1}), lambda: str.maketrans("ab", "c"),
             lambda: str.maketrans("a", "b", 1), lambda: str.maketrans(1, 2),
             lambda: str.maketrans({"a": 1}, "b"), lambda: str.maketrans("a", "b", "c", "d"),
             lambda: str.maketrans("a", y="b")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
