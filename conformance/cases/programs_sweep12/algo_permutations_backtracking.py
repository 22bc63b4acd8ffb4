def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    seen = set()
    for i, x in enumerate(items):
        if x in seen:
            continue
        seen.add(x)
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest


def subsets_sum(nums, target):
    out = []

    def go(i, chosen, total):
        if total == target:
            out.append(chosen[:])
        if total >= target or i == len(nums):
            return
        for j in range(i, len(nums)):
            if j > i and nums[j] == nums[j - 1]:
                continue
            chosen.append(nums[j])
            go(j + 1, chosen, total + nums[j])
            chosen.pop()

    go(0, [], 0)
    return out


def word_break(s, words, memo=None):
    memo = {} if memo is None else memo
    if s in memo:
        return memo[s]
    if not s:
        return [[]]
    res = []
    for w in words:
        if s.startswith(w):
            for rest in word_break(s[len(w):], words, memo):
                res.append([w] + rest)
    memo[s] = res
    return res


print(["".join(p) for p in permutations("aab")], len(list(permutations("abcd"))))
print(subsets_sum(sorted([10, 1, 2, 7, 6, 1, 5]), 8))
print([" ".join(x) for x in word_break("catsanddog", ["cat", "cats", "and", "sand", "dog"])])
print(len(word_break("aaaaaaa", ["a", "aa", "aaa"])))
