# A built-in method taken twice is two objects that compare (and hash)
# equal: the same method of the same receiver.
x, y = [], []
print(x.append == x.append, x.append != x.append, x.append == y.append)
print(hash(x.append) == hash(x.append), {x.append: 1}[x.append])
print(str.upper == str.upper, str.upper == str.lower, {str.upper: "u"}[str.upper])
print(int.__add__ == int.__add__, (1).__add__ == (1).__add__, int.__add__ == float.__add__)
print(object.__lt__ == object.__lt__, len == len, max == min)
handlers = {str.strip: "strip", str.title: "title"}
for method in [str.title, str.strip]:
    print(handlers[method], method("  moat sandbox  "))
print(x.append in [y.append, x.append], [].sort == [].sort)
