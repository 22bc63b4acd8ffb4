active = {"ann", "bob"}
for user in ["ann", "cy"]:
    active.remove(user)
    print("removed", user)
