def make_user(name, email, *, admin=False):
    return {"name": name, "email": email, "admin": admin}


print(make_user("ann", "ann@example.org"))
print(make_user("bob", "bob@example.org", admin=True))
print(make_user("cy", "cy@example.org", is_admin=True))
