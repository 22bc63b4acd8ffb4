# Longest common prefix / suffix and edit distance.
def common_prefix(words):
    if not words:
        return ""
    prefix = words[0]
    for w in words[1:]:
        while not w.startswith(prefix):
            prefix = prefix[:-1]
    return prefix


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


print(repr(common_prefix(["flower", "flow", "flight"])), repr(common_prefix(["dog", "car"])))
print(repr(common_prefix(["interview", "internet", "interval"])), repr(common_prefix([])))
rev = [w[::-1] for w in ["walking", "talking", "stalking"]]
print(common_prefix(rev)[::-1])
for a, b in (("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("intention", "execution")):
    print(a, b, edit_distance(a, b))
