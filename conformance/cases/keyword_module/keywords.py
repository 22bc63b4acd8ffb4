# keyword: kwlist, softkwlist, iskeyword, issoftkeyword.
import keyword

print(keyword.kwlist)
print(keyword.softkwlist, len(keyword.kwlist))
print(sorted(keyword.__all__))
for word in ["if", "match", "case", "_", "print", "None", "none", "async", "await", "type", ""]:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print([w for w in "for x in range(3) if x is not None".split() if keyword.iskeyword(w)])
try:
    keyword.iskeyword(["if"])
except TypeError as e:
    print("TypeError", e)
print(keyword.iskeyword(1))
