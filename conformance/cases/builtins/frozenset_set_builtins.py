# set() and frozenset() builtins applied to real data.
emails = ["a@x.org", "b@y.org", "a@x.org", "c@x.org", "b@y.org"]
domains = sorted(set(e.split("@")[1] for e in emails))
print(len(set(emails)), domains)
frozen = frozenset(emails)
print(len(frozen), "a@x.org" in frozen, sorted(frozen - {"a@x.org"}))
groups = {frozenset(["x", "y"]): "pair xy", frozenset(["z"]): "single z"}
print(groups[frozenset(["y", "x"])], len(groups))
print(set(range(5)) & frozenset([3, 4, 5]), frozenset([3, 4, 5]) & set(range(5)))
