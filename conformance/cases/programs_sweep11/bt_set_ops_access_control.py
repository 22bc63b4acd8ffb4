roles = {
    "viewer": {"read"},
    "editor": {"read", "write"},
    "admin": {"read", "write", "delete", "grant"},
}
users = {"ann": {"admin"}, "bob": {"editor", "viewer"}, "cy": set(), "dee": {"viewer", "ghost"}}


def perms(user):
    out = set()
    for r in users[user]:
        out |= roles.get(r, set())
    return out


for u in users:
    print(u, sorted(perms(u)), sorted(users[u] - roles.keys()))
print(sorted(perms("ann") - perms("bob")), sorted(perms("bob") & perms("dee")), perms("cy") == set())
print(sorted(set.union(*roles.values())), sorted(set.intersection(*roles.values())))
print(perms("bob") <= perms("ann"), perms("ann") > perms("ann"), perms("dee").isdisjoint({"write"}))
s = {1, 2, 3}
s &= {2, 3, 4}
s |= {10}
s -= {3}
s ^= {2, 99}
print(sorted(s))
fs = frozenset(["x", "y"])
print(sorted(fs | {"z"}), fs.issubset("xyz"), fs.issuperset(["x"]), sorted({fs: 1, frozenset(): 2}.values()))
