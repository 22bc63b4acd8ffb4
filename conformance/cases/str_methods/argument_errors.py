# TypeError texts for wrong argument counts and keywords, per calling
# convention (no-args, one-arg, positional-only, old-style, keyword).
calls = [
    lambda: "a".lower(1), lambda: "a".lower(x=1), lambda: "a".upper(1, 2), lambda: "a".isdigit(0),
    lambda: "a".isidentifier(x=0), lambda: "a".title(None), lambda: "a".casefold(1),
    lambda: "a".join(), lambda: "a".join(x=1), lambda: "a".zfill(1, 2), lambda: "a".partition(),
    lambda: "a".center(), lambda: "a".center(1, "x", 3), lambda: "a".strip("a", "b"),
    lambda: "a".replace("a"), lambda: "a".count(), lambda: "a".find("a", 1, 2, 3),
    lambda: "a".index(), lambda: "a".rfind(sub="a"), lambda: "a".startswith(),
    lambda: "a".endswith("a", 1, 2, 3), lambda: "a".expandtabs(1, 2), lambda: "a".split(1, 2, 3),
    lambda: "a".rsplit(x=1), lambda: "a".splitlines(1, 2), lambda: "a".translate(),
    lambda: str.maketrans(), lambda: "a".removeprefix(), lambda: "a".swapcase(x=1),
    lambda: "a".split(",", sep=","),
]
for call in calls:
    try:
        print(repr(call()))
    except TypeError as e:
        print(e)
print(str.upper("abc"), str.join(",", "ab"), str.split("a b"), str.count("aaa", "a"))
