t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc-abc".translate(t))
t2 = str.maketrans("ab", "12", "c")
print(sorted(t2.items()))
print("abcabc".translate(t2))
t3 = str.maketrans({"a": "AA", "b": None, ord("c"): 67})
print(sorted(t3.items()))
print("abcd".translate(t3))
print("hello".translate({104: "J", 108: "", 111: None}))
print("hello".translate({}))
class Lookup:
    def __getitem__(self, k):
        if k == ord("l"):
            return "L"
        raise LookupError(k)
print("hello".translate(Lookup()))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans("abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".translate({97: 1.5})
except TypeError as e:
    print(type(e).__name__, e)
