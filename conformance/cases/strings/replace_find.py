# replace, find, rfind, index, rindex and count.
s = "the cat sat on the mat with the hat"
print(s.replace("the", "a"), "|", s.replace("the", "a", 2), "|", s.replace("at", ""))
print("aaaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print(s.find("the"), s.find("the", 1), s.find("the", 5, 10), s.find("dog"), s.find(""), s.find("", 100))
print(s.rfind("the"), s.rfind("the", 0, 20), s.rfind("zz"), s.rfind(""), s.find("t", -5))
print(s.index("cat"), s.rindex("at"), s.count("at"), s.count("the"), s.count(""), "aaaa".count("aa"))
print(s.count("t", 10), s.count("t", 10, 20), "".count(""), "abc".count("", 1))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError", e)
try:
    s.rindex("dog")
except ValueError as e:
    print("ValueError", e)
positions = []
start = s.find("at")
while start != -1:
    positions.append(start)
    start = s.find("at", start + 1)
print(positions)
print("héllo".find("l"), "日本語".index("語"), "abc".find("c", -1), "abc".find("a", -1))
