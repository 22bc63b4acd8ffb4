roles = {
    "admin": {"read", "write", "delete", "manage_users"},
    "editor": {"read", "write"},
    "viewer": {"read"},
    "auditor": {"read", "view_logs"},
}
users = {"ann": {"admin"}, "bob": {"editor", "auditor"}, "cy": {"viewer"}, "di": set()}


def perms(user):
    return set().union(*(roles[r] for r in users[user]))


for u in users:
    print(f"{u:<4}", sorted(perms(u)))
print(sorted(roles["admin"] - roles["editor"]), sorted(roles["editor"] & roles["auditor"]))
print(sorted(roles["viewer"] | roles["auditor"]), sorted(roles["admin"] ^ roles["auditor"]))
print(roles["viewer"] <= roles["editor"], roles["editor"] < roles["editor"], roles["admin"].isdisjoint({"x"}))
everyone = set.intersection(*(perms(u) for u in ["ann", "bob", "cy"]))
print(sorted(everyone), sorted(set.union(*roles.values())))
s = {3, 1, 2}
s.add(5)
s.discard(9)
s.update([7, 1])
s -= {2}
s |= {10}
print(sorted(s), len(s), s.pop() in {1, 3, 5, 7, 10}, frozenset("aab") == frozenset("ab"))
fs = frozenset({1, 2})
print({fs: "key works"}[frozenset({2, 1})], {1, 2, 3} == {3, 2, 1}, set("hello") >= {"h", "o"})
