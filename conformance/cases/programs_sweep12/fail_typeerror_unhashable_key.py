from collections import Counter

visits = [("ann", "home"), ("bob", "cart"), ("ann", "cart")]
print(Counter(visits).most_common(1))
by_user = {}
for user, page in visits:
    by_user.setdefault(user, []).append(page)
print(by_user)
paths = Counter()
for pages in by_user.values():
    paths[pages] += 1
