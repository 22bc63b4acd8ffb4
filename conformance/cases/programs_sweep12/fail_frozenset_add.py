ADMINS = frozenset({"root", "ann"})
users = {"bob", "cy"}
users.add("di")
print(sorted(users | ADMINS), "ann" in ADMINS)
everyone = ADMINS | users
print(type(everyone).__name__, len(everyone))
ADMINS.add("eve")
