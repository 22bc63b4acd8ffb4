from collections import deque
from string import ascii_lowercase


def ladder(begin, end, words):
    words = set(words)
    if end not in words:
        return []
    q = deque([[begin]])
    seen = {begin}
    while q:
        path = q.popleft()
        w = path[-1]
        if w == end:
            return path
        for i in range(len(w)):
            for ch in ascii_lowercase:
                nw = w[:i] + ch + w[i + 1:]
                if nw in words and nw not in seen:
                    seen.add(nw)
                    q.append(path + [nw])
    return []


WORDS = ["hot", "dot", "dog", "lot", "log", "cog", "hit", "cot", "cat"]
print(ladder("hit", "cog", WORDS))
print(ladder("cat", "dog", WORDS))
print(ladder("hit", "xyz", WORDS))
print(ladder("hot", "hot", WORDS))
